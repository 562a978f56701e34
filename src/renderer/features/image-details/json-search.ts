// Splits text into plain and matching parts for highlighting a case-insensitive search.
export interface Segment {
  text: string;
  match: boolean;
}

export function highlight(text: string, query: string): { segments: Segment[]; count: number } {
  const q = query.trim().toLowerCase();
  if (!q) return { segments: [{ text, match: false }], count: 0 };
  const lower = text.toLowerCase();
  const segments: Segment[] = [];
  let count = 0;
  let from = 0;
  for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length)) {
    if (at > from) segments.push({ text: text.slice(from, at), match: false });
    segments.push({ text: text.slice(at, at + q.length), match: true });
    from = at + q.length;
    count++;
  }
  if (from < text.length) segments.push({ text: text.slice(from), match: false });
  return { segments, count };
}
