// A whole case, the way a room lives it: the leader starts the meeting on a laptop and opens the
// display from the console, the co-leader and three members are on phones. Every phase of the
// standard format passes on every screen; from the presentation on the phones lie dark with no clock
// and the presenter listens with none; a flag stays with the leaders, its line, projected, reaches the wall
// (not the phones), a pause signal reaches the console as a count, running over shows on the console
// only; at the end every screen says so. The same
// story runs in English, German and French: every device's browser speaks the language, and every
// word the test looks for is that language's, the format's phases and the flag's line included.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/language';
import { localizePhaseWords } from '../../shared/localize';
import { findFormat } from '../../shared/templates';
import { STANDARD_PHASE_IDS } from '../standard-phases';
import { wordsIn } from './words';
import type { Running } from '../integration/harness';
import { DEVICES } from './browser';
import {
  aFlagReachesTheLeaders,
  aPauseSignalReachesTheConsole,
  caseFlag,
  type CaseRoom,
  FLAG_NOTE,
  MEETING,
  runningOverShowsOnTheConsole,
  shotIn,
} from './whole-case-steps';
import {
  button,
  copyCoLeaderLink,
  endMeeting,
  enter,
  joinWithName,
  keepEvidence,
  openDisplay,
  type Person,
  pickPresenter,
  POLL,
  presenterChoice,
  rememberedToken,
  screenText,
  shows,
  showsPhase,
  startMeeting,
} from './room';
import { closeStage, openStage } from './setup';

/** The standard format's phases, titled as a device in `lang` shows them. */
function phaseTitles(lang: Language) {
  const title = (id: string) => {
    const phase = findFormat('standard')!.phases.find((planned) => planned.id === id)!;
    return localizePhaseWords('standard', phase, lang).title;
  };
  return {
    opening: title('opening'),
    caseCall: title('case-call'),
    presentation: title('presentation'),
    questions: title('clarifying-questions'),
    discussion: title('discussion'),
    presenterReturn: title('presenter-return'),
    closing: title('closing'),
  } as const;
}

let server: Running;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openStage());
});

afterAll(() => closeStage({ server, browser }));

