// Renders every PNG icon from assets/icon.svg (npm run icons): the app icon, and tray icons made
// from the same drawing without its background: a dark glyph for light menus, a light one for
// dark menus, and macOS template images (black + alpha; macOS tints them for its menu bar).
// The PNGs are committed: they are build inputs, and packaging needs no renderer installed.
// Which tray file the app uses is src/main/shell/pure/tray-icon.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const assets = path.resolve(import.meta.dirname, '..', 'assets');
const iconSvg = readFileSync(path.join(assets, 'icon.svg'), 'utf8');

/** Tray glyph colours: dark on light menus, light on dark menus, black for macOS templates. */
const trayVariants = [
  { name: 'tray-light', color: '#1f2328', template: false },
  { name: 'tray-dark', color: '#ffffff', template: false },
  { name: 'trayTemplate', color: '#000000', template: true },
];

/**
 * The engine's state on the glyph (pure/tray-model.ts's TrayIconState): running is the plain glyph,
 * stopped a faded one, starting and error a badge at the lower right: amber and red in colour,
 * and for macOS templates (black only) a ring and a dot.
 */
const trayStates = ['running', 'starting', 'stopped', 'error'];

function badge(state, template) {
  if (state === 'starting') {
    return template
      ? '<circle cx="46" cy="46" r="6.5" fill="none" stroke="#000000" stroke-width="3"/>'
      : '<circle cx="46" cy="46" r="8" fill="#f5a524"/>';
  }
  if (state === 'error') return `<circle cx="46" cy="46" r="8" fill="${template ? '#000000' : '#e5484d'}"/>`;
  return '';
}

/** The file name of a tray icon, as pure/tray-icon.ts names it (templates must end in Template). */
function trayFileName(name, state) {
  if (state === 'running') return name;
  if (name === 'trayTemplate') return `tray${state[0].toUpperCase()}${state.slice(1)}Template`;
  return `${name}-${state}`;
}

/**
 * The tray glyph: icon.svg without its background tile (the first full-size rect), every shape
 * in one colour, framed close around the ship so it reads at 16 px. A badge cuts a gap out of the
 * glyph around itself, so it stays visible on the hull in one colour too.
 */
export function traySvg(svg, color, state = 'running', template = false) {
  const background = /<rect width="64" height="64"[^>]*\/>/;
  if (!background.test(svg)) throw new Error('assets/icon.svg: the 64x64 background rect was not found.');
  const open = /^<svg[^>]*>/.exec(svg.trim())?.[0];
  if (!open) throw new Error('assets/icon.svg: no <svg> element.');
  const shapes = svg
    .trim()
    .slice(open.length)
    .replace(/<\/svg>$/, '')
    .replace(background, '')
    .replace(/fill="[^"]*"/g, `fill="${color}"`);
  const mark = badge(state, template);
  const cut = mark
    ? '<mask id="cut"><rect x="0" y="0" width="64" height="64" fill="#fff"/><circle cx="46" cy="46" r="11.5" fill="#000"/></mask>'
    : '';
  const glyph = `<g${state === 'stopped' ? ' opacity="0.45"' : ''}${mark ? ' mask="url(#cut)"' : ''}>${shapes}</g>`;
  return `${open.replace(/viewBox="[^"]*"/, 'viewBox="10 11 44 44"')}${cut}${glyph}${mark}</svg>`;
}

function render(svg, size) {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    background: 'rgba(0,0,0,0)',
  }).render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`rendered ${image.width}x${image.height}, expected ${size}x${size}`);
  }
  return image;
}

function write(name, image) {
  writeFileSync(path.join(assets, name), image.asPng());
  console.log(`assets/${name} ${image.width}x${image.height}`);
}

write('icon.png', render(iconSvg, 512));
for (const { name, color, template } of trayVariants) {
  for (const state of trayStates) {
    const svg = traySvg(iconSvg, color, state, template);
    for (const [suffix, size] of [
      ['', 16],
      ['@2x', 32],
    ]) {
      const image = render(svg, size);
      if (template) {
        // A template image must be black with alpha only, or macOS draws it as is.
        const pixels = image.pixels;
        for (let i = 0; i < pixels.length; i += 4) {
          if (pixels[i] || pixels[i + 1] || pixels[i + 2]) throw new Error(`${name}: a pixel is not black`);
        }
      }
      write(`${trayFileName(name, state)}${suffix}.png`, image);
    }
  }
}
