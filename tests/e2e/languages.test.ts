// The room in German, French and Spanish: each device takes its language from its browser, every
// surface speaks it (the app's words and the format's phases), no screen ever shows a raw key or a
// word i18next could not find, the display follows the room language the leader sets while each
// phone keeps its own, and a phone's own choice is remembered.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_KEY_WARNING } from '../../client/i18n/load';
import { LOCALES } from '../../shared/localize';
import type { Language } from '../../shared/language';
import { removeDir, startServer, type Running } from '../integration/harness';
import { DEVICES, launchChromium, screenshot } from './browser';
import {
  CLIENT_DIR,
  POLL,
  commandAs,
  keepEvidence,
  rememberedToken,
  screenText,
  watch,
  type Person,
  type Surface,
} from './room';
import { wordsIn, type Words } from './words';

/** The browsers' own tags, as a German, French or Spanish laptop or phone sends them. */
const LOCALE_TAGS: Record<Language, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

let server: Running;
let browser: Browser;
const contexts: BrowserContext[] = [];
let people: Person[] = [];
/** What i18next reported missing, per page: a word some surface asked for and no language had. */
const missing: string[] = [];

beforeAll(async () => {
  server = await startServer({ clientDir: CLIENT_DIR, joinRatePerMinute: 1000 });
  browser = await launchChromium();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await keepEvidence(people, task.name);
  for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
  people = [];
  missing.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

function listenForMissingWords(page: Page, label: string): void {
  page.on('console', (message) => {
    if (message.text().includes(MISSING_KEY_WARNING)) missing.push(`${label}: ${message.text()}`);
  });
}

/** One person with a device whose browser speaks `lang`. */
async function person(
  lang: Language,
  device: keyof typeof DEVICES,
  label: string,
  surface: Surface,
): Promise<Person & { context: BrowserContext }> {
  const context = await browser.newContext({ ...DEVICES[device], baseURL: server.url, locale: LOCALE_TAGS[lang] });
  contexts.push(context);
  const page = await context.newPage();
  listenForMissingWords(page, label);
  const watched = { ...watch(page, label, surface), context };
  people.push(watched);
  return watched;
}

/**
 * Everything a screen says to the eye or to a screen reader: its text, its labels, titles,
 * placeholders and alt texts, and the tab's title.
 */
function wordsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const said = [document.body.innerText, document.title];
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) said.push(value);
      }
    }
    return said;
  });
}

