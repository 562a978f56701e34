// Opens the Run dialog from anywhere (Containers page, an image row). Owned by the run-dialog feature.
import { createContext, useContext, type ReactNode } from 'react';

export interface RunDialogOptions {
  image?: string;
}

const RunDialogContext = createContext<{ open(options?: RunDialogOptions): void }>({ open: () => undefined });

export function RunDialogProvider({ children }: { children: ReactNode }) {
  return <RunDialogContext.Provider value={{ open: () => undefined }}>{children}</RunDialogContext.Provider>;
}

export function useRunDialog() {
  return useContext(RunDialogContext);
}
