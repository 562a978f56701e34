// Opens the Run dialog from anywhere (Containers page, an image row): `useRunDialog().open({ image })`.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { RunDialog } from './RunDialog';

export interface RunDialogOptions {
  image?: string;
}

const RunDialogContext = createContext<{ open(options?: RunDialogOptions): void }>({ open: () => undefined });

export function RunDialogProvider({ children }: { children: ReactNode }) {
  // A new key per opening: each opening starts from a fresh form.
  const [state, setState] = useState<{ key: number; image?: string } | null>(null);
  const value = useMemo(
    () => ({
      open: (options?: RunDialogOptions) =>
        setState((old) => ({ key: (old?.key ?? 0) + 1, image: options?.image })),
    }),
    [],
  );
  return (
    <RunDialogContext.Provider value={value}>
      {children}
      {state ? <RunDialog key={state.key} image={state.image} onClose={() => setState(null)} /> : null}
    </RunDialogContext.Provider>
  );
}

export function useRunDialog() {
  return useContext(RunDialogContext);
}
