import { PassThrough } from 'node:stream';
import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { splitJsonLines } from '@core/streams/json-lines';

interface Event {
  n: number;
}

function collect(): { stream: PassThrough; items: Event[] } {
  const stream = new PassThrough();
  const items: Event[] = [];
  splitJsonLines<Event>(stream, (item) => items.push(item));
  return { stream, items };
}

describe('splitJsonLines', () => {
  it('emits one object per line', async () => {
    const { stream, items } = collect();
    stream.write('{"n":1}\n');
    stream.write('{"n":2}\n');
    await tick();
    expect(items).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('joins a line split across chunks, emitting it only once complete', async () => {
    const { stream, items } = collect();
    stream.write('{"n":');
    await tick();
    expect(items).toEqual([]);
    stream.write('1');
    await tick();
    expect(items).toEqual([]);
    stream.write('}\n{"n"');
    await tick();
    expect(items).toEqual([{ n: 1 }]);
    stream.write(':2}\n');
    await tick();
    expect(items).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('splits a chunk holding several lines, including CRLF and blank lines', async () => {
    const { stream, items } = collect();
    stream.write(Buffer.from('{"n":1}\r\n\n  \n{"n":2}\n{"n":3}\n{"n":4'));
    await tick();
    expect(items).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    stream.write('}\n');
    await tick();
    expect(items).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
  });

  it('skips a malformed line and keeps going', async () => {
    const { stream, items } = collect();
    stream.write('{"n":1}\nnot json\n{"n":2}\n');
    await tick();
    expect(items).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
