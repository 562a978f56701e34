// The containers a destructive action will delete, as a virtualized list: a prune preview of
// thousands of names costs what a few do, and each name stays readable by a screen reader.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ContainerSummary } from '@shared/api';
import { statusWithoutAge } from '@shared/format/time';

const ROW = 26;

export function TargetList({
  label,
  targets,
  detail,
}: {
  label: string;
  targets: ContainerSummary[];
  detail?: boolean;
}) {
  const scroll = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be read during render
  const virtualizer = useVirtualizer({
    count: targets.length,
    getScrollElement: () => scroll.current,
    estimateSize: () => ROW,
    overscan: 10,
  });
  return (
    <div ref={scroll} className="target-list" style={{ height: Math.min(targets.length, 8) * ROW + 16 }}>
      <ul aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const c = targets[item.index]!;
          return (
            <li
              key={c.id}
              aria-setsize={targets.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: ROW }}
            >
              <span className="primary">{c.name}</span>
              <span className="muted mono">{c.image}</span>
              {detail ? <span className="muted">{statusWithoutAge(c.status)}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
