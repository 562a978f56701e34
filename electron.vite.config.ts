import path, { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';
import { viteAliases } from './scripts/path-aliases.mjs';
import { RENDERER_CSP } from './src/shared/csp';

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
// The CSP goes into the built page itself (the app:// handler and web mode also send it as a header).
const cspMeta = (): Plugin => ({
  name: 'berth-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<head>',
      `<head>\n    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />`,
    ),
});

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    resolve: { alias: viteAliases },
    build: {
      rollupOptions: {
        // index: the Electron app; serve: `berth serve`, which runs under plain Node.
        input: { index: resolve('src/main/shell/index.ts'), serve: resolve('src/main/server/cli.ts') },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin({ exclude: ['trpc-electron'] })],
    resolve: { alias: viteAliases },
    build: {
      rollupOptions: { input: { index: resolve('src/main/shell/preload.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), cspMeta(), projectOutDir()],
    resolve: { alias: viteAliases },
    // electron-vite leaves the renderer unminified by default; minified, the first page loads faster.
    build: { minify: true, rollupOptions: { input: resolve('src/renderer/index.html') } },
  },
});
