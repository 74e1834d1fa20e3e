// What a member's phone goes through after scanning the QR in the room: the join page's JavaScript,
// gzipped, against a 90 KB budget; and how long until the join form can be used on a slow phone on
// a poor network (4× CPU slowdown, 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, nothing
// cached), against a 2.5 s target. Debian's Chromium through playwright-core, at phone size.
//
//   npx tsx bench/phone-join.ts                 build the client if it is missing, five timed loads
//   npx tsx bench/phone-join.ts --build         build the client first in any case
//   npx tsx bench/phone-join.ts --runs 9        more timed loads (the median is reported)
//
// bench/run.ts calls measurePhoneJoin({ baseUrl }) against a server it started itself.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium';
import { buildApp } from '../server/app';
import { defaultConfig } from '../server/config';
import { words } from '../client/i18n/en/base';
import { freeBrowserCpus } from './browser-cpus';
import { GZIP_LEVEL, gzipProxy } from './gzip-proxy';

/** Budget for the join page's JavaScript, gzipped: 90 KB, counted as 90,000 bytes (the stricter reading). */
export const JS_BUDGET_BYTES = 90_000;
export const USABLE_TARGET_MS = 2_500;
/** A code no meeting holds: the form is the same for any code, and no meeting is needed to show it. */
const JOIN_PATH = '/join/ABC234';

const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

/** A mid-range phone on a weak mobile connection, as Chromium's DevTools protocol emulates it. */
const SLOW_PHONE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSec: 1.6e6 / 8,
  uploadBytesPerSec: 750e3 / 8,
} as const;

export interface PhoneJoinOptions {
  /** A running server to measure; without it the client is built if missing and a server started here. */
  baseUrl?: string;
  /** Timed loads; the median is reported. */
  runs?: number;
  /** Build the client even when dist/client is there. */
  build?: boolean;
  /** Also time the same server behind a proxy that gzips its text responses (default true). */
  whatIfGzipped?: boolean;
}

export interface PhoneJoinFigures {
  /** Every JavaScript response of the join page, gzipped here with zlib at GZIP_LEVEL, summed. */
  joinPageJsGzipBytes: number;
  joinPageJsBytes: number;
  joinPageJsFiles: string[];
  jsBudgetBytes: number;
  withinJsBudget: boolean;
  /** Median, from navigation start until the name field is visible and enabled and "Join" is enabled. */
  usableMs: number;
  usableRunsMs: number[];
  usableTargetMs: number;
  withinUsableTarget: boolean;
  /** Whether the server compressed the join page's JavaScript on the wire (Content-Encoding). */
  servedCompressed: boolean;
  /**
   * What-if: the median with the same server behind a proxy that gzips (level 9) its HTML, CSS and
   * JavaScript, as precompressed assets would be sent. Null when not measured or already compressed.
   */
  usableMsIfGzipped: number | null;
  conditions: string;
  gzip: string;
  /** "development" means dist/client was built with React's development build: the figures are not the users'. */
  reactBuild: 'production' | 'development';
}

export async function measurePhoneJoin(options: PhoneJoinOptions = {}): Promise<PhoneJoinFigures> {
  const runs = options.runs ?? 5;
  const server = options.baseUrl ? null : await startOwnServer(options.build ?? false);
  const base = options.baseUrl ?? server!.url;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  freeBrowserCpus();
  try {
    const scripts = await joinPageScripts(browser, base);
    const usableRunsMs: number[] = [];
    for (let run = 0; run < runs; run += 1) usableRunsMs.push(await timeToUsable(browser, base));
    const usableMs = median(usableRunsMs);
    const servedCompressed = scripts.every((script) => script.encoded);
    let usableMsIfGzipped: number | null = null;
    if ((options.whatIfGzipped ?? true) && !servedCompressed) {
      const proxy = await gzipProxy(base);
      try {
        const gzippedRunsMs: number[] = [];
        for (let run = 0; run < runs; run += 1) gzippedRunsMs.push(await timeToUsable(browser, proxy.url));
        usableMsIfGzipped = median(gzippedRunsMs);
      } finally {
        await proxy.close();
      }
    }
    const joinPageJsGzipBytes = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    return {
      joinPageJsGzipBytes,
      joinPageJsBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
      joinPageJsFiles: scripts.map((script) => `${script.name} ${(script.gzipBytes / 1000).toFixed(1)} KB`),
      jsBudgetBytes: JS_BUDGET_BYTES,
      withinJsBudget: joinPageJsGzipBytes <= JS_BUDGET_BYTES,
      usableMs,
      usableRunsMs,
      usableTargetMs: USABLE_TARGET_MS,
      withinUsableTarget: usableMs <= USABLE_TARGET_MS,
      servedCompressed,
      usableMsIfGzipped,
      conditions:
        `${SLOW_PHONE.cpuSlowdown}× CPU slowdown, ${(SLOW_PHONE.downloadBytesPerSec * 8) / 1e6} Mbit/s down, ` +
        `${(SLOW_PHONE.uploadBytesPerSec * 8) / 1e3} kbit/s up, ${SLOW_PHONE.latencyMs} ms RTT, fresh cache, ` +
        `${PHONE.viewport.width}×${PHONE.viewport.height} phone; median of ${runs}`,
      gzip: `zlib level ${GZIP_LEVEL}, each response on its own`,
      reactBuild: scripts.some((script) => script.reactDevelopment) ? 'development' : 'production',
    };
  } finally {
    await browser.close();
    await server?.stop();
  }
}

