// Two frames, the way a residency's Balint leader lives them: a Balint round on a laptop, with the
// display, a co-leader on a phone and a member's phone; in the closing, the leader moves into
// professional development. The display and the phone show the framing moment, the console marks
// the frame, the co-leader's pad offers that frame's kinds and the leader that frame's lines. Axe on
// the new screens in four languages, 44 px targets on the phones, the debrief's frames.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CueKind } from '../../shared/cues';
import { FLAG_CATALOG, type FlagKind } from '../../shared/flags';
import type { Language } from '../../shared/language';
import { localizeFlag, localizePhaseWords } from '../../shared/localize';
import type { Report } from '../../shared/report';
import { DEVELOPMENT_PHASES } from '../../shared/templates';
import type { Running } from '../integration/harness';
import { expectAccessible, screenshot } from './browser';
import {
  button,
  commandAs,
  copyCoLeaderLink,
  endMeeting,
  enter,
  joinWithName,
  type Leader,
  openDisplay,
  type Person,
  POLL,
  rememberedToken,
  shows,
  showsPhase,
  startMeeting,
} from './room';
import { closeStage, evidenceOnFailure, noteMissingWords, openStage } from './setup';
import { inSight } from './page-probes';
import { expectTouchTargets } from './touch';
import { en, wordsIn } from './words';

const MEETING = 'Residents, Tuesday';
const LANGS = ['en', 'de', 'fr', 'es'] as const;

let server: Running;
let browser: Browser;
let sessionId = '';
let joinCode = '';
let leader: Leader;
let display: Person;
let coLeader: Person & { context: BrowserContext };
let anna: Person & { context: BrowserContext };
const contexts: BrowserContext[] = [];
/** What i18next reported missing: a word a new screen asked for and no language had. */
const missing: string[] = [];

const everyone = () => [leader, display, coLeader, anna];

const developmentTitle = (index: number, lang: Language = 'en') =>
  localizePhaseWords('standard', DEVELOPMENT_PHASES[index]!, lang).title;

function flagButton(kind: FlagKind) {
  return coLeader.page.getByRole('button', { name: new RegExp(`^${FLAG_CATALOG[kind].label}`) });
}

function cueButton(who: Person, cue: CueKind) {
  return who.page.getByRole('button', { name: en(`cues.${cue}`), exact: true });
}

function frameMark(who: Person) {
  return who.page.locator('.frame-mark');
}

async function device(kind: 'laptop' | 'phone', label: string, surface: Person['surface']) {
  const entered = await enter(browser, kind, server.url, label, surface);
  contexts.push(entered.context);
  noteMissingWords(entered.context, label, missing);
  return entered;
}

/** This device's own language, from the switch at the foot of its screen. */
async function chooseLanguage(who: Person, lang: Language): Promise<void> {
  await who.page.locator('.language-switch select').selectOption(lang);
  await expect.poll(() => who.page.evaluate(() => document.documentElement.lang), POLL).toBe(lang);
}

beforeAll(async () => {
  ({ server, browser } = await openStage());
});

afterEach(evidenceOnFailure(() => everyone()));

afterAll(() => closeStage({ server, browser }, contexts));