/** A key shown instead of its words (`join.name`, `room:member.caseOn`), or a value never put in. */
function rawKeys(said: readonly string[]): string[] {
  const key = /^(?:(?:base|room|console):)?[a-z]+(?:\.[a-z][a-zA-Z]*)+(?:_[a-z]+)?$/;
  return said.flatMap((text) => [
    ...text.split(/[\s()[\]“”"«»„,;!?·]+/).filter((token) => key.test(token.replace(/[.:]$/, ''))),
    ...(text.includes('{{') ? [text] : []),
  ]);
}

async function speaks(who: Person, lang: Language): Promise<void> {
  await expect.poll(() => who.page.evaluate(() => document.documentElement.lang), POLL).toBe(lang);
  expect(rawKeys(await wordsOnScreen(who.page)), `${who.label} shows raw keys`).toEqual([]);
}

/** The leader's way in on their own laptop: the start page in their language, "Start meeting". */
async function startMeetingIn(
  leader: Person,
  lang: Language,
  title: string,
): Promise<{ sessionId: string; joinCode: string }> {
  const { page } = leader;
  const say = wordsIn(lang);
  await page.goto('/');
  await page.getByRole('heading', { name: say('landing.startHeading') }).waitFor();
  await speaks(leader, lang);
  await page.getByLabel(say('landing.meetingTitle')).fill(title);
  await page.getByRole('button', { name: say('landing.start'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.locator('[aria-current="step"]').waitFor();
  const sessionId = new URL(page.url()).pathname.split('/')[2]!;
  const joinCode = (await page.locator('.console-header__code strong').innerText()).trim();
  return { sessionId, joinCode };
}

async function openDisplayFrom(leader: Person & { context: BrowserContext }, say: Words): Promise<Person> {
  const [popup] = await Promise.all([
    leader.context.waitForEvent('page'),
    leader.page.getByRole('button', { name: say('leader.openDisplay'), exact: true }).click(),
  ]);
  listenForMissingWords(popup, 'display');
  const display = watch(popup, 'display', 'display');
  people.push(display);
  await popup.setViewportSize(DEVICES.projector.viewport);
  await popup.locator('.display').waitFor();
  return display;
}

async function copyCoLeaderLinkFrom(leader: Person & { context: BrowserContext }, say: Words): Promise<string> {
  await leader.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const label = say('common.copyLabel', { label: say('leader.coLeaderLink') });
  await leader.page.getByRole('button', { name: label, exact: true }).click();
  await leader.page.getByText(say('common.copied')).first().waitFor();
  return leader.page.evaluate(() => navigator.clipboard.readText());
}

async function joinIn(member: Person, lang: Language, joinCode: string, name: string): Promise<void> {
  const say = wordsIn(lang);
  await member.page.goto(`/join/${joinCode}`);
  await member.page.getByRole('heading', { level: 1, name: say('join.title') }).waitFor();
  await speaks(member, lang);
  await member.page.getByLabel(say('join.name')).fill(name);
  await member.page.getByRole('button', { name: say('join.submit'), exact: true }).click();
  await member.page.getByText(say('member.youAre', { name })).waitFor();
}

const phaseTitle = (lang: Language, phaseId: string) => LOCALES[lang].phases[phaseId]!.title;

async function headingSays(who: Person, title: string): Promise<void> {
  const { page } = who;
  const heading =
    who.surface === 'leader'
      ? page.locator('[aria-current="step"]').getByRole('heading', { name: title, exact: true })
      : page.getByRole('heading', { level: 1, name: title, exact: true });
  await heading.waitFor();
}

describe.each(['de', 'fr', 'es'] as const)('in %s', (lang) => {
  it('every surface speaks the language, phases included, and shows no raw key', async () => {
    const say = wordsIn(lang);
    const leader = await person(lang, 'laptop', 'leader', 'leader');
    const { joinCode } = await startMeetingIn(leader, lang, `Balint ${lang}`);
    await headingSays(leader, phaseTitle(lang, 'opening'));
    await speaks(leader, lang);

    // The display starts in the room language, which the start page set to the leader's own.
    const display = await openDisplayFrom(leader, say);
    await headingSays(display, phaseTitle(lang, 'opening'));
    await display.page.getByText(say('display.joinHeading')).first().waitFor();
    await speaks(display, lang);

    const coLeaderLink = await copyCoLeaderLinkFrom(leader, say);
    const coLeader = await person(lang, 'phone', 'co-leader', 'co-leader');
    await coLeader.page.goto(coLeaderLink);
    await coLeader.page.getByRole('heading', { name: say('coLeader.flagsHeading') }).waitFor();
    await headingSays(coLeader, phaseTitle(lang, 'opening'));
    await speaks(coLeader, lang);

    const member = await person(lang, 'phone', 'member', 'member');
    await joinIn(member, lang, joinCode, 'Anna');
    await headingSays(member, phaseTitle(lang, 'opening'));
    await speaks(member, lang);

    // On to the case call: the new phase reaches every screen in the language, with its prompt.
    await leader.page.getByRole('button', { name: say('leader.next'), exact: true }).click();
    for (const who of [leader, display, coLeader, member]) await headingSays(who, phaseTitle(lang, 'case-call'));
    await member.page.getByText(LOCALES[lang].phases['case-call']!.prompt).waitFor();
    await member.page.getByRole('button', { name: say('member.caseToggle'), exact: true }).waitFor();
    for (const who of [leader, display, coLeader, member]) await speaks(who, lang);

    for (const who of [leader, display, member]) await screenshot(who.page, `language-${lang}-${who.label}`);
    expect(missing).toEqual([]);
  });
});

it('the display follows the room language; each phone keeps its own, switchable and remembered', async () => {
  const de = wordsIn('de');
  const fr = wordsIn('fr');
  const es = wordsIn('es');
  const leader = await person('de', 'laptop', 'leader', 'leader');
  const { sessionId, joinCode } = await startMeetingIn(leader, 'de', 'Gemischte Gruppe');
  const display = await openDisplayFrom(leader, de);
  const member = await person('fr', 'phone', 'member', 'member');
  await joinIn(member, 'fr', joinCode, 'Chloé');
  await headingSays(member, phaseTitle('fr', 'opening'));

  // The leader sets the room to Spanish: the display follows; the console and the phone do not.
  await leader.page.getByLabel(de('leader.roomLanguage')).selectOption('es');
  await headingSays(display, phaseTitle('es', 'opening'));
  await display.page.getByText(es('display.joinHeading')).first().waitFor();
  await speaks(display, 'es');
  await headingSays(leader, phaseTitle('de', 'opening'));
  await speaks(leader, 'de');
  await speaks(member, 'fr');

  // A redirect the leader sends in German reaches each screen in that screen's language.
  const token = await rememberedToken(leader.page, sessionId, 'leader');
  const redirect = LOCALES.de.flags['advice-giving'].redirect!;
  expect(await commandAs(server.url, token, () => ({ type: 'notice.show', text: redirect }))).toMatchObject({ ok: true });
  await member.page.getByText(LOCALES.fr.flags['advice-giving'].redirect!, { exact: true }).waitFor();
  await display.page.getByText(LOCALES.es.flags['advice-giving'].redirect!, { exact: true }).waitFor();

  // The member picks German on their phone: it changes at once and is still German after a reload.
  await member.page.getByLabel(fr('language.label')).selectOption('de');
  await headingSays(member, phaseTitle('de', 'opening'));
  await member.page.getByText(LOCALES.de.flags['advice-giving'].redirect!, { exact: true }).waitFor();
  await speaks(member, 'de');
  await member.page.reload();
  await member.page.getByRole('button', { name: de('member.pauseButton'), exact: true }).waitFor();
  await speaks(member, 'de');
  expect(await screenText(member)).not.toContain(fr('member.pauseButton'));

  expect(missing).toEqual([]);
});

it('the raw-key check knows a key when it sees one, and a sentence or an address when it does not', () => {
  const screen = [
    'join.name',
    'Ihr Vorname: room:member.caseOn',
    'Teilnehmen unter 127.0.0.1:8080/join',
    'Phase 2 von 7 · 2 Min.',
    'Offen: Alle mit dem Code können beitreten.',
    'Noch {{count}} Zeichen.',
  ];
  expect(rawKeys(screen)).toEqual(['join.name', 'room:member.caseOn', 'Noch {{count}} Zeichen.']);
});
