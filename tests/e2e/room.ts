// The room as the browser tests see it: one person per browser context (a page per device), what
// their screen says, and what their socket was sent. Waiting is always polling with a generous
// ceiling, never a fixed sleep: the machine running the tests may be slow, the app may not be.
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import type { Command } from '../../shared/commands';
import type { Language } from '../../shared/language';
import { LOCALES } from '../../shared/localize';
import type { ClientToServerEvents, CommandReply, ServerToClientEvents } from '../../shared/protocol';
import type { View } from '../../shared/views';
import { tokenKey } from '../../client/tokens';
import { wordsIn } from './words';
import { DEVICES, person as openContext, screenshot } from './browser';

/** The client as global-setup built it, served by the server exactly as `npm start` serves it. */
export const CLIENT_DIR = resolve('dist/client');

/** How long any one thing may take to show up before the test says it never did. */
export const SHOWS_UP_MS = 15_000;

/** For expect.poll, whose own default (one second) is no ceiling for a room of six browsers on two cores. */
export const POLL = { timeout: SHOWS_UP_MS, interval: 100 } as const;

export type Surface = 'leader' | 'display' | 'co-leader' | 'member';

export interface Person {
  label: string;
  surface: Surface;
  /** The language this screen speaks: the device's own, or the room's on the display. */
  lang: Language;
  page: Page;
  /** Every Socket.IO frame this page received, as sent: what the server let this device know. */
  frames: string[];
  /** Uncaught exceptions in the page: the app crashing, which no test should tolerate. */
  errors: string[];
}

/** Watches a page: its socket frames and its uncaught errors. */
export function watch(page: Page, label: string, surface: Surface, lang: Language = 'en'): Person {
  const watched: Person = { label, surface, lang, page, frames: [], errors: [] };
  page.setDefaultTimeout(SHOWS_UP_MS);
  page.on('pageerror', (error) => watched.errors.push(error.message));
  // The app's socket tries a websocket first and falls back to long-polling: both carry what the
  // server sends.
  page.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => watched.frames.push(String(frame.payload)));
  });
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/socket.io/') || response.request().method() !== 'GET') return;
    response.text().then(
      (body) => watched.frames.push(body),
      () => undefined, // the page moved on before the body was read: nothing arrived that it could show
    );
  });
  return watched;
}

export async function enter(
  browser: Browser,
  device: keyof typeof DEVICES,
  base: string,
  label: string,
  surface: Surface,
  lang?: Language,
): Promise<Person & { context: BrowserContext }> {
  const { context, page } = await openContext(browser, device, base, lang);
  return { ...watch(page, label, surface, lang), context };
}

export type Leader = Person & { context: BrowserContext };

/**
 * The leader's way in, as on their laptop: the start page, a title, a format, "Start meeting".
 * Resolves once the console shows the first phase, with what the console shows of the meeting.
 */
