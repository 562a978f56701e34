// The renderer's Content-Security-Policy: baked into the built index.html (electron.vite.config.ts)
// and sent again as a header by the desktop app's app:// protocol handler (web mode's server may
// send it too). 'self' is app://berth in the desktop app and the served origin in web mode.
//
// electronegativity-ok CSP_GLOBAL_CHECK: the scanner's CSP evaluator calls `script-src 'self'`
// possibly weak because an origin may host JSONP or user uploads; ours (app://berth) serves only
// the built bundle, from a read-only folder. `style-src 'unsafe-inline'` is for the <style>
// elements xterm.js writes for terminal themes; no script runs inline.
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
