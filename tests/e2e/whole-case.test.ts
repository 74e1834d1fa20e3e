// A whole case, the way a room lives it: the leader starts the meeting on a laptop and opens the
// display from the console, the co-leader and three members are on phones. Every phase of the
// standard format passes on every screen; a flag stays with the leaders, a redirect reaches the
// room, a pause signal reaches the console as a count; at the end every screen says so.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FLAG_CATALOG } from '../../shared/flags';
import type { LeadersView } from '../../shared/views';
import { en } from './words';
import { removeDir, startServer, type Running } from '../integration/harness';
import { DEVICES, launchChromium, screenshot } from './browser';
import {
  CLIENT_DIR,
  POLL,
  commandAs,
  copyCoLeaderLink,
  enter,
  inSight,
  joinWithName,
  keepEvidence,
  openDisplay,
  rememberedToken,
  screenText,
  shows,
  showsNotice,
  showsPhase,
  startMeeting,
  type Person,
  pickPresenter,
} from './room';

const PHASES = {
  opening: 'Opening & frame',
  caseCall: 'Who has a case?',
  presentation: 'Case presentation',
  questions: 'Clarifying questions',
  discussion: 'Group discussion — presenter steps back',
  presenterReturn: 'Presenter returns',
  closing: 'Closing',
} as const;

const MEETING = 'Tuesday group';
const FLAG = FLAG_CATALOG['cross-examination'];
const FLAG_NOTE = 'Benedikt asked why three times';
const PAUSE_NOTICE = "Let's take two minutes' pause.";

let server: Running;
let browser: Browser;
let sessionId = '';
let joinCode = '';
let leader: Person;
let display: Person;
let coLeader: Person;
let anna: Person;
let ben: Person;
let cleo: Person;

const everyone = () => [leader, display, coLeader, anna, ben, cleo];
/** Those who must never learn of a flag, a note or a pause signal. */
const theRoom = () => [display, anna, ben, cleo];
const members = () => [anna, ben, cleo];

async function allShowPhase(title: string, presenter: Person | null = null): Promise<void> {
  await Promise.all(everyone().map((who) => showsPhase(who, title, { presenterListening: who === presenter })));
}

function button(who: Person, name: string) {
  return who.page.getByRole('button', { name, exact: true });
}

