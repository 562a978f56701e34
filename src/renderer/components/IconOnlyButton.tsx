// A button that shows only an icon: its words are its accessible name and, unless told otherwise,
// its tooltip, so a mouse user reads what a screen reader hears.
import type { LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes } from 'react';

interface IconOnlyButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'aria-label' | 'title'
> {
  icon: LucideIcon;
  /** The accessible name ("Stop web-1"). */
  label: string;
  /** The tooltip, when shorter than the name ("Stop"); the name by default. */
  title?: string;
  iconSize?: number;
}

export function IconOnlyButton({
  icon: Icon,
  label,
  title = label,
  iconSize = 15,
  className = 'icon-button',
  type = 'button',
  ...rest
}: IconOnlyButtonProps) {
  return (
    <button type={type} className={className} aria-label={label} title={title} {...rest}>
      <Icon size={iconSize} aria-hidden="true" />
    </button>
  );
}
