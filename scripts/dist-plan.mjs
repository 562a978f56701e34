// What `npm run dist:linux-dir` does, as a pure function (unit-tested): package the Linux `dir`
// target (an unpacked app folder, no installer) from the local Electron binary, or say in one line
// why it cannot here.
import path from 'node:path';

/**
 * `electron` is findElectron's answer. The local binary is handed to electron-builder
 * (electronDist), so packaging needs no download; that binary is the host's, so Linux only.
 */
export function distLinuxDirPlan({ electron, platform }) {
  if (platform !== 'linux') {
    return {
      run: false,
      message: `dist:linux-dir packages with this machine's Electron binary, which is for ${platform}, not Linux: run it on Linux, or use npm run dist.`,
    };
  }
  if (!electron.ok) {
    return {
      run: false,
      message: `dist:linux-dir cannot package here: ${electron.why}. Run it again where Electron's binary can be downloaded (without ELECTRON_SKIP_BINARY_DOWNLOAD).`,
    };
  }
  return {
    run: true,
    steps: [
      ['npx', ['electron-vite', 'build']],
      ['npx', ['electron-builder', '--linux', 'dir', `-c.electronDist=${path.dirname(electron.path)}`]],
    ],
  };
}
