// Image history as the Layers tab shows it: each layer's size and the instruction that made it.
import type { HistoryEntry } from '@shared/api/images-build';

interface EngineHistoryItem {
  Id?: string;
  Created?: number;
  CreatedBy?: string;
  Size?: number;
  Comment?: string;
  Tags?: string[] | null;
}

/** `/bin/sh -c #(nop)  CMD ["sh"]` -> `CMD ["sh"]`; `/bin/sh -c echo hi` -> `RUN echo hi`. */
export function cleanCreatedBy(createdBy: string): string {
  const text = createdBy.trim();
  const nop = /^\/bin\/sh -c #\(nop\)\s*/.exec(text);
  if (nop) return text.slice(nop[0].length).trim();
  const shell = /^\/bin\/sh -c\s+/.exec(text);
  if (shell) return `RUN ${text.slice(shell[0].length).trim()}`;
  // BuildKit writes "RUN |2 A=1 B=2 /bin/sh -c ..." for RUN with build args.
  const withArgs = /^\|\d+ (?:\S+=\S* )*\/bin\/sh -c\s+/.exec(text);
  if (withArgs) return `RUN ${text.slice(withArgs[0].length).trim()}`;
  return text;
}

export function toHistory(items: EngineHistoryItem[]): HistoryEntry[] {
  return items.map((item) => ({
    id: item.Id ?? '<missing>',
    created: item.Created ?? 0,
    instruction: cleanCreatedBy(item.CreatedBy ?? ''),
    size: item.Size ?? 0,
    comment: item.Comment ?? '',
    tags: item.Tags ?? [],
  }));
}
