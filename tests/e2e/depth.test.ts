// A ninety-minute meeting, the way a room lives it: two cases in the standard format, and in the
// middle of the second the leader's laptop drops out. The co-leader takes over on purpose from their
// phone, the leader comes back and takes the lead back in one action, and the meeting ends. What
// remains is the process record and the leaders' debrief: both cases, and who led when.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/report';
import { STANDARD_PHASE_IDS } from '../standard-phases';
import { en } from './words';
import type { Running } from '../integration/harness';
import { screenshot } from './browser';
import {
  button,
  copyCoLeaderLink,
  endMeeting,
  enter,
  joinWithName,
  openDisplay,
  type Person,
  pickPresenter,
  POLL,
  rememberedToken,
  screenText,
  shows,
  showsPhase,
  startMeeting,
  watch,
} from './room';
import { closeStage, evidenceOnFailure, openStage } from './setup';

/** The standard format as the leader sees it in English: ids, titles and planned seconds. */
const STANDARD = [
  { id: 'opening', title: 'Opening & frame', plannedSec: 180 },
  { id: 'case-call', title: 'Who has a case?', plannedSec: 120 },
  { id: 'presentation', title: 'Case presentation', plannedSec: 480 },
  { id: 'clarifying-questions', title: 'Clarifying questions', plannedSec: 300 },
  { id: 'discussion', title: 'Group discussion — presenter steps back', plannedSec: 1200 },
  { id: 'presenter-return', title: 'Presenter returns', plannedSec: 300 },
  { id: 'closing', title: 'Closing', plannedSec: 120 },
] as const;
const TITLE = Object.fromEntries(STANDARD.map((phase) => [phase.id, phase.title])) as Record<
  (typeof STANDARD)[number]['id'],
  string
>;

const MEETING = 'Ninety-minute group';
const NAMES = ['Anna', 'Benedikt'] as const;
/** How long the leader must be gone before the co-leader may take over, in this test's server. */
const TAKEOVER_AFTER_SEC = 2;

let server: Running;
let browser: Browser;
let sessionId = '';
let joinCode = '';
let leaderToken = '';
/** The leader's browser: it stays open while the laptop's page drops out, so its storage stays. */
let leaderContext: BrowserContext;
let leader: Person;
/** Every page the leader had, the one that dropped out included, for the error check at the end. */
const leaderPages: Person[] = [];
let display: Person;
let coLeader: Person;
let anna: Person;
let ben: Person;

const members = () => [anna, ben];
const everyone = () => [leader, display, coLeader, anna, ben];

/** The co-leader's screen names the phase: as the panel's title, or as the console's current step. */
async function coLeaderShowsPhase(title: string): Promise<void> {
  await coLeader.page.getByRole('heading', { name: title, exact: true }).first().waitFor();
}

/** The room without the leader's laptop: what must keep following while the leader is away. */
async function roomShowsPhase(title: string, presenter: Person | null = null): Promise<void> {
  await Promise.all([
    showsPhase(display, title),
    coLeaderShowsPhase(title),
    ...members().map((member) => showsPhase(member, title, { presenterListening: member === presenter })),
  ]);
}

async function allShowPhase(title: string, presenter: Person | null = null): Promise<void> {
  await Promise.all([showsPhase(leader, title), roomShowsPhase(title, presenter)]);
}

/** Clicks "Next phase" on a console and waits until every screen follows. */
async function advance(driver: Person, to: string, presenter: Person | null = null): Promise<void> {
  await button(driver, en('leader.next')).click();
  await allShowPhase(to, presenter);
}

/** A member offers a case on their phone, the leader picks them, and the wall names the presenter. */
async function offersTheCase(member: Person, name: string): Promise<void> {
  await button(member, en('member.caseToggle')).click();
  await shows(member, en('member.caseOn'));
  await pickPresenter(leader, name);
  await shows(display, en('common.presenter', { name }));
}

beforeAll(async () => {
  ({ server, browser } = await openStage({ takeoverAfterSec: TAKEOVER_AFTER_SEC }));
});

afterEach(evidenceOnFailure(() => everyone()));

afterAll(() => closeStage({ server, browser }));

