// Weak Wi-Fi in the room: the network drops, the display and the phones of a room that turned the
// clocks on keep counting down from what they last knew and say they are offline, and catch up when
// it returns; a device that has opened
// the app once opens it again with no network at all (the service worker's copy of the shell); and
// the app is installable (a manifest the browser accepts, icons that exist).
//
// The network is cut with Playwright's context.setOffline: in this Chromium it also closes an open
// websocket (checked below on every page, so the catch-up is never a socket that quietly survived),
// and it turns navigator.onLine off, as switching a phone's Wi-Fi off does.
import type { Browser, BrowserContext, Page, WebSocket } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { en } from './words';
import { createMeeting, joinMeeting, type Running } from '../integration/harness';
import { POLL, commandAs, enter, showsPhase, type Person } from './room';
import { closeStage, evidenceOnFailure, openStage } from './setup';

const OPENING = 'Opening & frame';
const CASE_CALL = 'Who has a case?';

let server: Running;
let browser: Browser;
let room: Person[] = [];
/** What the browser said about the Content-Security-Policy: the worker and the manifest must pass it. */
const cspComplaints: string[] = [];

beforeAll(async () => {
  ({ server, browser } = await openStage());
});

afterEach(evidenceOnFailure(() => room));

afterAll(() => closeStage({ server, browser }));

/** Enters like room.ts does, and also keeps the page's websockets and any CSP complaint. */
async function device(
  kind: 'projector' | 'phone',
  label: string,
  surface: Person['surface'],
): Promise<Person & { context: BrowserContext; sockets: WebSocket[] }> {
  const who = await enter(browser, kind, server.url, label, surface);
  const sockets: WebSocket[] = [];
  who.page.on('websocket', (socket) => sockets.push(socket));
  who.page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) cspComplaints.push(`${label}: ${message.text()}`);
  });
  return { ...who, sockets };
}

function clockOf(page: Page): Promise<string> {
  return page.locator('.timer__clock').first().innerText();
}