interface Script {
  name: string;
  bytes: number;
  gzipBytes: number;
  /** Sent with a Content-Encoding (gzip, br…) rather than as is. */
  encoded: boolean;
  reactDevelopment: boolean;
}

/** Loads the join page once, unthrottled, and gzips every JavaScript body it received. */
async function joinPageScripts(browser: Browser, base: string): Promise<Script[]> {
  const context = await browser.newContext({ ...PHONE, baseURL: base });
  try {
    const page = await context.newPage();
    const pending: Promise<Script | null>[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      const type = response.headers()['content-type'] ?? '';
      if (!type.includes('javascript') && !/\.m?js$/.test(pathname)) return;
      pending.push(
        response.body().then((body) => ({
          name: pathname.split('/').pop() ?? pathname,
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: GZIP_LEVEL }).length,
          encoded: Boolean(response.headers()['content-encoding']),
          reactDevelopment: body.includes('react-dom.development') || body.includes('Download the React DevTools'),
        })),
      );
    });
    await page.goto(JOIN_PATH, { waitUntil: 'networkidle' });
    await waitForJoinForm(page);
    const scripts = (await Promise.all(pending)).filter((script): script is Script => script !== null);
    if (scripts.length === 0) throw new Error(`the join page at ${base} loaded no JavaScript: is the client built?`);
    return scripts;
  } finally {
    await context.close();
  }
}

/** One cold load on the slow phone: milliseconds from navigation start until the form can be used. */
async function timeToUsable(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext({ ...PHONE, baseURL: base });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_PHONE.latencyMs,
      downloadThroughput: SLOW_PHONE.downloadBytesPerSec,
      uploadThroughput: SLOW_PHONE.uploadBytesPerSec,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
    // Watches the page from its first byte: the moment the form is usable is stamped inside the page,
    // on its own clock, whose zero is the start of the navigation.
    await page.addInitScript({ content: watchForUsableForm(words.join.name) });
    await page.goto(JOIN_PATH, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => (window as unknown as { joinFormUsableAt?: number }).joinFormUsableAt,
      null,
      { timeout: 60_000, polling: 100 },
    );
    return Math.round((await handle.jsonValue()) as number);
  } finally {
    await context.close();
  }
}

/**
 * Runs inside the page before any of its scripts. "Usable": the name field is visible and enabled
 * and the submit button is enabled. The time taken is that of the next animation frame: the first
 * frame that can show the form. A string, not a function: tsx would wrap a function's inner
 * functions in a helper the page does not have.
 */
function watchForUsableForm(nameLabel: string): string {
  return `(() => {
    const nameLabel = ${JSON.stringify(nameLabel)};
    const shown = (element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const usable = () => {
      const label = Array.from(document.querySelectorAll('label')).find((candidate) => candidate.textContent.trim() === nameLabel);
      const input = label && label.htmlFor ? document.getElementById(label.htmlFor) : null;
      if (!(input instanceof HTMLInputElement) || input.disabled || !shown(input)) return false;
      const submit = input.form && input.form.querySelector('button[type="submit"]');
      return submit instanceof HTMLButtonElement && !submit.disabled && shown(submit);
    };
    const observer = new MutationObserver(() => {
      if (!usable()) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.joinFormUsableAt = performance.now(); });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

async function waitForJoinForm(page: Page): Promise<void> {
  await page.getByLabel(words.join.name).waitFor({ timeout: 30_000 });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** The real app (buildApp, as `npm start` runs it) on a free port, serving the built client. */
async function startOwnServer(build: boolean): Promise<{ url: string; stop: () => Promise<void> }> {
  const clientDir = resolve('dist/client');
  if (build || !existsSync(join(clientDir, 'index.html'))) {
    // NODE_ENV=production whatever the caller's: React's development build is not what phones get.
    execSync('npx vite build --logLevel warn', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'balint-phone-join-'));
  const app = await buildApp({ ...defaultConfig, host: '127.0.0.1', port: 0, dataDir, logLevel: 'silent', clientDir });
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.http.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await app.http.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function printTable(figures: PhoneJoinFigures): void {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  const rows: [string, string, string, string][] = [
    ['Join page JS, gzipped', kb(figures.joinPageJsGzipBytes), `≤ ${kb(figures.jsBudgetBytes)}`, figures.withinJsBudget ? 'met' : 'NOT MET'],
    ['Join form usable (median)', `${figures.usableMs} ms`, `≤ ${figures.usableTargetMs} ms`, figures.withinUsableTarget ? 'met' : 'NOT MET'],
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length), 6));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(line(['figure', 'result', 'target', '']));
  for (const row of rows) console.log(line(row));
  console.log(`\nJS files (raw ${kb(figures.joinPageJsBytes)}; ${figures.gzip}): ${figures.joinPageJsFiles.join(', ')}`);
  console.log(`Usable runs: ${figures.usableRunsMs.join(', ')} ms (${figures.conditions})`);
  console.log(`Served compressed: ${figures.servedCompressed ? 'yes' : 'no, the JavaScript goes over the wire as is'}`);
  if (figures.usableMsIfGzipped !== null) {
    console.log(`What-if, the same server behind a gzip proxy: usable after ${figures.usableMsIfGzipped} ms (median)`);
  }
  if (figures.reactBuild === 'development') console.log('WARNING: dist/client holds React\'s development build; rebuild with --build.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--runs');
  const figures = await measurePhoneJoin({ build: argv.includes('--build'), runs: at >= 0 ? Number(argv[at + 1]) : 5 });
  printTable(figures);
}
