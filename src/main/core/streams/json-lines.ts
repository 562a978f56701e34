// Splits a stream of newline-delimited JSON (the engine's /events, progress streams) into objects.
import { StringDecoder } from 'node:string_decoder';

export function splitJsonLines<T>(stream: NodeJS.ReadableStream, onItem: (item: T) => void): void {
  // A decoder keeps a multi-byte character (Korean names, say) whole across chunk borders.
  const decoder = new StringDecoder('utf8');
  let buffered = '';
  const emit = (line: string) => {
    if (!line.trim()) return;
    let item: T;
    try {
      item = JSON.parse(line) as T;
    } catch {
      return; // A malformed line is skipped rather than killing the whole stream.
    }
    onItem(item);
  };
  stream.on('data', (chunk: Buffer | string) => {
    buffered += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      emit(line);
      newline = buffered.indexOf('\n');
    }
  });
  stream.on('end', () => {
    emit(buffered + decoder.end());
    buffered = '';
  });
}
