// The card a tab shows instead of its content when there is nothing to show (the container is not
// running, no session is open): what is the matter, in bold, and what to do about it.
export function EmptyCard({ title, help }: { title: string; help: string }) {
  return (
    <div className="card empty-card">
      <p>
        <strong>{title}</strong>
      </p>
      <p className="muted">{help}</p>
    </div>
  );
}
