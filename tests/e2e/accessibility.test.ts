// axe-core on every surface, each in the state that holds the most: the console with an open flag,
// a notice and a pause signal; the display with that notice; a member with the case toggle pressed;
// a member's phone lying dark in the discussion; the presenter listening. Serious and critical
// findings fail the test and are listed in full. (The room's new screens in every language:
// room-first.test.ts.)
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { FLAG_CATALOG } from '../../shared/flags';
import { en } from './words';
import type { Running } from '../integration/harness';
import { expectAccessible } from './browser';
import {
  allShowEnded,
  copyCoLeaderLink,
  enter,
  openDisplay,
  POLL,
  shows,
  showsNotice,
  showsPhase,
  startMeeting,
  type Leader,
  type Person,
  pickPresenter,
} from './room';
import { closeStage, evidenceOnFailure, openStage } from './setup';

const NOTICE = 'Five more minutes, then we turn back to the presenter.';
const OPEN_FLAG = FLAG_CATALOG.judgement;
const WALL_FLAG = FLAG_CATALOG['medical-drift'];

let server: Running;
let browser: Browser;
let leader: Leader;
let display: Person;
let coLeader: Person;
let anna: Person;
let ben: Person;
let joinCode = '';

beforeAll(async () => {
  ({ server, browser } = await openStage());
});

afterEach(evidenceOnFailure(() => [leader, display, coLeader, anna, ben]));

afterAll(() => closeStage({ server, browser }));

