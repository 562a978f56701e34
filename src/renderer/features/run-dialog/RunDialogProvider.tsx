// Opens the Run dialog from anywhere (Containers page, an image row): `useRunDialog().open({ image })`.
// The dialog (and the run-spec schemas it checks with) loads on first opening, not at startup.
import { createContext, Suspense, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { lazyRetry } from '@renderer/components/lazy-retry';
import type { RunOutcome } from './RunDialog';

const RunNotice = lazyRetry(
  () => import('./RunNotice'),
  (m) => m.RunNotice,
);

const RunDialog = lazyRetry(
  () => import('./RunDialog'),
  (m) => m.RunDialog,
);

export interface RunDialogOptions {
  image?: string;
}

const RunDialogContext = createContext<{ open(options?: RunDialogOptions): void }>({ open: () => undefined });

export function RunDialogProvider({ children }: { children: ReactNode }) {
  // A new key per opening: each opening starts from a fresh form.
  const [state, setState] = useState<{ key: number; image?: string } | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const dismiss = useCallback(() => setOutcome(null), []);
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
      {state ? (
        <Suspense fallback={null}>
          <RunDialog
            key={state.key}
            image={state.image}
            onClose={() => setState(null)}
            onDone={(next) => {
              setState(null);
              setOutcome(next);
            }}
          />
        </Suspense>
      ) : null}
      {outcome ? (
        <Suspense fallback={null}>
          <RunNotice outcome={outcome} onDismiss={dismiss} />
        </Suspense>
      ) : null}
    </RunDialogContext.Provider>
  );
}

export function useRunDialog() {
  return useContext(RunDialogContext);
}
