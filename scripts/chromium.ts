// Debian's Chromium, as every browser the project starts runs it (tests, bench, icons): headless,
// and quiet — nothing fetched from the network on its own, nothing downloaded.
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Playwright adds --headless itself; chrome-launcher (Lighthouse) needs it in the list. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