describe('two cases, a takeover and a handback, and the debrief', () => {
  it('the leader starts the meeting, opens the display and shares the co-leader link; two members join', async () => {
    const laptop = await enter(browser, 'laptop', server.url, 'leader', 'leader');
    leader = laptop;
    leaderContext = laptop.context;
    leaderPages.push(laptop);
    ({ sessionId, joinCode } = await startMeeting(laptop, MEETING));
    leaderToken = await rememberedToken(laptop.page, sessionId, 'leader');

    display = await openDisplay(laptop);
    const link = await copyCoLeaderLink(laptop);
    coLeader = await enter(browser, 'phone', server.url, 'co-leader', 'co-leader');
    await coLeader.page.goto(link);
    await coLeader.page.getByRole('heading', { name: en('coLeader.flagsHeading') }).waitFor();

    anna = await enter(browser, 'phone', server.url, 'Anna', 'member');
    ben = await enter(browser, 'phone', server.url, 'Benedikt', 'member');
    await Promise.all([joinWithName(anna, joinCode, 'Anna'), joinWithName(ben, joinCode, 'Benedikt')]);
    await leader.page.getByRole('heading', { name: en('leader.participantsHeading', { count: 2 }) }).waitFor();
    await allShowPhase(TITLE.opening);
  });

  it('case 1 runs through every phase of the standard format', async () => {
    await button(leader, en('leader.start')).click();
    await button(leader, en('leader.pause')).waitFor();
    await shows(leader, `${en('budget.heading')} · ${en('budget.caseLabel', { number: 1 })}`);

    await advance(leader, TITLE['case-call']);
    await offersTheCase(anna, 'Anna');

    await advance(leader, TITLE.presentation);
    await advance(leader, TITLE['clarifying-questions']);
    await advance(leader, TITLE.discussion, anna);
    await advance(leader, TITLE['presenter-return']);
    await advance(leader, TITLE.closing);

    // The last phase of the case: no "Next phase" any more, the next case instead.
    await shows(leader, en('leader.lastPhase'));
    expect(await button(leader, en('leader.next')).count()).toBe(0);
    await button(leader, en('leader.nextCase')).waitFor();
  });

  it('"Start the next case" opens case 2 at the case call on every screen, with no presenter', async () => {
    await button(leader, en('leader.nextCase')).click();
    await leader.page.getByRole('dialog').getByRole('button', { name: en('leader.nextCase'), exact: true }).click();

    await allShowPhase(TITLE['case-call']);
    await shows(leader, `${en('budget.heading')} · ${en('budget.caseLabel', { number: 2 })}`);
    // Case 2 is called afresh: every phone offers "I have a case" again, and no one presents yet.
    await Promise.all(members().map((member) => button(member, en('member.caseToggle')).waitFor()));
    await expect.poll(() => screenText(display), POLL).not.toContain(en('common.presenter', { name: 'Anna' }));

    await offersTheCase(ben, 'Benedikt');

    await advance(leader, TITLE.presentation);
    await advance(leader, TITLE['clarifying-questions']);
  });

  it("the leader's laptop drops out: the co-leader may take over after the grace period, and leads", async () => {
    await leader.page.close();

    const card = coLeader.page.locator('.takeover');
    await card.getByText(en('coLeader.leaderAway')).waitFor();
    const takeover = card.getByRole('button', { name: en('coLeader.takeover'), exact: true });
    // Disabled while the server's grace period runs, then one tap away.
    await expect.poll(() => takeover.isEnabled(), POLL).toBe(true);
    await screenshot(coLeader.page, 'phone-co-leader-takeover-card');

    await takeover.click();
    await coLeader.page.getByRole('dialog').getByRole('button', { name: en('coLeader.takeover'), exact: true }).click();

    // The panel becomes a console, and says whose it is.
    await shows(coLeader, en('coLeader.leading'));
    await coLeader.page.locator('[aria-current="step"]').getByRole('heading', { name: TITLE['clarifying-questions'] }).waitFor();
    await screenshot(coLeader.page, 'phone-co-leader-console-after-takeover');

    await button(coLeader, en('leader.next')).click();
    // Benedikt presents this case: the co-leader's advance reaches his phone as "listen for now".
    await roomShowsPhase(TITLE.discussion, ben);
    await shows(anna, en('member.stepBackHint'));
  });

  it('the leader comes back, sees the co-leader leading, and takes the lead back in one action', async () => {
    const page = await leaderContext.newPage();
    leader = watch(page, 'leader-back', 'leader');
    leaderPages.push(leader);
    // The same browser: the token is remembered, the bare address is enough.
    await page.goto(`/s/${sessionId}/leader`);
    await showsPhase(leader, TITLE.discussion);

    const banner = page.locator('.lead-banner');
    await banner.getByText(en('leader.takenOver')).waitFor();
    const takeBack = banner.getByRole('button', { name: en('leader.takeBack'), exact: true });
    await takeBack.waitFor();
    // Two people never drive the room at once: the leader's controls wait for the handback.
    expect(await button(leader, en('leader.next')).isDisabled()).toBe(true);
    await screenshot(page, 'leader-console-while-co-leader-leads');

    await takeBack.click();
    await banner.waitFor({ state: 'hidden' });
    await expect.poll(() => button(leader, en('leader.next')).isEnabled(), POLL).toBe(true);
    // The co-leader is back on their flag panel.
    await coLeader.page.getByRole('heading', { name: en('coLeader.flagsHeading') }).waitFor();
    await coLeader.page.locator('.takeover').waitFor({ state: 'detached' });
    expect(await screenText(coLeader)).not.toContain(en('coLeader.leading'));

    await advance(leader, TITLE['presenter-return']);
    await ben.page.getByRole('heading', { name: en('member.turnTitle') }).waitFor();
  });

  it('the leader ends the meeting; the record holds both cases and the leadership changes, and no names', async () => {
    await endMeeting(leader, [display, coLeader, ...members()]);

    const response = await fetch(`${server.url}/api/sessions/${sessionId}/report`, {
      headers: { authorization: `Bearer ${leaderToken}` },
    });
    expect(response.status).toBe(200);
    const record = (await response.json()) as Report;
    expect(record).toMatchObject({ sessionId, title: MEETING, format: 'standard', endedAt: expect.any(Number) });
    expect(record.rounds).toHaveLength(2);
    for (const round of record.rounds) {
      expect(round.phases.map(({ id, title, plannedSec }) => ({ id, title, plannedSec }))).toEqual(STANDARD);
      for (const phase of round.phases) expect(phase.actualSec, phase.id).toBeGreaterThanOrEqual(0);
    }
    expect(record.rounds[0]!.phases.map((phase) => phase.plannedSec)).toEqual([180, 120, 480, 300, 1200, 300, 120]);

    // Case 1 visited every phase; case 2 opened at the case call and ended in the presenter's return.
    for (const phase of record.rounds[0]!.phases) expect(phase.startedAt, `case 1 ${phase.id}`).toEqual(expect.any(Number));
    const second = Object.fromEntries(record.rounds[1]!.phases.map((phase) => [phase.id, phase]));
    for (const id of ['opening', 'closing']) {
      expect(second[id], `case 2 ${id}`).toMatchObject({ actualSec: 0, startedAt: null });
    }
    for (const id of STANDARD_PHASE_IDS.slice(1, -1)) {
      expect(second[id]!.startedAt, `case 2 ${id}`).toEqual(expect.any(Number));
    }
    // Running time can only add up to at most the meeting's length (each phase rounded to a second).
    const meetingSec = (record.endedAt! - record.startedAt) / 1000;
    for (const round of record.rounds) {
      const ran = round.phases.reduce((sum, phase) => sum + phase.actualSec, 0);
      expect(ran).toBeLessThanOrEqual(Math.ceil(meetingSec) + round.phases.length);
    }
    expect(record.rounds[1]!.startedAt!).toBeGreaterThanOrEqual(record.rounds[0]!.phases.at(-1)!.startedAt!);

    // Exactly one takeover, then one handback: the takeover while the questions ran (the co-leader
    // then opened the discussion), the handback before the leader opened the presenter's return.
    expect(record.leadership.map((change) => change.event)).toEqual(['takeover', 'handback']);
    const [takeover, handback] = record.leadership as [Report['leadership'][number], Report['leadership'][number]];
    expect(takeover.at).toBeGreaterThanOrEqual(second['clarifying-questions']!.startedAt!);
    expect(takeover.at).toBeLessThanOrEqual(second.discussion!.startedAt!);
    expect(handback.at).toBeGreaterThanOrEqual(second.discussion!.startedAt!);
    expect(handback.at).toBeLessThanOrEqual(second['presenter-return']!.startedAt!);
    expect(handback.at).toBeLessThanOrEqual(record.endedAt!);

    const saved = JSON.stringify(record);
    for (const name of NAMES) expect(saved).not.toContain(name);
  });

  it("the debrief opens from the leader's ended screen with both cases, the takeover and the handback", async () => {
    await leader.page.getByRole('link', { name: en('common.openDebrief') }).click();
    await leader.page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    await leader.page.getByRole('heading', { name: en('debrief.caseHeading', { number: 1 }), exact: true }).waitFor();
    await leader.page.getByRole('heading', { name: en('debrief.caseHeading', { number: 2 }), exact: true }).waitFor();
    await shows(leader, en('debrief.summary', { cases: en('debrief.cases', { count: 2 }), flags: en('debrief.flagCount', { count: 0 }), pauses: en('debrief.pauseCount', { count: 0 }) }));

    const leadership = leader.page.getByRole('region', { name: en('debrief.leadershipHeading') });
    const changes = leadership.getByRole('listitem');
    await expect.poll(() => changes.count(), POLL).toBe(2);
    expect(await changes.nth(0).innerText()).toContain(en('debrief.takeover'));
    expect(await changes.nth(1).innerText()).toContain(en('debrief.handback'));
    expect(await leadership.innerText()).not.toContain(en('debrief.leaderThroughout'));

    const seen = await screenText(leader);
    for (const name of NAMES) expect(seen).not.toContain(name);
    await screenshot(leader.page, 'leader-debrief-two-cases');
  });

  it('no page threw an error along the way', () => {
    for (const who of [...leaderPages, display, coLeader, anna, ben]) expect(who.errors, who.label).toEqual([]);
  });
});