describe('a Balint round, then professional development', () => {
  it('the leader runs the case round to its closing: the console marks Balint case work, the pad offers its kinds', async () => {
    leader = await device('laptop', 'leader', 'leader');
    ({ sessionId, joinCode } = await startMeeting(leader, MEETING));
    display = await openDisplay(leader);
    coLeader = await device('phone', 'co-leader', 'co-leader');
    await coLeader.page.goto(await copyCoLeaderLink(leader));
    await coLeader.page.getByRole('heading', { name: en('coLeader.flagsHeading') }).waitFor();
    anna = await device('phone', 'Anna', 'member');
    await joinWithName(anna, joinCode, 'Anna');

    await button(leader, en('leader.start')).click();
    await leader.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Closing' }) }).click();
    await showsPhase(leader, 'Closing');
    // Case work is the console's own ground: no mark takes room from the running phase's controls.
    expect(await frameMark(leader).count()).toBe(0);

    await flagButton('cross-examination').waitFor();
    expect(await flagButton('complaint-spiral').count()).toBe(0);
    for (const who of [leader, coLeader]) await cueButton(who, 'presenter-shaken').waitFor();
    await expect(frameMark(coLeader).innerText()).resolves.toContain(en('frames.balint'));
  });

  it.each(LANGS)('axe on the way into professional development, in %s', async (lang) => {
    const say = wordsIn(lang);
    await chooseLanguage(leader, lang);
    await button(leader, say('frames.start')).click();
    const dialog = leader.page.getByRole('dialog', { name: say('frames.startTitle') });
    await dialog.waitFor();
    await expectAccessible(leader, `${lang}: leaving the case for professional development`);
    await dialog.getByRole('button', { name: say('common.cancel') }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('the leader crosses the boundary: the display and the phone show the framing moment, the console and the pad change frame', async () => {
    await chooseLanguage(leader, 'en');
    // The moment stands for a while after the boundary; these screens' clocks stand still from here,
    // so however slowly this machine walks through four languages, the moment is still there to see.
    const still = Date.now();
    await leader.context.clock.setFixedTime(still);
    await anna.context.clock.setFixedTime(still);

    await button(leader, en('frames.start')).click();
    await leader.page.getByRole('dialog').getByRole('button', { name: en('frames.startConfirm') }).click();

    for (const who of [display, anna]) {
      await who.page.getByRole('heading', { level: 1, name: en('frames.momentTitle') }).waitFor();
      await shows(who, en('frames.momentBody'));
    }
    await screenshot(display.page, 'frames-display-moment');
    await screenshot(anna.page, 'frames-phone-moment');

    await showsPhase(leader, developmentTitle(0));
    await expect.poll(() => frameMark(leader).getAttribute('data-frame'), POLL).toBe('development');
    await expect(frameMark(leader).innerText()).resolves.toContain(en('frames.development'));
    // The mark takes no room the running phase's controls need on the laptop.
    for (const name of [en('leader.pause'), en('leader.next')]) {
      await expect.poll(() => inSight(leader.page.getByRole('button', { name: new RegExp(`^${name}`) })), POLL).toBe(true);
    }

    // The pad: the case kinds give way; probing one member is still a flag; the complaint spiral is new.
    await flagButton('complaint-spiral').waitFor();
    for (const kind of ['cross-examination', 'step-back-breach', 'medical-drift', 'self-disclosure'] as const) {
      expect(await flagButton(kind).count(), kind).toBe(0);
    }
    await flagButton('personal-exploration').waitFor();
    // The cues: no patient and no presenter here, so the cues about them give way; the rest stay.
    for (const who of [leader, coLeader]) {
      await cueButton(who, 'let-silence-run').waitFor();
      for (const cue of ['presenter-shaken', 'invite-patient-view'] as const) expect(await cueButton(who, cue).count(), cue).toBe(0);
    }
    await expect(frameMark(coLeader).innerText()).resolves.toContain(en('frames.development'));
    await screenshot(coLeader.page, 'frames-co-leader-pad-development');

    // A flag raised here brings the leader this frame's line, not the case's.
    await flagButton('intrusive-speculation').click();
    await shows(leader, localizeFlag('intrusive-speculation', 'en', 'formal', 'development').redirect!);
    // The meeting budget names the frame running, not a case.
    const budget = await leader.page.locator('.budget__heading').first().textContent();
    expect(budget).toContain(en('frames.development'));
    expect(budget).not.toContain(en('budget.caseLabel', { number: 1 }));
    await screenshot(leader.page, 'frames-console-development');
  });

  it('gives every control on the phones at least 44 × 44 px in the new frame', async () => {
    await expectTouchTargets(anna, 'the framing moment');
    await expectTouchTargets(coLeader, 'the pad in professional development');
  });

  describe.each(LANGS)('axe on the new screens, in %s', (lang) => {
    it('the display and the phone at the boundary, the console and the pad in the new frame', async () => {
      const say = wordsIn(lang);
      const token = await rememberedToken(leader.page, sessionId, 'leader');
      // The display speaks the room language (English already, the first time); the others their own.
      const reply = await commandAs(server.url, token, () => ({ type: 'language.set', language: lang }));
      expect(reply.ok ? 'set' : reply.error.code).toMatch(/^(set|conflict)$/);
      await chooseLanguage(leader, lang);
      await chooseLanguage(coLeader, lang);
      await chooseLanguage(anna, lang);
      for (const who of [display, anna]) {
        await who.page.getByRole('heading', { level: 1, name: say('frames.momentTitle') }).waitFor();
        await expectAccessible(who, `${lang}: the framing moment`);
      }
      await expect.poll(() => frameMark(leader).innerText(), POLL).toContain(say('frames.development'));
      await expectAccessible(leader, `${lang}: the console in professional development`);
      await expect.poll(() => frameMark(coLeader).innerText(), POLL).toContain(say('frames.development'));
      await expectAccessible(coLeader, `${lang}: the pad in professional development`);
      if (lang !== 'en') await screenshot(display.page, `${lang}-frames-display-moment`);
    });
  });

  it('the moment clears at the next phase; the record and the debrief show both frames', async () => {
    for (const who of [leader, coLeader, anna]) await chooseLanguage(who, 'en');
    const token = await rememberedToken(leader.page, sessionId, 'leader');
    await commandAs(server.url, token, () => ({ type: 'language.set', language: 'en' }));
    await button(leader, en('leader.next')).click();
    await showsPhase(leader, developmentTitle(1));
    await display.page.getByRole('heading', { level: 1, name: developmentTitle(1) }).waitFor();
    expect(await display.page.getByText(en('frames.momentTitle')).count()).toBe(0);
    await anna.page.getByRole('heading', { level: 1, name: developmentTitle(1) }).waitFor();

    await endMeeting(leader, [display, coLeader, anna]);
    const response = await fetch(`${server.url}/api/sessions/${sessionId}/report`, { headers: { authorization: `Bearer ${token}` } });
    const record = (await response.json()) as Report;
    expect(record.rounds.map(({ kind, frame }) => ({ kind, frame }))).toEqual([
      { kind: 'case', frame: 'balint' },
      { kind: 'development', frame: 'development' },
    ]);
    expect(JSON.stringify(record)).not.toContain('Anna');

    for (const lang of LANGS) {
      const say = wordsIn(lang);
      // The debrief speaks the language this laptop chose last, as the leader's own device would.
      await leader.page.evaluate((chosen) => localStorage.setItem('balint.language', chosen), lang);
      await leader.page.goto(`/s/${encodeURIComponent(sessionId)}/debrief`);
      const frames = leader.page.getByRole('region', { name: say('frames.debriefHeading') });
      await frames.waitFor();
      await frames.getByText(say('frames.development')).first().waitFor();
      await expectAccessible(leader, `${lang}: the debrief's frames`);
    }
    await screenshot(leader.page, 'frames-debrief');
  });

  it('no page threw an error, and no word was missing in any language', () => {
    for (const who of everyone()) expect(who.errors, who.label).toEqual([]);
    expect(missing).toEqual([]);
  });
});
