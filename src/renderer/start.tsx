// The app itself, loaded by main.ts (which tries again when a piece of it fails to arrive).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod';
import { App } from './App';
import './i18n';
import './styles/app.css';
import { bootLoaded } from './boot';
import { applyTheme, savedTheme } from './theme';

// The page's CSP forbids eval, so zod's compiled fast path cannot run; saying so up front skips
// its probe (a CSP violation report on the first parse).
zodConfig({ jitless: true });
applyTheme(savedTheme());

bootLoaded();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
