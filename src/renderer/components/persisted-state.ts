// useState that survives navigation (and reloads) through sessionStorage.
import { useEffect, useState } from 'react';

export function usePersistedState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(`berth.${key}`);
      return stored === null ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    sessionStorage.setItem(`berth.${key}`, JSON.stringify(value));
  }, [key, value]);
  return [value, setValue];
}