/** Resolves once the service worker has installed the shell and controls this page. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('offline-tolerant', () => {
  it('keeps counting down through a network drop, says so, and catches up on reconnect', async () => {
    const meeting = await createMeeting(server.url, { title: 'Wednesday group' });
    const joined = await joinMeeting(server.url, meeting.joinCode, 'Anna');
    const display = await device('projector', 'display', 'display');
    const phone = await device('phone', 'Anna', 'member');
    room = [display, phone];

    await display.page.goto(meeting.links.display);
    await phone.page.goto(`/s/${meeting.sessionId}/member#${joined.token}`);
    await Promise.all(room.map((who) => showsPhase(who, OPENING)));
    // A teaching group's choice: the wall's full countdown and a clock on every phone (by default
    // the wall is quiet and the phones show none).
    const clocksOn = await commandAs(server.url, meeting.leaderToken, () => ({ type: 'room.settings', displayClock: 'full', phoneClock: true }));
    expect(clocksOn.ok).toBe(true);
    await commandAs(server.url, meeting.leaderToken, () => ({ type: 'timer.resume' }));
    // The clock is running on both screens once they hold the running view.
    for (const who of room) {
      const first = await clockOf(who.page);
      await expect.poll(() => clockOf(who.page), POLL).not.toBe(first);
    }

    for (const who of [display, phone]) await who.context.setOffline(true);
    await Promise.all(
      [display, phone].map(async (who) => {
        await expect.poll(() => who.sockets.length > 0 && who.sockets.every((socket) => socket.isClosed()), POLL).toBe(true);
        await who.page.getByText(en('common.offlineReconnecting'), { exact: true }).waitFor();
        // Still counting, from the last view alone.
        const before = await clockOf(who.page);
        await expect.poll(() => clockOf(who.page), POLL).not.toBe(before);
      }),
    );

    // The leader moves on while the room's Wi-Fi is down: nothing can reach these two yet.
    const moved = await commandAs(server.url, meeting.leaderToken, () => ({ type: 'phase.next' }));
    expect(moved.ok).toBe(true);
    for (const who of room) {
      await showsPhase(who, OPENING);
      expect(await who.page.getByRole('heading', { name: CASE_CALL }).count(), who.label).toBe(0);
    }

    for (const who of [display, phone]) await who.context.setOffline(false);
    await Promise.all(
      room.map(async (who) => {
        await showsPhase(who, CASE_CALL);
        await who.page.getByText(en('common.offlineReconnecting')).waitFor({ state: 'hidden' });
        await who.page.getByText(en('common.reconnecting')).waitFor({ state: 'hidden' });
      }),
    );
    for (const who of room) expect(who.errors, who.label).toEqual([]);
    expect(cspComplaints).toEqual([]);
  });

  it('opens the app shell with no network after a first visit', async () => {
    const meeting = await createMeeting(server.url, { title: 'Friday group' });
    const display = await device('projector', 'display', 'display');
    room = [display];
    const { page, context } = display;
    await page.goto(meeting.links.display);
    await showsPhase(display, OPENING);
    await controlledByServiceWorker(page);

    // What the service worker keeps: the shell, never the live room or the .br/.gz copies.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(cached).toContain('/index.html');
    expect(cached.some((path) => /^\/assets\/DisplaySurface-.*\.js$/.test(path))).toBe(true);
    expect(cached.some((path) => /^\/assets\/MemberSurface-.*\.js$/.test(path))).toBe(true);
    expect(cached.filter((path) => /^\/(api|socket\.io)\/|\.(br|gz)$/.test(path))).toEqual([]);

    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByText(en('common.connecting'), { exact: true }).waitFor();
    await page.getByText(en('common.offlineReconnecting'), { exact: true }).waitFor();

    // Other surfaces of the app open too, on paths this device has never visited.
    await page.goto('/join/ABC234');
    await page.getByLabel(en('join.name')).waitFor();
    await page.goto('/');
    await page.getByLabel(en('landing.meetingTitle')).waitFor();
    // The version in the footer is built in: it is there with no network to ask.
    await page.locator('footer').getByText(en('landing.version', { version: packageJson.version })).waitFor();
    // The API is never answered from the cache: offline, it fails as the network does.
    const api = await page.evaluate(() =>
      fetch('/api/health').then(
        (response) => `answered ${response.status}`,
        () => 'failed',
      ),
    );
    expect(api).toBe('failed');

    // And when the network is back, the same tab joins the room again by itself.
    await page.goto(meeting.links.display);
    await page.getByText(en('common.offlineReconnecting'), { exact: true }).waitFor();
    await context.setOffline(false);
    await showsPhase(display, OPENING);
    expect(display.errors).toEqual([]);
    expect(cspComplaints).toEqual([]);
  });
});

describe('installable', () => {
  it('serves a manifest the browser accepts, naming icons that exist', async () => {
    const phone = await device('phone', 'phone', 'member');
    room = [phone];
    const { page, context } = phone;
    await page.goto('/join/ABC234');
    await page.getByLabel(en('join.name')).waitFor();

    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const response = await context.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ name: 'Balint Live', start_url: '/', display: 'standalone' });
    expect(manifest.short_name).toEqual(expect.any(String));
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
    const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    const favicon = await page.locator('link[rel="icon"]').getAttribute('href');
    for (const src of [...icons.map((icon) => icon.src), appleIcon!, favicon!]) {
      const file = await context.request.get(src);
      expect(file.status(), src).toBe(200);
      expect(file.headers()['content-type'], src).toMatch(/^image\/(png|svg\+xml)/);
    }

    // Chromium's own reading: no parse errors, and nothing stands in the way of installing but the
    // test browser's private mode.
    await controlledByServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const parsed = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
    expect(parsed.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    expect(phone.errors).toEqual([]);
    expect(cspComplaints).toEqual([]);
  });
});
