// The room comes first, in each of the four languages: with the defaults, members' phones go dark and
// still from the presentation on (no clock, no notice, no wake lock, nothing moving), the presenter
// listens with no countdown and is never shown a notice, the wall tells the time only roughly and
// blanks on the leader's word, and a latecomer knocks at the locked room and is let in, first asked
// to come in quietly. axe-core looks at every one of these screens; screenshots go to test-artifacts.
//
// The leader's side is driven with commands over a socket of its own (commandAs), as a second device
// of the leader would: the console is not what this file tests.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands';
import type { Language } from '../../shared/language';
import { LOCALES } from '../../shared/localize';
import type { CreatedMeeting } from '../../shared/protocol';
import type { LeadersView } from '../../shared/views';
import { connect, createMeeting, type Running } from '../integration/harness';
import { expectAccessible, screenshot } from './browser';
import {
  POLL,
  commandAs,
  enter,
  joinWithName,
  keepEvidence,
  screenText,
  shows,
  showsNotice,
  showsPhase,
  type Person,
} from './room';
import { closeStage, noteMissingWords, openStage } from './setup';
import { countWakeLocks, somethingMoves, visibleText, wakeLocksHeld } from './page-probes';
import { wordsIn } from './words';

let server: Running;
let browser: Browser;

beforeAll(async () => {
  // Every language's room joins from the same address: the join limit is not what is tested here.
  ({ server, browser } = await openStage({ joinRatePerMinute: 1000 }));
});

afterAll(() => closeStage({ server, browser }));

