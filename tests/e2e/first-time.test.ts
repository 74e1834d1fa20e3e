// A first-time leader's hour, the stumbles of issue 12 each walked through in Chromium: the laptop at
// 1366×768, the display opened from another computer, the co-leader's phone, members' phones.
// The console's keys act on the meeting whatever control was clicked last; an undone advance gives
// the phase back exactly; the co-leader is seen arriving; pause signals are marked seen; the
// presenter is told at once; a wrong code is caught at "Continue". A group's meeting in German:
// first-time-group.test.ts.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/localize';
import type { Report } from '../../shared/report';
import { remainingAt } from '../../shared/timer';
import type { LeadersView } from '../../shared/views';
import type { Running } from '../integration/harness';
import { DEVICES, screenshot } from './browser';
import {
  button,
  copyCoLeaderLink,
  endMeeting,
  enter,
  joinWithName,
  type Leader,
  newestView,
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
import { closeStage, evidenceOnFailure, noteMissingWords, openStage } from './setup';
import { focusNothing } from './page-probes';
import { en, wordsIn } from './words';

const LAPTOP = { width: 1366, height: 768 };
const TITLES = LOCALES.en.phases;

let server: Running;
let browser: Browser;
let leader: Leader;
let display: Person | undefined;
let coLeader: (Person & { context: BrowserContext }) | undefined;
let anna: Person;
let ben: Person;
let sessionId = '';
let joinCode = '';
const contexts: BrowserContext[] = [];
const missing: string[] = [];

const leadersView = (): LeadersView => newestView(leader) as LeadersView;

async function device(kind: keyof typeof DEVICES, label: string, surface: Person['surface']) {
  const entered = await enter(browser, kind, server.url, label, surface);
  contexts.push(entered.context);
  noteMissingWords(entered.context, label, missing);
  return entered;
}

/** Waits until the leader's socket has been sent a view that satisfies `test`. */
async function leaderSees(test: (view: LeadersView) => boolean, message: string): Promise<LeadersView> {
  await expect.poll(() => {
    const seen = newestView(leader) as LeadersView | null;
    return seen !== null && test(seen);
  }, { ...POLL, message }).toBe(true);
  return leadersView();
}

beforeAll(async () => {
  ({ server, browser } = await openStage({ joinRatePerMinute: 1000 }));
});

afterEach(evidenceOnFailure(() => [leader, display, coLeader, anna, ben]));

afterAll(async () => {
  await closeStage({ server, browser }, contexts);
  expect(missing).toEqual([]);
});

describe("a first-time leader's hour", () => {
  it('starts on a 1366×768 laptop; two members join with the link', async () => {
    leader = await device('laptop', 'leader', 'leader');
    await leader.page.setViewportSize(LAPTOP);
    ({ sessionId, joinCode } = await startMeeting(leader, 'First hour'));
    anna = await device('phone', 'Anna', 'member');
    ben = await device('phone', 'Ben', 'member');
    await Promise.all([joinWithName(anna, joinCode, 'Anna'), joinWithName(ben, joinCode, 'Ben')]);
    await leader.page.getByRole('heading', { name: en('leader.participantsHeading', { count: 2 }) }).waitFor();
  });

  it('the two language pickers say which is which; the display link works on another computer, its QR only here', async () => {
    // This screen's language and the display's are two fields with two names.
    await leader.page.getByLabel(en('screenLanguage.label'), { exact: true }).waitFor();
    await leader.page.getByLabel(en('leader.roomLanguage'), { exact: true }).waitFor();
    expect(en('screenLanguage.label')).not.toBe(en('leader.roomLanguage'));

    const screens = leader.page.getByRole('region', { name: en('screens.heading') });
    await leader.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await screens.getByRole('button', { name: en('common.copyLabel', { label: en('screens.displayLink') }) }).click();
    const link = await leader.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`/s/${sessionId}/display#.+`));

    // The room's own computer: a browser that has never seen this meeting, no storage at all.
    const projector = await device('projector', 'display', 'display');
    display = projector;
    await projector.page.goto(link);
    await showsPhase(projector, TITLES.opening!.title);
    expect(await screenText(projector)).not.toContain(en('status.noTokenTitle'));
    // The projector's chime switch is named in words, not a bare bell.
    await projector.page.getByRole('button', { name: en('chime.display'), exact: true }).waitFor();

    // The QR of that private link shows on the laptop when asked for, with its warning; never on the wall.
    await screens.getByText(en('screens.displayQr'), { exact: true }).click();
    await screens.getByRole('img', { name: en('screens.displayQr') }).waitFor();
    await shows(leader, en('screens.displayQrWarning'));
    expect(await projector.page.getByRole('img', { name: en('screens.displayQr') }).count()).toBe(0);
    await screenshot(leader.page, 'first-time-console-display-qr');
  });

  it("the co-leader's way in: a QR with its warning, and the console sees them connect and leave", async () => {
    const screens = leader.page.getByRole('region', { name: en('screens.heading') });
    await screens.getByText(en('screens.coLeaderNotConnected')).waitFor();
    await screens.getByText(en('screens.coLeaderQr'), { exact: true }).click();
    await screens.getByRole('img', { name: en('screens.coLeaderQr') }).waitFor();
    await shows(leader, en('screens.coLeaderQrWarning'));

    coLeader = await device('phone', 'co-leader', 'co-leader');
    await coLeader.page.goto(await copyCoLeaderLink(leader));
    await coLeader.page.getByRole('heading', { name: en('coLeader.flagsHeading') }).waitFor();
    await screens.getByText(en('screens.coLeaderConnected')).waitFor();
    expect(leadersView().coLeaderConnected).toBe(true);

    // The phone locks: gone from the console, and back when it comes back.
    await coLeader.page.goto('about:blank');
    await screens.getByText(en('screens.coLeaderNotConnected')).waitFor();
    await coLeader.page.goBack();
    await screens.getByText(en('screens.coLeaderConnected')).waitFor();
  });

  it('the presenter is told at once; → after clicking a name advances the phase and keeps the presenter', async () => {
    await button(leader, en('leader.start')).click();
    await button(leader, en('leader.next')).click();
    await showsPhase(leader, TITLES['case-call']!.title);

    await pickPresenter(leader, 'Anna');
    // Anna's phone says so in the case call already, not phases later; Ben's does not.
    await anna.page.getByRole('heading', { name: en('member.presentingTitle') }).waitFor();
    expect(await screenText(ben)).not.toContain(en('member.presentingTitle'));

    // Focus is on Anna's name in the list. → is the console's key for the next phase, wherever focus is.
    expect(await presenterChoice(leader, 'Anna').evaluate((element) => element === document.activeElement)).toBe(true);
    await leader.page.keyboard.press('ArrowRight');
    await showsPhase(leader, TITLES.presentation!.title);
    await showsPhase(display!, TITLES.presentation!.title);
    expect(leadersView().presenter?.name).toBe('Anna');
    await presenterChoice(leader, 'Anna', { pressed: true }).waitFor();
    expect(await presenterChoice(leader, 'Ben').getAttribute('aria-pressed')).toBe('false');
    await shows(display!, en('common.presenter', { name: 'Anna' }));
  });

  it('after "+1 min", P pauses and resumes, and adds nothing; Space pauses where no control has focus', async () => {
    const before = leadersView().phase.timer.durationSec;
    await button(leader, en('leader.extend', { minutes: 1 })).click();
    await leaderSees((view) => view.phase.timer.durationSec === before + 60, 'one minute added');
    // Focus stays on "+1 min"; P is the pause key no control uses.
    await leader.page.keyboard.press('p');
    await leaderSees((view) => view.phase.timer.runningSince === null, 'paused with P');
    await button(leader, en('leader.resume')).waitFor();
    await leader.page.keyboard.press('p');
    await leaderSees((view) => view.phase.timer.runningSince !== null, 'resumed with P');
    expect(leadersView().phase.timer.durationSec).toBe(before + 60);

    // Nothing focused: Space pauses and resumes too.
    await focusNothing(leader);
    await leader.page.keyboard.press(' ');
    await leaderSees((view) => view.phase.timer.runningSince === null, 'paused with Space');
    await leader.page.keyboard.press(' ');
    await leaderSees((view) => view.phase.timer.runningSince !== null, 'resumed with Space');
    expect(leadersView().phase.timer.durationSec).toBe(before + 60);

    // A select keeps its value: → moves the meeting on, not the display's language.
    await leader.page.getByLabel(en('leader.roomLanguage'), { exact: true }).focus();
    await leader.page.keyboard.press('ArrowRight');
    await showsPhase(leader, TITLES['clarifying-questions']!.title);
    expect(leadersView().language).toBe('en');
    await leader.page.keyboard.press('ArrowLeft');
    await showsPhase(leader, TITLES.presentation!.title);

    // The list of keys names P.
    await focusNothing(leader);
    await leader.page.keyboard.press('?');
    const dialog = leader.page.getByRole('dialog', { name: en('leader.shortcutsHeading') });
    await dialog.getByText(en('leader.shortcuts.pause'), { exact: true }).waitFor();
    expect(await dialog.locator('kbd', { hasText: /^P$/ }).count()).toBe(1);
    await screenshot(leader.page, 'first-time-console-shortcuts');
    await dialog.getByRole('button', { name: en('common.close') }).click();
  });

  it('undo after 8 s gives the phase back exactly as it was: its time left, running or paused', async () => {
    const token = await rememberedToken(leader.page, sessionId, 'leader');
    const questions = async () => {
      const response = await fetch(`${server.url}/api/sessions/${sessionId}/report`, { headers: { authorization: `Bearer ${token}` } });
      const report = (await response.json()) as Report;
      return report.rounds[0]!.phases.find((phase) => phase.id === 'clarifying-questions')!;
    };
    // The questions ran for a moment on purpose before (→ and ← above): that much is theirs.
    const questionsBefore = await questions();

    // Running: advance by mistake, wait, undo.
    const running = leadersView().phase.timer;
    expect(running.runningSince).not.toBeNull();
    await focusNothing(leader);
    await leader.page.keyboard.press('ArrowRight');
    const slipped = await leaderSees((view) => view.phase.id === 'clarifying-questions', 'advanced by mistake');
    const advancedAt = slipped.phase.timer.runningSince!;
    await button(leader, en('leader.undo', { title: TITLES.presentation!.title })).waitFor();
    await leader.page.waitForTimeout(8_000);
    await button(leader, en('leader.undo', { title: TITLES.presentation!.title })).click();
    const back = await leaderSees((view) => view.phase.id === 'presentation', 'undone');
    // Exactly the time it had left at the moment of the advance, running again from the undo.
    expect(back.phase.timer.durationSec).toBe(running.durationSec);
    expect(back.phase.timer.elapsedMs).toBe(running.elapsedMs + (advancedAt - running.runningSince!));
    expect(remainingAt(back.phase.timer, back.phase.timer.runningSince!)).toBe(remainingAt(running, advancedAt));
    expect(back.phase.timer.runningSince).not.toBeNull();
    await showsPhase(display!, TITLES.presentation!.title);

    // Paused: it comes back paused, with the same time.
    await button(leader, en('leader.pause')).click();
    const paused = (await leaderSees((view) => view.phase.timer.runningSince === null, 'paused')).phase.timer;
    await focusNothing(leader);
    await leader.page.keyboard.press('ArrowRight');
    await leaderSees((view) => view.phase.id === 'clarifying-questions', 'advanced by mistake, paused');
    await leader.page.waitForTimeout(8_000);
    await leader.page.keyboard.press('u');
    const again = await leaderSees((view) => view.phase.id === 'presentation', 'undone with U');
    expect(again.phase.timer).toEqual(paused);
    await button(leader, en('leader.resume')).waitFor();

    // The 16 s spent in the questions by mistake count against them nowhere in the record.
    expect(await questions()).toEqual(questionsBefore);
    await button(leader, en('leader.resume')).click();
  });

  it('a pause signal: the co-leader sees it too; the leader marks it seen; "now" stands apart from "this meeting"', async () => {
    await ben.page.getByRole('button', { name: en('member.pauseButton'), exact: true }).click();
    await ben.page.getByRole('button', { name: en('member.pauseSend'), exact: true }).click();
    const signals = leader.page.getByRole('region', { name: en('leader.pauseSignals') });
    await signals.getByText(en('pauses.now', { count: 1 })).waitFor();
    await signals.getByText(en('pauses.meeting', { count: 1 }), { exact: false }).waitFor();
    await shows(coLeader!, en('coLeaderPauses.now', { count: 1 }));
    await screenshot(leader.page, 'first-time-console-pause-now');

    await signals.getByRole('button', { name: en('pauses.markSeen') }).click();
    await signals.getByText(en('pauses.noneNow')).waitFor();
    await signals.getByText(en('pauses.meeting', { count: 1 }), { exact: false }).waitFor();
    await shows(coLeader!, en('coLeaderPauses.noneNow'));
    await shows(coLeader!, en('coLeaderPauses.meeting', { count: 1 }));
    expect(await signals.getByRole('button', { name: en('pauses.markSeen') }).count()).toBe(0);
  });

  it('a wrong join code is caught at "Continue", before the name is asked for', async () => {
    const late = await device('phone', 'Cleo', 'member');
    await late.page.goto('/join');
    const say = wordsIn('en');
    await late.page.getByLabel(say('join.code')).fill('ZZZ999');
    expect(await late.page.getByLabel(say('join.name')).count()).toBe(0);
    await button(late, say('joinStep.continue')).click();
    await late.page.getByRole('alert').getByText(say('join.notFound')).waitFor();
    expect(await late.page.getByLabel(say('join.name')).count()).toBe(0);
    expect(await late.page.getByLabel(say('join.code')).getAttribute('aria-invalid')).toBe('true');

    await late.page.getByLabel(say('join.code')).fill(joinCode);
    await button(late, say('joinStep.continue')).click();
    await late.page.getByLabel(say('join.name')).fill('Cleo');
    await button(late, say('join.submit')).click();
    await late.page.getByText(say('member.youAre', { name: 'Cleo' })).waitFor();
  });

  it('ends; the record keeps no name', async () => {
    await endMeeting(leader, [display!, anna, ben]);
    const token = await rememberedToken(leader.page, sessionId, 'leader');
    const markdown = await (
      await fetch(`${server.url}/api/sessions/${sessionId}/report?format=md&lang=fr&tz=Europe/Paris`, { headers: { authorization: `Bearer ${token}` } })
    ).text();
    expect(markdown).not.toMatch(/Anna|Ben|Cleo/);
    expect(markdown).toContain('Europe/Paris');
  });
});
