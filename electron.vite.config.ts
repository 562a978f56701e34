import path, { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';

// The desktop window loads the renderer from file://, where no server sends headers: the CSP
// goes into the built page itself (web mode also sends it as a header).
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";
// `electron-vite build --outDir X` resolves X against the renderer's root, putting the renderer
// under src/renderer/X; move it back beside main and preload (X/renderer).
const rendererRoot = resolve('src/renderer');
const projectOutDir = (): Plugin => ({
  name: 'berth-out-dir',
  config(config) {
    const outDir = config.build?.outDir;
    if (outDir && outDir.startsWith(rendererRoot + path.sep)) {
      config.build!.outDir = resolve(path.relative(rendererRoot, outDir));
    }
  },
});
const cspMeta = (): Plugin => ({
  name: 'berth-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
});

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        // index: the Electron app; serve: `berth serve`, which runs under plain Node.
        input: { index: resolve('src/main/shell/index.ts'), serve: resolve('src/main/server/cli.ts') },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin({ exclude: ['trpc-electron'] })],
    build: {
      rollupOptions: { input: { index: resolve('src/main/shell/preload.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), cspMeta(), projectOutDir()],
    // electron-vite leaves the renderer unminified by default; minified, the first page loads faster.
    build: { minify: true, rollupOptions: { input: resolve('src/renderer/index.html') } },
  },
});