/** The letters of a text without its quotes, for finding it in a JSON frame whatever the escaping. */
function longestPlainRun(text: string): string {
  return text.split(/["'’“”«»„‚‘]/).sort((a, b) => b.length - a.length)[0]!.trim();
}

describe.each(['en', 'de', 'fr', 'es'] as const satisfies readonly Language[])('the room comes first, in %s', (lang) => {
  const say = wordsIn(lang);
  const phase = (id: string) => LOCALES[lang].phases[id]!;
  const shot = (who: Person, name: string) => screenshot(who.page, `${lang}-room-${name}`);
  const NOTICE = LOCALES[lang].flags['advice-giving'].redirect!;
  /** "about 12 min" in this language, for any number of minutes. */
  const ABOUT_MINUTES = new RegExp(say('display.aboutMinutes', { count: 987 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('987', '\\d+'));
  const COUNTDOWN = /\b\d{1,2}:\d\d\b/;

  let meeting: CreatedMeeting;
  let display: Person;
  let anna: Person;
  let ben: Person;
  let cleo: Person;
  const contexts: BrowserContext[] = [];
  const missing: string[] = [];
  const people = () => [display, anna, ben, cleo];

  /** The leader's command, from a second device of theirs. */
  async function lead(build: Command | ((view: LeadersView) => Command)): Promise<void> {
    const reply = await commandAs(server.url, meeting.leaderToken, (view) =>
      typeof build === 'function' ? build(view as LeadersView) : build,
    );
    expect(reply, JSON.stringify(build)).toMatchObject({ ok: true });
  }

  async function device(kind: 'phone' | 'projector', label: string, surface: Person['surface']): Promise<Person & { context: BrowserContext }> {
    const entered = await enter(browser, kind, server.url, label, surface, lang);
    contexts.push(entered.context);
    noteMissingWords(entered.context, label, missing);
    return entered;
  }

  /** A phone that lies face down: dark, no clock, nothing moving, no wake lock held. */
  async function expectPhoneDown(who: Person, state: string): Promise<void> {
    await expect.poll(() => who.page.evaluate(() => document.documentElement.classList.contains('theme-dark')), POLL).toBe(true);
    await expect.poll(() => wakeLocksHeld(who), { ...POLL, message: `${who.label}, ${state}: wake lock` }).toBe(0);
    expect(await who.page.getByRole('timer').count(), `${who.label}, ${state}: a clock`).toBe(0);
    expect(await screenText(who), `${who.label}, ${state}`).not.toMatch(COUNTDOWN);
    expect(await somethingMoves(who), `${who.label}, ${state}: something moves`).toEqual([]);
  }

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await keepEvidence(people(), `${lang} ${task.name}`);
  });

  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
  });

  it('members join while the wall shows the way in, large', async () => {
    meeting = await createMeeting(server.url, { title: 'Balint', language: lang });
    display = await device('projector', 'display', 'display');
    await display.page.goto(meeting.links.display);
    await showsPhase(display, phase('opening').title);
    await shows(display, say('display.joinHeading'));

    const phones = await Promise.all(['Anna', 'Ben'].map((name) => device('phone', name, 'member')));
    for (const phone of phones) await countWakeLocks(phone.context);
    [anna, ben] = phones as Person[] as [Person, Person];
    await Promise.all([joinWithName(anna, meeting.joinCode, 'Anna'), joinWithName(ben, meeting.joinCode, 'Ben')]);

    // Before phones go down a phone follows the meeting, lit, but with no countdown by default.
    for (const member of [anna, ben]) {
      await showsPhase(member, phase('opening').title);
      await expect.poll(() => wakeLocksHeld(member), POLL).toBe(1);
      expect(await member.page.getByRole('timer').count(), member.label).toBe(0);
    }
  });

  it('the case call is untimed for the room; the one picked learns at once that they present', async () => {
    await lead({ type: 'timer.resume' });
    await lead({ type: 'phase.next' });
    await Promise.all(people().filter(Boolean).map((who) => showsPhase(who, phase('case-call').title)));
    await anna.page.getByRole('button', { name: say('member.caseToggle'), exact: true }).click();
    await expect.poll(() => anna.page.getByRole('button', { name: say('member.caseToggle'), exact: true }).getAttribute('aria-pressed'), POLL).toBe('true');

    // Silence in the case call is part of the work: no time on the wall, however the leader set it.
    expect(await display.page.getByRole('timer').count()).toBe(0);
    await lead({ type: 'room.settings', displayClock: 'full' });
    await expect.poll(() => display.frames.some((frame) => frame.includes('"displayClock":"full"')), POLL).toBe(true);
    expect(await display.page.getByRole('timer').count()).toBe(0);
    await lead({ type: 'room.settings', displayClock: 'quiet' });
    // The meeting is under way: the way in shrinks to a corner, there all meeting.
    await display.page.getByText(say('display.joinHeading')).waitFor({ state: 'detached' });
    await display.page.locator('.display__join-corner', { hasText: `${meeting.joinCode.slice(0, 3)} ${meeting.joinCode.slice(3)}` }).waitFor();

    await lead((view) => ({ type: 'presenter.set', participantId: view.participants.find((member) => member.name === 'Anna')!.participantId }));
    await anna.page.getByRole('heading', { name: say('member.presentingTitle') }).waitFor();
    expect(await screenText(ben)).not.toContain(say('member.presentingTitle'));
  });

  it('from the presentation on, phones lie dark and still; the wall says the time roughly', async () => {
    await lead({ type: 'phase.next' });
    await Promise.all([display, anna, ben].map((who) => showsPhase(who, phase('presentation').title)));
    for (const member of [anna, ben]) await expectPhoneDown(member, 'presentation');
    await shows(anna, say('member.presentingTitle'));

    // The prompt is one tap away, not on the screen.
    const prompt = ben.page.getByText(phase('presentation').prompt, { exact: true });
    expect(await prompt.isVisible()).toBe(false);
    await ben.page.locator('summary', { hasText: say('member.promptToggle') }).click();
    await prompt.waitFor();
    await shot(ben, 'phone-dark');
    await expectAccessible(ben, `${lang}, phones down, prompt open`);

    await expect.poll(async () => (await screenText(display)).match(ABOUT_MINUTES)?.[0] ?? null, POLL).not.toBeNull();
    expect(await screenText(display)).not.toMatch(COUNTDOWN);
    expect(await display.page.locator('.timer__clock').count()).toBe(0);
    await shot(display, 'display-1920-quiet-clock');
  });

  it('a latecomer knocks at the locked room, is let in, and is first asked to come in quietly', async () => {
    await lead({ type: 'room.lock' });
    cleo = await device('phone', 'Cleo', 'member');
    await countWakeLocks((cleo as Person & { context: BrowserContext }).context);
    await cleo.page.goto(`/join/${meeting.joinCode}`);
    await cleo.page.getByLabel(say('join.name')).fill('Cleo');
    await cleo.page.getByRole('button', { name: say('join.submit'), exact: true }).click();
    await cleo.page.getByRole('alert').getByText(say('join.locked')).waitFor();
    await cleo.page.getByRole('button', { name: say('join.knock'), exact: true }).click();
    await cleo.page.getByRole('heading', { level: 1, name: say('knock.title') }).waitFor();
    await shows(cleo, say('knock.body'));
    await shot(cleo, 'phone-knock-waiting');
    await expectAccessible(cleo, `${lang}, knock waiting`);

    // The leader sees the name at the door, and lets Cleo in with one command.
    await lead((view) => {
      const knock = view.knocks.find((waiting) => waiting.name === 'Cleo');
      expect(knock).toBeDefined();
      return { type: 'knock.admit', knockId: knock!.knockId };
    });
    await cleo.page.getByRole('heading', { level: 1, name: say('late.titleTells') }).waitFor();
    await shows(cleo, say('member.youAre', { name: 'Cleo' }));
    await expect.poll(() => wakeLocksHeld(cleo), POLL).toBe(0);
    await shot(cleo, 'phone-latecomer');
    await expectAccessible(cleo, `${lang}, latecomer`);

    await cleo.page.getByRole('button', { name: say('late.continue'), exact: true }).click();
    await showsPhase(cleo, phase('presentation').title);
    await expectPhoneDown(cleo, 'presentation, after coming in');
  });

  it('the presenter listens with no countdown and no notice; the wall carries the notice, the phones do not', async () => {
    await lead({ type: 'phase.next' });
    await lead({ type: 'phase.next' });
    await showsPhase(anna, phase('discussion').title, { presenterListening: true });
    await shows(anna, say('member.listenBody'));
    await Promise.all([ben, cleo].map((member) => shows(member, say('member.stepBackHint'))));
    await expectPhoneDown(anna, 'listening');

    await lead({ type: 'notice.show', text: NOTICE });
    await showsNotice(display, NOTICE);
    // Ben was sent the notice with the rest of the room, and his dark phone does not show it.
    const plain = longestPlainRun(NOTICE);
    await expect.poll(() => ben.frames.some((frame) => frame.includes(plain)), POLL).toBe(true);
    for (const member of [anna, ben, cleo]) {
      expect(await screenText(member), member.label).not.toContain(NOTICE);
      expect(await member.page.getByRole('complementary', { name: say('common.noticeLabel') }).count(), member.label).toBe(0);
    }
    // The presenter's own phone is never even sent it.
    expect(anna.frames.some((frame) => frame.includes(plain)), 'the presenter was sent the notice').toBe(false);
    await shot(anna, 'phone-presenter-listening');
    await expectAccessible(anna, `${lang}, presenter listening`);

    // A room that asked for phone clocks gets them back; the presenter stays off the clock.
    await lead({ type: 'room.settings', phoneClock: true });
    await ben.page.getByRole('timer').waitFor();
    await expect.poll(() => wakeLocksHeld(ben), POLL).toBe(1);
    await showsNotice(ben, NOTICE);
    expect(await anna.page.getByRole('timer').count()).toBe(0);
    expect(await screenText(anna)).not.toContain(NOTICE);
    await lead({ type: 'room.settings', phoneClock: false });
    await expectPhoneDown(ben, 'discussion, the phone clock off again');
  });

  it('the wall blanks on the leader’s word and comes back; its clock is the leader’s choice', async () => {
    await lead({ type: 'display.blank', blank: true });
    await display.page.locator('.display--blank').waitFor();
    expect(await visibleText(display)).toBe('');
    await shot(display, 'display-1920-blank');
    await expectAccessible(display, `${lang}, blank`);
    await lead({ type: 'display.blank', blank: false });
    await showsPhase(display, phase('discussion').title);
    await showsNotice(display, NOTICE);

    await lead({ type: 'room.settings', displayClock: 'full' });
    await expect.poll(async () => (await screenText(display)).match(COUNTDOWN)?.[0] ?? null, POLL).not.toBeNull();
    await lead({ type: 'room.settings', displayClock: 'off' });
    await display.page.getByRole('timer').waitFor({ state: 'detached' });
    expect(await screenText(display)).not.toMatch(ABOUT_MINUTES);
    await lead({ type: 'room.settings', displayClock: 'quiet' });
    await expect.poll(async () => (await screenText(display)).match(ABOUT_MINUTES)?.[0] ?? null, POLL).not.toBeNull();
  });

  it('the presenter is welcomed back; the meeting ends', async () => {
    await lead({ type: 'phase.next' });
    await showsPhase(anna, phase('presenter-return').title);
    await anna.page.getByRole('heading', { name: say('member.turnTitle') }).waitFor();
    await expectPhoneDown(anna, 'returning');
    await shot(anna, 'phone-presenter-returns');

    if (lang === 'en') {
      // One who stops waiting is back at the form; one still waiting when the meeting ends is told, gently.
      const dara = await device('phone', 'Dara', 'member');
      await dara.page.goto(`/join/${meeting.joinCode}`);
      await dara.page.getByLabel(say('join.name')).fill('Dara');
      await dara.page.getByRole('button', { name: say('join.submit'), exact: true }).click();
      await dara.page.getByRole('button', { name: say('join.knock'), exact: true }).click();
      await dara.page.getByRole('heading', { level: 1, name: say('knock.title') }).waitFor();
      await dara.page.getByRole('button', { name: say('knock.stop'), exact: true }).click();
      await dara.page.getByRole('button', { name: say('join.knock'), exact: true }).waitFor();
      const leaders = await connect(server.url, meeting.leaderToken);
      try {
        await leaders.waitForView((view) => (view as LeadersView).knocks.length === 0);
      } finally {
        leaders.close();
      }
      await dara.page.getByRole('button', { name: say('join.knock'), exact: true }).click();
      await dara.page.getByRole('heading', { level: 1, name: say('knock.title') }).waitFor();
      await lead({ type: 'session.end' });
      await dara.page.getByRole('heading', { level: 1, name: say('join.refused') }).waitFor();
      await shot(dara, 'phone-knock-refused');
      await expectAccessible(dara, 'knock refused');
      expect(dara.errors).toEqual([]);
    } else {
      await lead({ type: 'session.end' });
    }
    await Promise.all([anna, ben, cleo].map((member) => member.page.getByRole('heading', { name: say('member.endedTitle') }).waitFor()));
    await display.page.getByRole('heading', { name: say('display.endedTitle') }).waitFor();
  });

  it('no page threw, and no word was missing', () => {
    for (const who of people()) expect(who.errors, who.label).toEqual([]);
    expect(missing).toEqual([]);
  });
});
