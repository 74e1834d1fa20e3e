// The room in German, French and Spanish: each device takes its language from its browser, every
// surface speaks it (the app's words and the format's phases), no screen ever shows a raw key or a
// word i18next could not find, the display follows the room language the leader sets while each
// phone keeps its own, and a phone's own choice is remembered. axe-core finds nothing serious or
// critical on any surface in any of them (English: accessibility.test.ts).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_KEY_WARNING } from '../../client/i18n/load';
import { LOCALES } from '../../shared/localize';
import type { Language } from '../../shared/language';
import type { Running } from '../integration/harness';
import { DEVICES, expectAccessible, screenshot } from './browser';
import {
  POLL,
  commandAs,
  copyCoLeaderLink,
  enter,
  joinWithName,
  keepEvidence,
  openDisplay,
  rememberedToken,
  screenText,
  showsPhase,
  startMeeting,
  type Leader,
  type Person,
  type Surface,
} from './room';
import { closeStage, openStage } from './setup';
import { wordsIn } from './words';

let server: Running;
let browser: Browser;
const contexts: BrowserContext[] = [];
let people: Person[] = [];
/** What i18next reported missing, per page: a word some surface asked for and no language had. */
const missing: string[] = [];

beforeAll(async () => {
  ({ server, browser } = await openStage({ joinRatePerMinute: 1000 }));
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await keepEvidence(people, task.name);
  for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
  people = [];
  missing.length = 0;
});

afterAll(() => closeStage({ server, browser }));

/** Every page of the device, the display the leader's laptop opens included. */
function listenForMissingWords(context: BrowserContext, label: string): void {
  context.on('console', (message) => {
    if (message.text().includes(MISSING_KEY_WARNING)) missing.push(`${label} ${message.page()?.url()}: ${message.text()}`);
  });
}

/** One person with a device whose browser speaks `lang`. */
async function person(lang: Language, device: keyof typeof DEVICES, label: string, surface: Surface): Promise<Leader> {
  const entered = await enter(browser, device, server.url, label, surface, lang);
  contexts.push(entered.context);
  listenForMissingWords(entered.context, label);
  people.push(entered);
  return entered;
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

/**
 * The leader's way in on their own laptop: the start page in their language (with axe's look at
 * it when `audit`), then "Start meeting".
 */
async function startMeetingIn(leader: Leader, title: string, audit = false): Promise<{ sessionId: string; joinCode: string }> {
  await leader.page.goto('/');
  await leader.page.getByRole('heading', { name: wordsIn(leader.lang)('landing.startHeading') }).waitFor();
  await speaks(leader, leader.lang);
  if (audit) await expectAccessible(leader, 'start page');
  return startMeeting(leader, title);
}

async function openDisplayFrom(leader: Leader): Promise<Person> {
  const display = await openDisplay(leader);
  people.push(display);
  return display;
}

/** A member's way in on their phone: the join form in their language (axe's look when `audit`), then "Join". */
async function joinIn(member: Person, joinCode: string, name: string, audit = false): Promise<void> {
  await member.page.goto(`/join/${joinCode}`);
  await member.page.getByRole('heading', { level: 1, name: wordsIn(member.lang)('join.title') }).waitFor();
  await speaks(member, member.lang);
  if (audit) await expectAccessible(member, 'join form');
  await joinWithName(member, joinCode, name);
}

const phaseTitle = (lang: Language, phaseId: string) => LOCALES[lang].phases[phaseId]!.title;

describe.each(['de', 'fr', 'es'] as const)('in %s', (lang) => {
  it('every surface speaks the language, phases included, and shows no raw key', async () => {
    const say = wordsIn(lang);
    const leader = await person(lang, 'laptop', 'leader', 'leader');
    const { joinCode } = await startMeetingIn(leader, `Balint ${lang}`, true);
    await showsPhase(leader, phaseTitle(lang, 'opening'));
    await speaks(leader, lang);
    await expectAccessible(leader, 'console, just started');

    // The display starts in the room language, which the start page set to the leader's own.
    const display = await openDisplayFrom(leader);
    await showsPhase(display, phaseTitle(lang, 'opening'));
    await display.page.getByText(say('display.joinHeading')).first().waitFor();
    await speaks(display, lang);
    await expectAccessible(display, 'opening, with the join code');

    const coLeaderLink = await copyCoLeaderLink(leader);
    const coLeader = await person(lang, 'phone', 'co-leader', 'co-leader');
    await coLeader.page.goto(coLeaderLink);
    await coLeader.page.getByRole('heading', { name: say('coLeader.flagsHeading') }).waitFor();
    await showsPhase(coLeader, phaseTitle(lang, 'opening'));
    await speaks(coLeader, lang);
    await expectAccessible(coLeader, 'flag panel');

    const member = await person(lang, 'phone', 'member', 'member');
    await joinIn(member, joinCode, 'Anna', true);
    await showsPhase(member, phaseTitle(lang, 'opening'));
    await speaks(member, lang);
    await expectAccessible(member, 'opening');

    // On to the case call: the new phase reaches every screen in the language, with its prompt.
    await leader.page.getByRole('button', { name: say('leader.next'), exact: true }).click();
    for (const who of [leader, display, coLeader, member]) await showsPhase(who, phaseTitle(lang, 'case-call'));
    await member.page.getByText(LOCALES[lang].phases['case-call']!.prompt).waitFor();
    await member.page.getByRole('button', { name: say('member.caseToggle'), exact: true }).waitFor();
    for (const who of [leader, display, coLeader, member]) await speaks(who, lang);
    await expectAccessible(member, 'case call');

    for (const who of [leader, display, member]) await screenshot(who.page, `language-${lang}-${who.label}`);
    expect(missing).toEqual([]);
  });
});

it('the display follows the room language; each phone keeps its own, switchable and remembered', async () => {
  const de = wordsIn('de');
  const fr = wordsIn('fr');
  const es = wordsIn('es');
  const leader = await person('de', 'laptop', 'leader', 'leader');
  const { sessionId, joinCode } = await startMeetingIn(leader, 'Gemischte Gruppe');
  const display = await openDisplayFrom(leader);
  const member = await person('fr', 'phone', 'member', 'member');
  await joinIn(member, joinCode, 'Chloé');
  await showsPhase(member, phaseTitle('fr', 'opening'));

  // The leader sets the room to Spanish: the display follows; the console and the phone do not.
  await leader.page.getByLabel(de('leader.roomLanguage')).selectOption('es');
  await showsPhase(display, phaseTitle('es', 'opening'));
  await display.page.getByText(es('display.joinHeading')).first().waitFor();
  await speaks(display, 'es');
  await showsPhase(leader, phaseTitle('de', 'opening'));
  await speaks(leader, 'de');
  await speaks(member, 'fr');

  // A redirect the leader sends in German reaches each screen in that screen's language.
  const token = await rememberedToken(leader.page, sessionId, 'leader');
  const redirect = LOCALES.de.flags['advice-giving'].redirect!;
  expect(await commandAs(server.url, token, () => ({ type: 'notice.show', text: redirect }))).toMatchObject({ ok: true });
  await member.page.getByText(LOCALES.fr.flags['advice-giving'].redirect!, { exact: true }).waitFor();
  await display.page.getByText(LOCALES.es.flags['advice-giving'].redirect!, { exact: true }).waitFor();

  // The member picks German on their phone: it changes at once and is still German after a reload.
  await member.page.getByLabel(fr('screenLanguage.label')).selectOption('de');
  await showsPhase(member, phaseTitle('de', 'opening'));
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