beforeAll(async () => {
  server = await startServer({ clientDir: CLIENT_DIR });
  browser = await launchChromium();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await keepEvidence(everyone(), task.name);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

describe('a whole case in the standard format', () => {
  it('the leader starts the meeting from the start page and opens the display from the console', async () => {
    const laptop = await enter(browser, 'laptop', server.url, 'leader', 'leader');
    leader = laptop;
    ({ sessionId, joinCode } = await startMeeting(laptop, MEETING));
    await showsPhase(leader, PHASES.opening);
    // The token came in the fragment and must not stay on screen.
    expect(new URL(laptop.page.url()).hash).toBe('');
    expect(joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);

    display = await openDisplay(laptop);
    await showsPhase(display, PHASES.opening);
    await shows(display, en('display.joinHeading'));
    await shows(display, `${joinCode.slice(0, 3)} ${joinCode.slice(3)}`);

    const link = await copyCoLeaderLink(laptop);
    expect(link).toMatch(new RegExp(`/s/${sessionId}/co-leader#.+`));
    coLeader = await enter(browser, 'phone', server.url, 'co-leader', 'co-leader');
    await coLeader.page.goto(link);
    await coLeader.page.getByRole('heading', { name: en('coLeader.flagsHeading') }).waitFor();
    await showsPhase(coLeader, PHASES.opening);
  });

  it('members join on their phones with the join link and a first name', async () => {
    anna = await enter(browser, 'phone', server.url, 'Anna', 'member');
    await anna.page.goto(`/join/${joinCode}`);
    await expect.poll(() => anna.page.getByLabel(en('join.code')).inputValue(), POLL).toBe(joinCode);
    await screenshot(anna.page, 'phone-join-form');
    await anna.page.getByLabel(en('join.name')).fill('Anna');
    await button(anna, en('join.submit')).click();
    await anna.page.getByText(en('member.youAre', { name: 'Anna' })).waitFor();

    ben = await enter(browser, 'phone', server.url, 'Benedikt', 'member');
    cleo = await enter(browser, 'phone', server.url, 'Cleo', 'member');
    await Promise.all([joinWithName(ben, joinCode, 'Benedikt'), joinWithName(cleo, joinCode, 'Cleo')]);

    await Promise.all(members().map((member) => showsPhase(member, PHASES.opening)));
    await leader.page.getByRole('heading', { name: en('leader.participantsHeading', { count: 3 }) }).waitFor();
    for (const name of ['Anna', 'Benedikt', 'Cleo']) await leader.page.getByRole('radio', { name }).waitFor();
    await screenshot(ben.page, 'phone-member-opening');
    await screenshot(display.page, 'display-1920-opening');
  });

  it('the case call: a member says "I have a case" and the leader picks them as presenter', async () => {
    await button(leader, en('leader.start')).click();
    await button(leader, en('leader.pause')).waitFor();
    await button(leader, en('leader.next')).click();
    await allShowPhase(PHASES.caseCall);

    await button(anna, en('member.caseToggle')).click();
    await shows(anna, en('member.caseOn'));
    await expect.poll(() => button(anna, en('member.caseToggle')).getAttribute('aria-pressed'), POLL).toBe('true');
    expect(await button(ben, en('member.caseToggle')).getAttribute('aria-pressed')).toBe('false');

    const volunteer = leader.page.locator('label', { has: leader.page.getByRole('radio', { name: 'Anna' }) });
    await volunteer.getByText(en('leader.volunteered')).waitFor();
    await screenshot(leader.page, 'leader-case-call-volunteer');
    await pickPresenter(leader, 'Anna');
    await shows(display, en('common.presenter', { name: 'Anna' }));
  });

  it('the presentation and the clarifying questions reach every screen', async () => {
    await button(leader, en('leader.next')).click();
    await allShowPhase(PHASES.presentation);
    // The case toggle belongs to the case call only.
    expect(await button(ben, en('member.caseToggle')).count()).toBe(0);
    await button(leader, en('leader.next')).click();
    await allShowPhase(PHASES.questions);
  });

  it('the discussion: the presenter listens for now, the others speak to the group', async () => {
    await button(leader, en('leader.next')).click();
    await allShowPhase(PHASES.discussion, anna);

    await shows(anna, en('member.listenBody'));
    for (const member of [ben, cleo]) await shows(member, en('member.stepBackHint'));
    expect(await screenText(anna)).not.toContain(en('member.stepBackHint'));
    expect(await screenText(ben)).not.toContain(en('member.listenTitle'));
    await screenshot(anna.page, 'phone-presenter-listening');
    await screenshot(ben.page, 'phone-member-discussion');
  });

  it('a co-leader flag reaches the leader console only; its redirect reaches the room', async () => {
    await coLeader.page.getByLabel(en('coLeader.note')).fill(FLAG_NOTE);
    await coLeader.page.getByRole('button', { name: new RegExp(`^${FLAG.label}`) }).click();
    await shows(coLeader, en('coLeader.raised', { label: FLAG.label }));
    await screenshot(coLeader.page, 'phone-co-leader-panel');

    const card = leader.page.locator('.flag', { hasText: FLAG.label });
    await card.getByText(`“${FLAG_NOTE}”`).waitFor();
    await expect.poll(() => leader.page.title(), POLL).toBe(en('common.pageTitleWithFlags', { meeting: MEETING, flags: 1 }));
    await screenshot(leader.page, 'leader-console-flag');

    await card.getByRole('button', { name: en('leader.acknowledge') }).click();
    await card.getByText(en('leader.flagStatus.acknowledged')).waitFor();
    await shows(coLeader, en('coLeader.status.acknowledged'));

    await card.getByRole('button', { name: en('leader.redirect') }).click();
    expect(await card.getByLabel(en('leader.redirectLabel')).inputValue()).toBe(FLAG.redirect);
    await card.getByRole('button', { name: en('leader.sendRedirect') }).click();

    // The redirect is on every screen in the room, the presenter's calm one included.
    await Promise.all(theRoom().map((who) => showsNotice(who, FLAG.redirect!)));
    await shows(coLeader, en('coLeader.status.resolved'));
    await screenshot(display.page, 'display-1920-redirect');

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
    await button(ben, en('member.pauseButton')).click();
    await button(ben, en('member.pauseSend')).click();
    await shows(ben, en('member.pauseSent'));

    const count = leader.page.locator('.pause-signals__count');
    await expect.poll(() => count.innerText(), POLL).toBe('1');
    await shows(leader, en('leader.pauseSignalNew'));
    await screenshot(leader.page, 'leader-console-pause-signal');

    // The leader answers the room, not the person: a notice every screen is sent after the signal.
    await leader.page.getByLabel(en('leader.noticeText')).fill(PAUSE_NOTICE);
    await button(leader, en('leader.showNotice')).click();
    await Promise.all(theRoom().map((who) => showsNotice(who, PAUSE_NOTICE)));

    for (const who of theRoom()) {
      const seen = await screenText(who);
      expect(seen, who.label).not.toContain(en('leader.pauseSignals'));
      expect(seen, who.label).not.toContain(en('leader.pauseSignalNew'));
      expect(who.frames.join('\n'), who.label).not.toContain('pauseSignals');
    }
    for (const who of [display, anna, cleo]) expect(await screenText(who), who.label).not.toContain(en('member.pauseSent'));
  });

  it('a phase that runs over says so in words on the projector, at 1920×1080 and 1280×720', async () => {
    // Re-timed to ten seconds, the discussion has run over already or will in a few seconds.
    const token = await rememberedToken(leader.page, sessionId, 'leader');
    const reply = await commandAs(server.url, token, (view) => ({
      type: 'phases.update',
      phases: (view as LeadersView).plan.map((phase) =>
        phase.id === 'discussion' ? { ...phase, durationSec: 10 } : phase,
      ),
    }));
    expect(reply.ok).toBe(true);

    // Amber alone is not enough: "over time" must be there, in sight, under a two-line title and a notice.
    const overrun = display.page.locator('.timer__mark', { hasText: en('common.overTime') });
    await overrun.waitFor();
    await expect.poll(() => inSight(overrun), { ...POLL, message: '"over time" in sight at 1920×1080' }).toBe(true);
    await screenshot(display.page, 'display-1920-overrun');
    await display.page.setViewportSize(DEVICES.smallProjector.viewport);
    await expect.poll(() => inSight(overrun), { ...POLL, message: '"over time" in sight at 1280×720' }).toBe(true);
    await screenshot(display.page, 'display-1280-overrun');
    await display.page.setViewportSize(DEVICES.projector.viewport);

    await Promise.all([leader, ben, cleo, anna].map((who) => shows(who, en('common.overTime'))));
  });

  it('the presenter returns, the case closes, and the meeting ends on every screen', async () => {
    await button(leader, en('leader.next')).click();
    await allShowPhase(PHASES.presenterReturn);
    await anna.page.getByRole('heading', { name: en('member.turnTitle') }).waitFor();
    expect(await screenText(ben)).not.toContain(en('member.turnTitle'));

    await button(leader, en('leader.next')).click();
    await allShowPhase(PHASES.closing);
    await shows(leader, en('leader.lastPhase'));
    await screenshot(display.page, 'display-1920-closing');
    await display.page.setViewportSize(DEVICES.smallProjector.viewport);
    await screenshot(display.page, 'display-1280-closing');

    const token = await rememberedToken(leader.page, sessionId, 'leader');
    await button(leader, en('leader.end')).click();
    await leader.page.getByRole('dialog').getByRole('button', { name: en('leader.end') }).click();

    await leader.page.getByRole('heading', { name: en('leader.endedTitle') }).waitFor();
    await display.page.getByRole('heading', { name: en('display.endedTitle') }).waitFor();
    await coLeader.page.getByRole('heading', { name: en('leader.endedTitle') }).waitFor();
    await Promise.all(members().map((member) => member.page.getByRole('heading', { name: en('member.endedTitle') }).waitFor()));
    await screenshot(anna.page, 'phone-member-ended');

    // What remains is the process record: every phase, the flag and how it was handled, the count.
    const response = await fetch(`${server.url}/api/sessions/${sessionId}/report`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const record = await response.json();
    expect(record.endedAt).toEqual(expect.any(Number));
    expect(record.rounds[0].phases.map((phase: { id: string }) => phase.id)).toEqual([
      'opening',
      'case-call',
      'presentation',
      'clarifying-questions',
      'discussion',
      'presenter-return',
      'closing',
    ]);
    expect(record.flags).toEqual([expect.objectContaining({ kind: FLAG.kind, status: 'resolved', phaseId: 'discussion' })]);
    expect(record.pauseSignals).toBe(1);
    const saved = JSON.stringify(record);
    for (const secret of ['Anna', 'Benedikt', 'Cleo', FLAG_NOTE]) expect(saved).not.toContain(secret);
  });

  it('no page threw an error along the way', () => {
    for (const who of everyone()) expect(who.errors, who.label).toEqual([]);
  });
});
