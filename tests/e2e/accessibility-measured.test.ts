// What axe cannot see, measured in the browser: touch target sizes, reflow at 320 px with text at
// 200 %, reduced motion, a visible focus indicator on every focusable element, no keyboard trap,
// focus back where it was after a dialog, and the live region speaking phase changes and notices.
// A meeting of its own, so these tests do not depend on the states the axe tests leave behind.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FLAG_CATALOG } from '../../shared/flags';
import { en } from './words';
import type { Running } from '../integration/harness';
import { DEVICES } from './browser';
import { expectTouchTargets } from './touch';
import {
  commandAs,
  copyCoLeaderLink,
  enter,
  joinWithName,
  keepEvidence,
  openDisplay,
  POLL,
  rememberedToken,
  shows,
  showsNotice,
  startMeeting,
  type Leader,
  type Person,
  pickPresenter,
} from './room';
import { closeStage, openStage } from './setup';
import {
  enlargeText,
  expectReflows,
  motionProblems,
  expectKeyboardReachable,
  liveRegion,
  countAnnouncements,
  announcements,
} from './accessibility-checks';

const NOTICE = 'Five more minutes, then we turn back to the presenter.';

let server: Running;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openStage());
});

afterAll(() => closeStage({ server, browser }));

describe('what axe cannot see, measured in the browser', () => {
  let chair: Leader;
  let wall: Person;
  let second: Person & { context: BrowserContext };
  let cleo: Person & { context: BrowserContext };
  let code = '';
  let sessionId = '';
  const everyone = () => [chair, wall, second, cleo];

  beforeAll(async () => {
    chair = await enter(browser, 'laptop', server.url, 'chair', 'leader');
    ({ joinCode: code, sessionId } = await startMeeting(chair, 'Measured group'));
    cleo = await enter(browser, 'phone', server.url, 'Cleo', 'member');
    await joinWithName(cleo, code, 'Cleo');
    second = await enter(browser, 'phone', server.url, 'second', 'co-leader');
    await second.page.goto(await copyCoLeaderLink(chair));
    await second.page.getByRole('heading', { name: en('coLeader.flagsHeading') }).waitFor();
    wall = await openDisplay(chair, 'projector');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await keepEvidence(everyone(), task.name);
  });

  afterAll(async () => {
    for (const who of [chair, cleo, second]) await who?.context.close();
  });

  it('says phase changes and notices in the live region on every surface, not every tick', async () => {
    // Every screen shows a ticking clock in this room: the phones' and the wall's full one turned on.
    const token = await rememberedToken(chair.page, sessionId, 'leader');
    expect(await commandAs(server.url, token, () => ({ type: 'room.settings', phoneClock: true, displayClock: 'full' }))).toMatchObject({ ok: true });
    for (const who of everyone()) await countAnnouncements(who.page);
    await chair.page.getByRole('button', { name: en('leader.start'), exact: true }).click();

    // The clock ticks on every screen; the live region keeps quiet while it does.
    for (const who of everyone()) {
      const clock = who.page.getByRole('timer').first();
      await clock.waitFor();
      const before = await clock.getAttribute('aria-label');
      await expect.poll(() => clock.getAttribute('aria-label'), { ...POLL, message: who.label }).not.toBe(before);
      const after = await clock.getAttribute('aria-label');
      await expect.poll(() => clock.getAttribute('aria-label'), { ...POLL, message: who.label }).not.toBe(after);
    }
    for (const who of everyone()) expect(await announcements(who.page), who.label).toEqual([]);

    await chair.page.getByRole('button', { name: en('leader.next'), exact: true }).click();
    for (const who of everyone()) {
      await expect.poll(() => liveRegion(who.page).textContent(), { ...POLL, message: who.label }).toBe(en('common.announcePhase', { title: 'Who has a case?' }));
    }

    await chair.page.getByLabel(en('leader.noticeText')).fill(NOTICE);
    await chair.page.getByRole('button', { name: en('leader.showNotice'), exact: true }).click();
    for (const who of everyone()) {
      await expect.poll(() => liveRegion(who.page).textContent(), { ...POLL, message: who.label }).toBe(en('common.announceNotice', { notice: NOTICE }));
    }
    for (const who of everyone()) {
      expect(await announcements(who.page), who.label).toEqual([en('common.announcePhase', { title: 'Who has a case?' }), en('common.announceNotice', { notice: NOTICE })]);
    }
    // Back to the room's defaults for what follows: a quiet wall, phones with no clock.
    expect(await commandAs(server.url, token, () => ({ type: 'room.settings', phoneClock: false, displayClock: 'quiet' }))).toMatchObject({ ok: true });
  });

  it('gives every control on the phones at least 44 × 44 px, and on the console', async () => {
    await shows(cleo, en('member.caseHint'));
    await expectTouchTargets(cleo, 'case call');
    await cleo.page.getByRole('button', { name: en('member.pauseButton'), exact: true }).click();
    await expectTouchTargets(cleo, 'asking for a pause');
    await cleo.page.getByRole('button', { name: en('common.cancel'), exact: true }).click();

    // The presenter's calm screen: the phase folded away under a summary, the pause button.
    await pickPresenter(chair, 'Cleo');
    await chair.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Group discussion — presenter steps back' }) }).click();
    await cleo.page.getByRole('heading', { name: en('member.listenTitle') }).waitFor();
    await expectTouchTargets(cleo, 'presenter listening');
    await expectKeyboardReachable(cleo, 'presenter listening');
    await chair.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Who has a case?' }) }).click();
    await shows(cleo, en('member.caseHint'));

    await expectTouchTargets(second, 'fresh');
    await second.page.getByLabel(en('coLeader.note')).fill('Questions piling up');
    await expectTouchTargets(second, 'note typed');

    await expectTouchTargets(chair, 'case call with a notice');
    await expectTouchTargets(wall, 'case call with a notice');
  });

  it('shows where the keyboard is on every control, with no trap, and dialogs give focus back', async () => {
    await expectKeyboardReachable(cleo, 'case call');
    await expectKeyboardReachable(second, 'fresh');
    await expectKeyboardReachable(chair, 'case call with a notice');
    await expectKeyboardReachable(wall, 'case call with a notice (dark theme)');

    // "End meeting" opens a modal; Escape closes it and the keyboard is back on the button.
    const end = chair.page.getByRole('button', { name: en('leader.end'), exact: true });
    await end.focus();
    await chair.page.keyboard.press('Enter');
    const dialog = chair.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await chair.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await end.evaluate((element) => element === document.activeElement)).toBe(true);

    const shortcuts = chair.page.getByRole('button', { name: en('leader.shortcutsButton'), exact: true });
    await shortcuts.focus();
    await chair.page.keyboard.press('Enter');
    await chair.page.getByRole('dialog').waitFor();
    await chair.page.keyboard.press('Escape');
    await chair.page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await shortcuts.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('stops animations and transitions when the device asks for reduced motion', async () => {
    for (const who of everyone()) await who.page.emulateMedia({ reducedMotion: 'reduce' });
    // What moves on these screens: a fresh flag and a fresh pause signal on the console, a notice arriving.
    await second.page.getByRole('button', { name: new RegExp(`^${FLAG_CATALOG.airtime.label}`) }).click();
    await chair.page.locator('.flag--fresh').waitFor();
    await cleo.page.getByRole('button', { name: en('member.pauseButton'), exact: true }).click();
    await cleo.page.getByRole('button', { name: en('member.pauseSend'), exact: true }).click();
    await chair.page.locator('.pause-signals--fresh').waitFor();
    await chair.page.getByLabel(en('leader.noticeText')).fill('Let us hear from someone new.');
    await chair.page.getByRole('button', { name: en('leader.showNotice'), exact: true }).click();
    // Cleo presents now, and a presenter's phone never shows a notice: the wall's is the one that arrives.
    await showsNotice(wall, 'Let us hear from someone new.');
    for (const who of everyone()) expect(await motionProblems(who.page), who.label).toEqual([]);
    for (const who of everyone()) await who.page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('reflows at 320 px with text at 200 %, on the join form, the member view and the co-leader panel', async () => {
    const narrow = await enter(browser, 'phone', server.url, 'Dara', 'member');
    try {
      await narrow.page.setViewportSize({ width: 320, height: 640 });
      await narrow.page.goto(`/join/${code}`);
      await narrow.page.getByLabel(en('join.name')).waitFor();
      await enlargeText(narrow.page);
      await expectReflows(narrow, 'join form');
      await narrow.page.getByLabel(en('join.name')).fill('Dara');
      await narrow.page.getByRole('button', { name: en('join.submit'), exact: true }).click();
      await narrow.page.getByText(en('member.youAre', { name: 'Dara' })).waitFor();
      await enlargeText(narrow.page);
      // Shown again: a notice clears itself after a minute, and this one may be older by now.
      const token = await rememberedToken(chair.page, sessionId, 'leader');
      expect(await commandAs(server.url, token, () => ({ type: 'notice.show', text: 'Let us hear from someone new, please.' }))).toMatchObject({ ok: true });
      await showsNotice(narrow, 'Let us hear from someone new, please.');
      await expectReflows(narrow, 'case call with a notice');
      await narrow.page.getByRole('button', { name: en('member.caseToggle'), exact: true }).click();
      await shows(narrow, en('member.caseOn'));
      await narrow.page.getByRole('button', { name: en('member.pauseButton'), exact: true }).click();
      await expectReflows(narrow, 'case pressed, asking for a pause');
      await chair.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Group discussion — presenter steps back' }) }).click();
      await shows(narrow, en('member.stepBackHint'));
      await expectReflows(narrow, 'discussion, phones down, with the step-back hint');
      await narrow.page.getByText(en('member.promptToggle')).click();
      await expectReflows(narrow, 'discussion, phones down, the prompt open');
      // Twenty minutes on the clock, where the room turned phone clocks on: the widest time a phase
      // of the standard format shows.
      expect(await commandAs(server.url, token, () => ({ type: 'room.settings', phoneClock: true }))).toMatchObject({ ok: true });
      await narrow.page.getByRole('timer').waitFor();
      await expectReflows(narrow, 'discussion, with the phone clock and the step-back hint');
      expect(await commandAs(server.url, token, () => ({ type: 'room.settings', phoneClock: false }))).toMatchObject({ ok: true });

      await second.page.setViewportSize({ width: 320, height: 640 });
      await enlargeText(second.page);
      await expectReflows(second, 'with flags raised');
    } finally {
      await narrow.context.close();
    }
  });

  it('holds on the start page, a group page and the debrief too', async () => {
    const host = await enter(browser, 'phone', server.url, 'host', 'leader');
    try {
      await host.page.goto('/');
      await host.page.getByRole('heading', { name: en('landing.startHeading') }).waitFor();
      await expectTouchTargets(host, 'start page');
      await expectKeyboardReachable(host, 'start page');
      await host.page.setViewportSize({ width: 320, height: 640 });
      await enlargeText(host.page);
      await expectReflows(host, 'start page');

      await host.page.getByLabel(en('landing.groupName')).fill('Thursday group');
      await host.page.getByRole('button', { name: en('landing.groupStart'), exact: true }).click();
      await host.page.getByRole('heading', { level: 1, name: 'Thursday group' }).waitFor();
      await enlargeText(host.page);
      await expectReflows(host, 'group page');
      await host.page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
      await host.page.setViewportSize(DEVICES.phone.viewport);
      await expectTouchTargets(host, 'group page');
      await expectKeyboardReachable(host, 'group page');
    } finally {
      await host.context.close();
    }

    await chair.page.getByRole('button', { name: en('leader.end'), exact: true }).click();
    await chair.page.getByRole('dialog').getByRole('button', { name: en('leader.end') }).click();
    await chair.page.getByRole('link', { name: en('common.openDebrief') }).click();
    await chair.page.getByRole('heading', { level: 1, name: 'Measured group' }).waitFor();
    await chair.page.getByRole('heading', { name: en('debrief.caseHeading', { number: 1 }), exact: true }).waitFor();
    await expectTouchTargets(chair, 'debrief');
    await expectKeyboardReachable(chair, 'debrief');
    await chair.page.setViewportSize({ width: 320, height: 640 });
    await enlargeText(chair.page);
    await expectReflows(chair, 'debrief');
  });
});
