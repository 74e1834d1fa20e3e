// Draws the app's icons once, offline, for the web app manifest: the Balint circle (eight seats
// around the case in the middle) in the app's accent blue. Run it again only when the artwork
// changes, and commit what it writes to client/public/; nothing renders icons at install or test time.
//
//   npx tsx scripts/render-pwa-icons.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';

const OUT = resolve('client/public');
const ACCENT = '#1d5a85'; // --accent in client/styles/tokens.css
const SEAT = '#ffffff';
const CASE = '#fff0d2'; // --over-soft

/** Eight seats on a ring and the case in the middle, all inside the maskable safe zone (radius 40%). */
function circleOfSeats(): string {
  const seats = Array.from({ length: 8 }, (_, i) => {
    const angle = (i * Math.PI) / 4 - Math.PI / 2;
    const x = (256 + 150 * Math.cos(angle)).toFixed(1);
    const y = (256 + 150 * Math.sin(angle)).toFixed(1);
    return `<circle cx="${x}" cy="${y}" r="38" fill="${SEAT}"/>`;
  });
  return `${seats.join('')}<circle cx="256" cy="256" r="52" fill="${CASE}"/>`;
}

/** Round: for favicons and "any" icons, where the platform shows the shape as drawn. */
const round = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><circle cx="256" cy="256" r="256" fill="${ACCENT}"/>${circleOfSeats()}</svg>`;
/** Full bleed: for maskable and Apple icons, which the platform crops to its own shape. */
const square = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${ACCENT}"/>${circleOfSeats()}</svg>`;

const PNGS = [
  { file: 'pwa-192.png', size: 192, svg: round },
  { file: 'pwa-512.png', size: 512, svg: round },
  { file: 'pwa-maskable-512.png', size: 512, svg: square },
  { file: 'apple-touch-icon.png', size: 180, svg: square },
] as const;

writeFileSync(resolve(OUT, 'favicon.svg'), `${round}\n`);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  for (const { file, size, svg } of PNGS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: resolve(OUT, file), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
