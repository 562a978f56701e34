// Uploads and downloads in progress or just finished, each with a message in words.
import { useCallback, useState } from 'react';

export interface Transfer {
  id: number;
  kind: 'upload' | 'download';
  name: string;
  state: 'running' | 'done' | 'failed';
  /** Bytes so far and the total when known. */
  bytes: number;
  total: number | null;
  message: string | null;
  /** The equivalent docker cp line. */
  command: string;
}

const KEEP = 6;
let nextId = 1;

export function useTransfers() {
  const [transfers, setTransfers] = useState<Transfer[]>([]);

  const begin = useCallback((transfer: Omit<Transfer, 'id' | 'state' | 'bytes' | 'message'>) => {
    const id = nextId++;
    setTransfers((list) =>
      [{ ...transfer, id, state: 'running' as const, bytes: 0, message: null }, ...list].slice(0, KEEP),
    );
    return id;
  }, []);

  const update = useCallback((id: number, patch: Partial<Transfer>) => {
    setTransfers((list) =>
      list.map((transfer) => (transfer.id === id ? { ...transfer, ...patch } : transfer)),
    );
  }, []);

  const dismiss = useCallback((id: number) => {
    setTransfers((list) => list.filter((transfer) => transfer.id !== id));
  }, []);

  return { transfers, begin, update, dismiss };
}