describe('no serious or critical accessibility violations', () => {
  it('on the start page, on a phone and on a laptop', async () => {
    for (const device of ['phone', 'laptop'] as const) {
      const visitor = await enter(browser, device, server.url, `landing-${device}`, 'member');
      await visitor.page.goto('/');
      await visitor.page.getByRole('heading', { name: en('landing.startHeading') }).waitFor();
      // The footer says the version the client was built from: package.json's.
      const version = visitor.page.locator('footer').getByText(en('landing.version', { version: packageJson.version }));
      expect(await version.isVisible()).toBe(true);
      await expectAccessible(visitor, 'start page');
      await visitor.context.close();
    }
  });

  it('on the leader console, just started', async () => {
    leader = await enter(browser, 'laptop', server.url, 'leader', 'leader');
    ({ joinCode } = await startMeeting(leader, 'Accessible group'));
    await expectAccessible(leader, 'just started');
  });

  it('on the join form, empty and with an error', async () => {
    anna = await enter(browser, 'phone', server.url, 'Anna', 'member');
    await anna.page.goto(`/join/${joinCode}`);
    await anna.page.getByLabel(en('join.name')).waitFor();
    await expectAccessible(anna, 'join form');
    await anna.page.getByRole('button', { name: en('join.submit'), exact: true }).click();
    await anna.page.getByRole('alert').getByText(en('join.nameMissing')).waitFor();
    await expectAccessible(anna, 'join form with an error');
  });

  it('on the member view, and with "I have a case" pressed', async () => {
    await anna.page.getByLabel(en('join.name')).fill('Anna');
    await anna.page.getByRole('button', { name: en('join.submit'), exact: true }).click();
    await anna.page.getByText(en('member.youAre', { name: 'Anna' })).waitFor();
    await expectAccessible(anna, 'opening');

    await leader.page.getByRole('button', { name: en('leader.start'), exact: true }).click();
    await leader.page.getByRole('button', { name: en('leader.next'), exact: true }).click();
    await showsPhase(anna, 'Who has a case?');
    await anna.page.getByRole('button', { name: en('member.caseToggle'), exact: true }).click();
    await shows(anna, en('member.caseOn'));
    await expectAccessible(anna, 'case call, case toggle pressed');
  });

  it('on the co-leader panel, fresh and after raising flags', async () => {
    coLeader = await enter(browser, 'phone', server.url, 'co-leader', 'co-leader');
    await coLeader.page.goto(await copyCoLeaderLink(leader));
    await coLeader.page.getByRole('heading', { name: en('coLeader.flagsHeading') }).waitFor();
    await expectAccessible(coLeader, 'fresh');

    await coLeader.page.getByLabel(en('coLeader.note')).fill('Laughed at the patient');
    await coLeader.page.getByRole('button', { name: new RegExp(`^${OPEN_FLAG.label}`) }).click();
    await shows(coLeader, en('coLeader.raised', { label: OPEN_FLAG.label }));
    await coLeader.page.getByRole('button', { name: new RegExp(`^${FLAG_CATALOG['safety-concern'].label}`) }).click();
    await shows(coLeader, en('coLeader.raised', { label: FLAG_CATALOG['safety-concern'].label }));
    await expectAccessible(coLeader, 'two flags raised');
  });

  it('on the presenter listening, and a member in the discussion with phones down', async () => {
    ben = await enter(browser, 'phone', server.url, 'Ben', 'member');
    await ben.page.goto(`/join/${joinCode}`);
    await ben.page.getByLabel(en('join.name')).fill('Ben');
    await ben.page.getByRole('button', { name: en('join.submit'), exact: true }).click();
    await ben.page.getByText(en('member.youAre', { name: 'Ben' })).waitFor();

    // The radio shows the server's choice once it is back, not the click itself: wait for that.
    await pickPresenter(leader, 'Anna');
    await leader.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Group discussion — presenter steps back' }) }).click();
    await leader.page.getByLabel(en('leader.noticeText')).fill(NOTICE);
    await leader.page.getByRole('button', { name: en('leader.showNotice'), exact: true }).click();

    // The notice goes to the wall: Ben's dark phone was sent it and does not show it; the
    // presenter's phone is never sent one.
    await anna.page.getByRole('heading', { name: en('member.listenTitle') }).waitFor();
    await shows(ben, en('member.stepBackHint'));
    await expect.poll(() => ben.frames.some((frame) => frame.includes(NOTICE)), POLL).toBe(true);
    for (const member of [anna, ben]) {
      expect(await member.page.getByRole('complementary', { name: en('common.noticeLabel') }).count(), member.label).toBe(0);
      expect(await member.page.getByRole('timer').count(), member.label).toBe(0);
    }
    await expectAccessible(anna, 'presenter listening');
    await expectAccessible(ben, 'discussion, phones down');

    await ben.page.getByRole('button', { name: en('member.pauseButton'), exact: true }).click();
    await ben.page.getByRole('heading', { name: en('member.pauseConfirmTitle') }).waitFor();
    await expectAccessible(ben, 'asking for a pause');
    await ben.page.getByRole('button', { name: en('member.pauseSend'), exact: true }).click();
    await shows(ben, en('member.pauseSent'));
    await expectAccessible(ben, 'pause asked');
  });

  it('on the leader console with an open flag, a notice and a pause signal', async () => {
    await leader.page.locator('.flag', { hasText: OPEN_FLAG.label }).getByText('Laughed at the patient').waitFor();
    await leader.page.locator('.notice-current').getByText(NOTICE).waitFor();
    await shows(leader, en('leader.pauseSignalNew'));
    await expectAccessible(leader, 'open flags, a notice, a pause signal');

    // Judgement points at one person: its line is to say, never to project. A wall kind may go up.
    const judgement = leader.page.locator('.flag', { hasText: OPEN_FLAG.label });
    expect(await judgement.getByRole('button', { name: en('leader.projectIt') }).count()).toBe(0);
    await coLeader.page.getByRole('button', { name: new RegExp(`^${WALL_FLAG.label}`) }).click();
    const card = leader.page.locator('.flag', { hasText: WALL_FLAG.label });
    await card.getByRole('button', { name: en('leader.projectIt'), exact: true }).click();
    await card.getByLabel(en('leader.projectLabel')).waitFor();
    await expectAccessible(leader, 'editing a line to project');
  });

  it('on the display, at 1920×1080 and at 1280×720', async () => {
    display = await openDisplay(leader, 'projector');
    await showsNotice(display, NOTICE);
    await expectAccessible(display, 'discussion with a notice, 1920×1080');
    await display.page.setViewportSize({ width: 1280, height: 720 });
    await expectAccessible(display, 'discussion with a notice, 1280×720');

    // Once the meeting is under way the way in is a small code in the corner, all meeting.
    await leader.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Opening & frame' }) }).click();
    await showsPhase(display, 'Opening & frame');
    await display.page.locator('.display__join-corner').waitFor();
    await expectAccessible(display, 'opening, with the small join code');
  });

  it('on every screen once the meeting has ended', async () => {
    await leader.page.getByRole('button', { name: en('leader.end'), exact: true }).click();
    await leader.page.getByRole('dialog').waitFor();
    await expectAccessible(leader, 'confirming the end');
    await leader.page.getByRole('dialog').getByRole('button', { name: en('leader.end') }).click();

    await allShowEnded([leader, display, coLeader, anna]);
    for (const who of [leader, display, coLeader, anna]) await expectAccessible(who, 'ended');
  });
});
