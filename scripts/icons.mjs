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
  { name: 'tray-light', color: '#1f2328' },
  { name: 'tray-dark', color: '#ffffff' },
  { name: 'trayTemplate', color: '#000000' },
];

/**
 * The tray glyph: icon.svg without its background tile (the first full-size rect), every shape
 * in one colour, framed close around the ship so it reads at 16 px.
 */
export function traySvg(svg, color) {
  const background = /<rect width="64" height="64"[^>]*\/>/;
  if (!background.test(svg)) throw new Error('assets/icon.svg: the 64x64 background rect was not found.');
  return svg
    .replace(background, '')
    .replace(/viewBox="[^"]*"/, 'viewBox="10 11 44 44"')
    .replace(/fill="[^"]*"/g, `fill="${color}"`);
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
for (const { name, color } of trayVariants) {
  const svg = traySvg(iconSvg, color);
  for (const [suffix, size] of [
    ['', 16],
    ['@2x', 32],
  ]) {
    const image = render(svg, size);
    if (name === 'trayTemplate') {
      // A template image must be black with alpha only, or macOS draws it as is.
      const pixels = image.pixels;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i] || pixels[i + 1] || pixels[i + 2]) throw new Error(`${name}: a pixel is not black`);
      }
    }
    write(`${name}${suffix}.png`, image);
  }
}