describe.each(['en', 'de', 'fr'] as const)('a whole case in the standard format, in %s', (lang) => {
  const say = wordsIn(lang);
  const PHASES = phaseTitles(lang);
  const FLAG = caseFlag(lang);
  const shot = shotIn(lang);

  let sessionId = '';
  let joinCode = '';
  let leader: Person;
  let display: Person;
  let coLeader: Person;
  let anna: Person;
  let ben: Person;
  let cleo: Person;
  const contexts: BrowserContext[] = [];

  const everyone = () => [leader, display, coLeader, anna, ben, cleo];
  const cast = (): CaseRoom => ({ lang, url: server.url, sessionId, leader, display, coLeader, anna, ben, cleo });
  const members = () => [anna, ben, cleo];

  async function allShowPhase(title: string, presenter: Person | null = null): Promise<void> {
    await Promise.all(everyone().map((who) => showsPhase(who, title, { presenterListening: who === presenter })));
  }

  /** A device of this run's language, closed when the run is over. */
  async function device(kind: 'laptop' | 'phone', label: string, surface: Person['surface']): Promise<Person & { context: BrowserContext }> {
    const entered = await enter(browser, kind, server.url, label, surface, lang);
    contexts.push(entered.context);
    return entered;
  }

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await keepEvidence(everyone(), `${lang} ${task.name}`);
  });

  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
  });

  it('the leader starts the meeting from the start page and opens the display from the console', async () => {
    const laptop = await device('laptop', 'leader', 'leader');
    leader = laptop;
    ({ sessionId, joinCode } = await startMeeting(laptop, MEETING));
    await showsPhase(leader, PHASES.opening);
    // The token came in the fragment and must not stay on screen.
    expect(new URL(laptop.page.url()).hash).toBe('');
    expect(joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);

    display = await openDisplay(laptop);
    await showsPhase(display, PHASES.opening);
    if (lang === 'de') {
      // The leader sets the display's language on the console's Room panel, for the whole room: the
      // projector follows each choice at once, and is left speaking German.
      const picker = laptop.page.getByLabel(say('leader.roomLanguage'));
      await picker.selectOption('en');
      await showsPhase(display, phaseTitles('en').opening);
      await picker.selectOption('de');
      await showsPhase(display, PHASES.opening);
      expect(await picker.inputValue()).toBe('de');
    }
    await expect.poll(() => display.page.evaluate(() => document.documentElement.lang), POLL).toBe(lang);
    await shows(display, say('display.joinHeading'));
    await shows(display, `${joinCode.slice(0, 3)} ${joinCode.slice(3)}`);

    const link = await copyCoLeaderLink(laptop);
    expect(link).toMatch(new RegExp(`/s/${sessionId}/co-leader#.+`));
    coLeader = await device('phone', 'co-leader', 'co-leader');
    await coLeader.page.goto(link);
    await coLeader.page.getByRole('heading', { name: say('coLeader.flagsHeading') }).waitFor();
    await showsPhase(coLeader, PHASES.opening);
  });

  it('members join on their phones with the join link and a first name', async () => {
    anna = await device('phone', 'Anna', 'member');
    await anna.page.goto(`/join/${joinCode}`);
    await expect.poll(() => anna.page.getByLabel(say('join.code')).inputValue(), POLL).toBe(joinCode);
    await shot(anna, 'phone-join-form');
    await anna.page.getByLabel(say('join.name')).fill('Anna');
    await button(anna, say('join.submit')).click();
    await anna.page.getByText(say('member.youAre', { name: 'Anna' })).waitFor();

    ben = await device('phone', 'Benedikt', 'member');
    cleo = await device('phone', 'Cleo', 'member');
    await Promise.all([joinWithName(ben, joinCode, 'Benedikt'), joinWithName(cleo, joinCode, 'Cleo')]);

    await Promise.all(members().map((member) => showsPhase(member, PHASES.opening)));
    await leader.page.getByRole('heading', { name: say('leader.participantsHeading', { count: 3 }) }).waitFor();
    for (const name of ['Anna', 'Benedikt', 'Cleo']) await presenterChoice(leader, name).waitFor();
    await shot(ben, 'phone-member-opening');
    await shot(display, 'display-1920-opening');
  });

  it('the case call: a member says "I have a case" and the leader picks them as presenter', async () => {
    await button(leader, say('leader.start')).click();
    await button(leader, say('leader.pause')).waitFor();
    await button(leader, say('leader.next')).click();
    await allShowPhase(PHASES.caseCall);

    await button(anna, say('member.caseToggle')).click();
    await shows(anna, say('member.caseOn'));
    await expect.poll(() => button(anna, say('member.caseToggle')).getAttribute('aria-pressed'), POLL).toBe('true');
    expect(await button(ben, say('member.caseToggle')).getAttribute('aria-pressed')).toBe('false');

    const volunteer = leader.page.locator('.presenter-picker__row', { has: leader.page.getByRole('button', { name: 'Anna', exact: true }) });
    await volunteer.getByText(say('leader.volunteered')).waitFor();
    await shot(leader, 'leader-case-call-volunteer');
    await pickPresenter(leader, 'Anna');
    await shows(display, say('common.presenter', { name: 'Anna' }));
    // The presenter hears it from their own phone too, calmly, the moment they are picked.
    await anna.page.getByRole('heading', { name: say('member.presentingTitle') }).waitFor();
    expect(await screenText(ben)).not.toContain(say('member.presentingTitle'));
    // The case call is untimed for the room: no clock on the wall or on a phone.
    for (const who of [display, ...members()]) expect(await who.page.getByRole('timer').count(), who.label).toBe(0);
  });

  it('the presentation and the clarifying questions reach every screen; phones go down', async () => {
    await button(leader, say('leader.next')).click();
    await allShowPhase(PHASES.presentation);
    // The case toggle belongs to the case call only.
    expect(await button(ben, say('member.caseToggle')).count()).toBe(0);
    // Phones down: dark, no clock; the wall tells the time only roughly, in words.
    for (const member of members()) {
      await expect.poll(() => member.page.evaluate(() => document.documentElement.classList.contains('theme-dark')), POLL).toBe(true);
      expect(await member.page.getByRole('timer').count(), member.label).toBe(0);
    }
    await display.page.getByRole('timer').waitFor();
    expect(await display.page.locator('.timer__clock').count()).toBe(0);
    await shot(ben, 'phone-member-presentation-dark');
    await button(leader, say('leader.next')).click();
    await allShowPhase(PHASES.questions);
  });

  it('the discussion: the presenter listens for now, the others speak to the group', async () => {
    await button(leader, say('leader.next')).click();
    await allShowPhase(PHASES.discussion, anna);

    await shows(anna, say('member.listenBody'));
    for (const member of [ben, cleo]) await shows(member, say('member.stepBackHint'));
    expect(await screenText(anna)).not.toContain(say('member.stepBackHint'));
    expect(await screenText(ben)).not.toContain(say('member.listenTitle'));
    // The presenter is never on a clock.
    expect(await anna.page.getByRole('timer').count()).toBe(0);
    await shot(anna, 'phone-presenter-listening');
    await shot(ben, 'phone-member-discussion');
  });

  it('a co-leader flag reaches the leader console only, with its line to say; projected, it reaches the wall, not the phones', () =>
    aFlagReachesTheLeaders(cast()));

  it('a pause signal from a phone reaches the console as a count, and nowhere else', () => aPauseSignalReachesTheConsole(cast()));

  it('a phase that runs over says so on the console only, never on the wall or a phone, at 1920×1080 and 1280×720', () =>
    runningOverShowsOnTheConsole(cast()));

  it('the presenter returns, the case closes, and the meeting ends on every screen', async () => {
    await button(leader, say('leader.next')).click();
    await allShowPhase(PHASES.presenterReturn);
    await anna.page.getByRole('heading', { name: say('member.turnTitle') }).waitFor();
    expect(await screenText(ben)).not.toContain(say('member.turnTitle'));

    await button(leader, say('leader.next')).click();
    await allShowPhase(PHASES.closing);
    await shows(leader, say('leader.lastPhase'));
    await shot(display, 'display-1920-closing');
    await display.page.setViewportSize(DEVICES.smallProjector.viewport);
    await shot(display, 'display-1280-closing');

    const token = await rememberedToken(leader.page, sessionId, 'leader');
    await endMeeting(leader, [display, coLeader, ...members()]);
    await shot(anna, 'phone-member-ended');

    // What remains is the process record: every phase, the flag and how it was handled, the count.
    const response = await fetch(`${server.url}/api/sessions/${sessionId}/report`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const record = await response.json();
    expect(record.endedAt).toEqual(expect.any(Number));
    expect(record.rounds[0].phases.map((phase: { id: string }) => phase.id)).toEqual([...STANDARD_PHASE_IDS]);
    expect(record.flags).toEqual([
      expect.objectContaining({ kind: FLAG.kind, status: 'resolved', handled: 'projected', phaseId: 'discussion' }),
    ]);
    expect(record.pauseSignals).toBe(1);
    const saved = JSON.stringify(record);
    for (const secret of ['Anna', 'Benedikt', 'Cleo', FLAG_NOTE]) expect(saved).not.toContain(secret);
  });

  it('no page threw an error along the way', () => {
    for (const who of everyone()) expect(who.errors, who.label).toEqual([]);
  });
});
