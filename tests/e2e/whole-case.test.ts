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
import { localizeFlag, localizePhaseWords } from '../../shared/localize';
import { findFormat } from '../../shared/templates';
import type { LeadersView } from '../../shared/views';
import { STANDARD_PHASE_IDS } from '../standard-phases';
import { wordsIn } from './words';
import type { Running } from '../integration/harness';
import { DEVICES, screenshot } from './browser';
import {
  button,
  commandAs,
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
  showsNotice,
  showsPhase,
  startMeeting,
} from './room';
import { closeStage, openStage } from './setup';
import { inSight } from './page-probes';

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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MEETING = 'Tuesday group';
const FLAG_NOTE = 'Benedikt asked why three times';
const PAUSE_NOTICE = "Let's take two minutes' pause.";

let server: Running;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openStage());
});

afterAll(() => closeStage({ server, browser }));

describe.each(['en', 'de', 'fr'] as const)('a whole case in the standard format, in %s', (lang) => {
  const say = wordsIn(lang);
  const PHASES = phaseTitles(lang);
  const FLAG = localizeFlag('cross-examination', lang);
  /** Screenshots keep their English names; the other languages' carry the language in front. */
  const shot = (who: Person, name: string) => screenshot(who.page, lang === 'en' ? name : `${lang}-${name}`);

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
  /** Those who must never learn of a flag, a note or a pause signal. */
  const theRoom = () => [display, anna, ben, cleo];
  const members = () => [anna, ben, cleo];

  async function allShowPhase(title: string, presenter: Person | null = null): Promise<void> {
    await Promise.all(everyone().map((who) => showsPhase(who, title, { presenterListening: who === presenter })));
  }

  /**
   * A notice the wall shows stays off the phones: the members were sent it (it is in their frames)
   * and their dark screens do not show it; the presenter's phone was never sent it at all.
   */
  async function expectOnlyTheWallShows(notice: string): Promise<void> {
    const plain = notice.split(/["'’“”«»„‚‘]/).sort((a, b) => b.length - a.length)[0]!.trim();
    for (const member of [ben, cleo]) {
      await expect.poll(() => member.frames.some((frame) => frame.includes(plain)), { ...POLL, message: member.label }).toBe(true);
    }
    for (const member of members()) expect(await screenText(member), member.label).not.toContain(notice);
    expect(anna.frames.some((frame) => frame.includes(plain)), 'the presenter was sent the notice').toBe(false);
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

  it('a co-leader flag reaches the leader console only, with its line to say; projected, it reaches the wall, not the phones', async () => {
    await coLeader.page.getByLabel(say('coLeader.note')).fill(FLAG_NOTE);
    await coLeader.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(FLAG.label)}`) }).click();
    await shows(coLeader, say('coLeader.raised', { label: FLAG.label }));
    await shot(coLeader, 'phone-co-leader-panel');

    // The leader is offered the kind's line to say, in the leader's language.
    const card = leader.page.locator('.flag', { hasText: FLAG.label });
    await card.getByText(`“${FLAG_NOTE}”`).waitFor();
    await card.locator('q', { hasText: FLAG.redirect! }).waitFor();
    await expect.poll(() => leader.page.title(), POLL).toBe(say('common.pageTitleWithFlags', { meeting: MEETING, flags: 1 }));
    await shot(leader, 'leader-console-flag');

    await card.getByRole('button', { name: say('leader.markSeen'), exact: true }).click();
    await card.getByText(say('leader.flagStatus.acknowledged'), { exact: true }).waitFor();
    await shows(coLeader, say('coLeader.status.acknowledged'));

    // Projecting is a second, deliberate step: the line comes ready to edit, and goes up as it is.
    await card.getByRole('button', { name: say('leader.projectIt'), exact: true }).click();
    expect(await card.getByLabel(say('leader.projectLabel')).inputValue()).toBe(FLAG.redirect);
    await card.getByRole('button', { name: say('leader.project'), exact: true }).click();

    // The redirect is on the wall; the phones lie down and do not repeat it, and the presenter's
    // own phone is never even sent it.
    await showsNotice(display, FLAG.redirect!);
    await shows(coLeader, say('coLeader.status.resolved'));
    await shot(display, 'display-1920-redirect');
    await expectOnlyTheWallShows(FLAG.redirect!);

    // By now the room has been sent the change after the flag: had the flag reached them, it would show.
    for (const who of theRoom()) {
      const seen = await screenText(who);
      expect(seen, who.label).not.toContain(FLAG.label);
      expect(seen, who.label).not.toContain(FLAG_NOTE);
      const received = who.frames.join('\n');
      expect(received, who.label).not.toContain(FLAG_NOTE);
      expect(received, who.label).not.toContain(FLAG.kind);
      expect(received, who.label).not.toContain('"flags"');
    }
  });

  it('a pause signal from a phone reaches the console as a count, and nowhere else', async () => {
    await button(ben, say('member.pauseButton')).click();
    await button(ben, say('member.pauseSend')).click();
    await shows(ben, say('member.pauseSent'));

    const count = leader.page.locator('.pause-signals__count');
    await expect.poll(() => count.innerText(), POLL).toBe('1');
    await shows(leader, say('leader.pauseSignalNew'));
    await shot(leader, 'leader-console-pause-signal');

    // The leader answers the room, not the person: a notice every screen is sent after the signal.
    await leader.page.getByLabel(say('leader.noticeText')).fill(PAUSE_NOTICE);
    await button(leader, say('leader.showNotice')).click();
    await showsNotice(display, PAUSE_NOTICE);
    await expectOnlyTheWallShows(PAUSE_NOTICE);

    for (const who of theRoom()) {
      const seen = await screenText(who);
      expect(seen, who.label).not.toContain(say('leader.pauseSignals'));
      expect(seen, who.label).not.toContain(say('leader.pauseSignalNew'));
      expect(who.frames.join('\n'), who.label).not.toContain('pauseSignals');
    }
    for (const who of [display, anna, cleo]) expect(await screenText(who), who.label).not.toContain(say('member.pauseSent'));
  });

  it('a phase that runs over says so on the console only, never on the wall or a phone, at 1920×1080 and 1280×720', async () => {
    // Re-timed to ten seconds, the discussion has run over already or will in a few seconds.
    const token = await rememberedToken(leader.page, sessionId, 'leader');
    const reply = await commandAs(server.url, token, (view) => ({
      type: 'phases.update',
      phases: (view as LeadersView).plan.map((phase) =>
        phase.id === 'discussion' ? { ...phase, durationSec: 10 } : phase,
      ),
    }));
    expect(reply.ok).toBe(true);

    await shows(leader, say('common.overTime'));
    // The quiet wall says "a minute or two", in sight under a two-line title and a notice; no amber.
    const quiet = display.page.getByRole('timer');
    await quiet.getByText(say('display.minuteOrTwo')).waitFor();
    await expect.poll(() => inSight(quiet), { ...POLL, message: 'the quiet clock in sight at 1920×1080' }).toBe(true);
    await shot(display, 'display-1920-overrun');
    await display.page.setViewportSize(DEVICES.smallProjector.viewport);
    await expect.poll(() => inSight(quiet), { ...POLL, message: 'the quiet clock in sight at 1280×720' }).toBe(true);
    await shot(display, 'display-1280-overrun');
    await display.page.setViewportSize(DEVICES.projector.viewport);

    // The full countdown, where the leader chose it, stops at 0:00: still no amber, no word of it.
    expect(await commandAs(server.url, token, () => ({ type: 'room.settings', displayClock: 'full' }))).toMatchObject({ ok: true });
    await display.page.locator('.timer__clock', { hasText: '0:00' }).waitFor();
    expect(await display.page.locator('.timer--over').count()).toBe(0);
    expect(await commandAs(server.url, token, () => ({ type: 'room.settings', displayClock: 'quiet' }))).toMatchObject({ ok: true });
    await quiet.getByText(say('display.minuteOrTwo')).waitFor();

    for (const who of theRoom()) expect(await screenText(who), who.label).not.toContain(say('common.overTime'));
  });

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
