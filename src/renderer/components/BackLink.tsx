// The link at the top of a page that leads back to the list it was opened from.
import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function BackLink({ to, label, children }: { to: string; label?: string; children: ReactNode }) {
  return (
    <Link to={to} className="back-link" aria-label={label}>
      <ArrowLeft size={16} aria-hidden="true" />
      {children}
    </Link>
  );
}
