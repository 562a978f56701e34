// The search box used by lists and viewers: a magnifier icon and a named search input.
import { Search } from 'lucide-react';

interface SearchFieldProps {
  /** The accessible name. */
  label: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
}

export function SearchField({ label, placeholder, value, onChange, required }: SearchFieldProps) {
  return (
    <label className="search">
      <Search size={16} aria-hidden="true" />
      <input
        type="search"
        aria-label={label}
        placeholder={placeholder ?? label}
        value={value}
        required={required}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
