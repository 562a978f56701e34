// The names an action will touch, listed in its confirmation (containers to remove, volumes kept).
export function AffectedNames({ label, names }: { label: string; names: string[] }) {
  return (
    <ul className="compose-target-list" aria-label={label}>
      {names.map((name) => (
        <li key={name} className="mono">
          {name}
        </li>
      ))}
    </ul>
  );
}