export async function startMeeting(
  leader: Leader,
  title: string,
  formatTitle = LOCALES[leader.lang].formats.standard!.title,
): Promise<{ sessionId: string; joinCode: string }> {
  const { page } = leader;
  const say = wordsIn(leader.lang);
  await page.goto('/');
  await page.getByLabel(say('landing.meetingTitle')).fill(title);
  const format = page.getByLabel(say('landing.format'));
  // The formats arrive from the server; until then the list holds the standard one only.
  await format.locator('option', { hasText: formatTitle }).waitFor({ state: 'attached' });
  await format.selectOption({ label: formatTitle });
  await page.getByRole('button', { name: say('landing.start'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.locator('[aria-current="step"]').waitFor();
  const sessionId = new URL(page.url()).pathname.split('/')[2]!;
  const joinCode = (await page.locator('.console-header__code strong').innerText()).trim();
  return { sessionId, joinCode };
}

/**
 * "Open display" on the console: the projector window, a popup of the leader's own browser. It
 * speaks the room language, which the start page set to the leader's own.
 */
export async function openDisplay(leader: Leader, device: keyof typeof DEVICES = 'projector'): Promise<Person> {
  const [popup] = await Promise.all([
    leader.context.waitForEvent('page'),
    leader.page.getByRole('button', { name: wordsIn(leader.lang)('leader.openDisplay'), exact: true }).click(),
  ]);
  const display = watch(popup, 'display', 'display', leader.lang);
  await popup.setViewportSize(DEVICES[device].viewport);
  await popup.locator('.display').waitFor();
  return display;
}

/** The co-leader link the way a leader shares it: copied from the console's room panel. */
export async function copyCoLeaderLink(leader: Leader): Promise<string> {
  const say = wordsIn(leader.lang);
  await leader.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await leader.page
    .getByRole('button', { name: say('common.copyLabel', { label: say('leader.coLeaderLink') }), exact: true })
    .click();
  await leader.page.getByText(say('common.copied')).first().waitFor();
  return leader.page.evaluate(() => navigator.clipboard.readText());
}

/** A button on this person's screen, by its exact name. */
export function button(who: Person, name: string): Locator {
  return who.page.getByRole('button', { name, exact: true });
}

/** A person's button in the console's presenter list (pressed while they present). */
export function presenterChoice(leader: Person, name: string, options: { pressed?: boolean } = {}): Locator {
  return leader.page
    .getByRole('region', { name: wordsIn(leader.lang)('leader.presenterHeading') })
    .getByRole('button', { name, exact: true, ...options });
}

/**
 * The leader picks the presenter on the console. The button shows the server's choice once it is
 * back, not the click itself, so this waits for that rather than for the click.
 */
export async function pickPresenter(leader: Person, name: string): Promise<void> {
  await presenterChoice(leader, name).click();
  await presenterChoice(leader, name, { pressed: true }).waitFor();
}

/** A member's way in, as on their phone: the join link, a first name, "Join". */
export async function joinWithName(member: Person, joinCode: string, name: string): Promise<void> {
  const say = wordsIn(member.lang);
  await member.page.goto(`/join/${joinCode}`);
  await member.page.getByLabel(say('join.name')).fill(name);
  await member.page.getByRole('button', { name: say('join.submit'), exact: true }).click();
  await member.page.getByText(say('member.youAre', { name })).waitFor();
}

/** Waits until this person's screen names the current phase, each surface in its own way. */
export async function showsPhase(who: Person, title: string, options: { presenterListening?: boolean } = {}): Promise<void> {
  const { page } = who;
  if (who.surface === 'leader') {
    await page.locator('[aria-current="step"]').getByRole('heading', { name: title, exact: true }).waitFor();
  } else if (options.presenterListening) {
    // The presenter's calm screen keeps the phase folded away under "Listen for now".
    await page.getByRole('heading', { level: 1, name: wordsIn(who.lang)('member.listenTitle') }).waitFor();
    await page.locator('summary', { hasText: title }).waitFor();
  } else {
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  }
}

/** The newest view this page's socket was sent: the projection itself, whatever the screen makes of it. */
export function newestView(who: Person): View | null {
  let newest: View | null = null;
  for (const frame of who.frames) {
    for (const packet of frame.split('\x1e')) {
      if (!packet.startsWith('42["state",')) continue;
      const [, view] = JSON.parse(packet.slice(2)) as [string, View];
      if (!newest || view.version >= newest.version) newest = view;
    }
  }
  return newest;
}

/** The text a person can read on their screen right now. */
export function screenText(who: Person): Promise<string> {
  return who.page.locator('body').innerText();
}

/**
 * Waits until the text is on screen for the eye: the page's live region says phase changes and
 * notices to screen readers in a visually hidden element, which must not count as showing them.
 */
export async function shows(who: Person, words: string): Promise<void> {
  const { page } = who;
  await page.getByText(words, { exact: false }).and(page.locator(':not(.visually-hidden)')).first().waitFor();
}

/** Waits until the leader's notice to the room is the one on this screen. */
export async function showsNotice(who: Person, words: string): Promise<void> {
  const region = who.page.getByRole('complementary', { name: wordsIn(who.lang)('common.noticeLabel') });
  await region.getByText(words, { exact: true }).waitFor();
}

/** How each screen says that the meeting has ended: the console's, the display's, a phone's. */
function endedTitle(who: Person): string {
  const say = wordsIn(who.lang);
  if (who.surface === 'display') return say('display.endedTitle');
  if (who.surface === 'member') return say('member.endedTitle');
  return say('leader.endedTitle');
}

/** Waits until every one of these screens says the meeting has ended, each in its own words. */
export async function allShowEnded(people: readonly Person[]): Promise<void> {
  await Promise.all(people.map((who) => who.page.getByRole('heading', { name: endedTitle(who) }).waitFor()));
}

/** The leader ends the meeting on the console, confirms it, and every screen in the room says so. */
export async function endMeeting(leader: Person, room: readonly Person[]): Promise<void> {
  const say = wordsIn(leader.lang);
  await leader.page.getByRole('button', { name: say('leader.end'), exact: true }).click();
  await leader.page.getByRole('dialog').getByRole('button', { name: say('leader.end') }).click();
  await allShowEnded([leader, ...room]);
}

/** The leader's token as this browser remembered it when the meeting was started here. */
export async function rememberedToken(page: Page, sessionId: string, role: 'leader' | 'co-leader'): Promise<string> {
  const token = await page.evaluate((key) => localStorage.getItem(key), tokenKey(sessionId, role));
  if (!token) throw new Error(`no ${role} token remembered for ${sessionId}`);
  return token;
}

/**
 * Sends one command with a token, over a socket of its own, the way a second device of the same
 * person would: for a step the test needs but does not test (re-timing a phase so that it runs
 * over in seconds), without going through the format editor's screens.
 */
export async function commandAs(
  base: string,
  token: string,
  build: (view: View) => Command,
): Promise<CommandReply> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(base, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  try {
    const view = await new Promise<View>((resolveView, reject) => {
      socket.once('connect_error', reject);
      socket.once('state', resolveView);
    });
    return await socket.timeout(5_000).emitWithAck('command', build(view));
  } finally {
    socket.close();
  }
}

/** After a failed step: every screen as it was, and what it says, to see which one fell behind. */
export async function keepEvidence(people: readonly (Person | undefined)[], step: string): Promise<void> {
  const tag = step.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  for (const who of people) {
    if (!who || who.page.isClosed()) continue;
    await screenshot(who.page, `failed-${tag}-${who.label}`).catch(() => undefined);
    const seen = await screenText(who).catch(() => '(page gone)');
    console.error(`--- ${who.label} after "${step}":\n${seen}\n`);
  }
}
