// The card a tab or page shows instead of its content when there is nothing to show (the
// container is not running, no session is open, the page could not load): what is the matter,
// in bold, what to do about it, and any buttons for that.
import type { ReactNode } from 'react';

interface EmptyCardProps {
  title: string;
  help: string;
  /** Announce it (role="alert"): for failures, not for ordinary empty states. */
  alert?: boolean;
  children?: ReactNode;
}

export function EmptyCard({ title, help, alert, children }: EmptyCardProps) {
  return (
    <div className="card empty-card" role={alert ? 'alert' : undefined}>
      <p>
        <strong>{title}</strong>
      </p>
      <p className="muted">{help}</p>
      {children}
    </div>
  );
}
