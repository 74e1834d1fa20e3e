// axe-core on every surface, each in the state that holds the most: the console with an open flag,
// a notice and a pause signal; the display with that notice; a member with the case toggle pressed;
// the presenter listening. Serious and critical findings fail the test and are listed in full.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FLAG_CATALOG } from '../../shared/flags';
import { text } from '../../client/text';
import { removeDir, startServer, type Running } from '../integration/harness';
import { launchChromium, seriousViolations, type AxeViolation } from './browser';
import {
  CLIENT_DIR,
  copyCoLeaderLink,
  enter,
  keepEvidence,
  openDisplay,
  shows,
  showsNotice,
  showsPhase,
  startMeeting,
  type Leader,
  type Person,
} from './room';

const NOTICE = 'Five more minutes, then we turn back to the presenter.';
const OPEN_FLAG = FLAG_CATALOG.judgement;

let server: Running;
let browser: Browser;
let leader: Leader;
let display: Person;
let coLeader: Person;
let anna: Person;
let ben: Person;
let joinCode = '';

/** One line per finding: the rule, its impact, what it asks, and where on the page. */
function described(violations: readonly AxeViolation[]): string[] {
  return violations.map(
    ({ id, impact, help, nodes }) => `${id} (${impact}): ${help} — at ${nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

async function expectAccessible(who: Person, state: string): Promise<void> {
  const violations = await seriousViolations(who.page);
  expect(described(violations), `${who.label}, ${state}`).toEqual([]);
}

beforeAll(async () => {
  server = await startServer({ clientDir: CLIENT_DIR });
  browser = await launchChromium();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await keepEvidence([leader, display, coLeader, anna, ben], task.name);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

describe('no serious or critical accessibility violations', () => {
  it('on the start page, on a phone and on a laptop', async () => {
    for (const device of ['phone', 'laptop'] as const) {
      const visitor = await enter(browser, device, server.url, `landing-${device}`, 'member');
      await visitor.page.goto('/');
      await visitor.page.getByRole('heading', { name: text.landing.startHeading }).waitFor();
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
    await anna.page.getByLabel(text.join.name).waitFor();
    await expectAccessible(anna, 'join form');
    await anna.page.getByRole('button', { name: text.join.submit, exact: true }).click();
    await anna.page.getByRole('alert').getByText(text.join.nameMissing).waitFor();
    await expectAccessible(anna, 'join form with an error');
  });

  it('on the member view, and with "I have a case" pressed', async () => {
    await anna.page.getByLabel(text.join.name).fill('Anna');
    await anna.page.getByRole('button', { name: text.join.submit, exact: true }).click();
    await anna.page.getByText(text.member.youAre('Anna')).waitFor();
    await expectAccessible(anna, 'opening');

    await leader.page.getByRole('button', { name: text.leader.start, exact: true }).click();
    await leader.page.getByRole('button', { name: text.leader.next, exact: true }).click();
    await showsPhase(anna, 'Who has a case?');
    await anna.page.getByRole('button', { name: text.member.caseToggle, exact: true }).click();
    await shows(anna, text.member.caseOn);
    await expectAccessible(anna, 'case call, case toggle pressed');
  });

  it('on the co-leader panel, fresh and after raising flags', async () => {
    coLeader = await enter(browser, 'phone', server.url, 'co-leader', 'co-leader');
    await coLeader.page.goto(await copyCoLeaderLink(leader));
    await coLeader.page.getByRole('heading', { name: text.coLeader.flagsHeading }).waitFor();
    await expectAccessible(coLeader, 'fresh');

    await coLeader.page.getByLabel(text.coLeader.note).fill('Laughed at the patient');
    await coLeader.page.getByRole('button', { name: new RegExp(`^${OPEN_FLAG.label}`) }).click();
    await shows(coLeader, text.coLeader.raised(OPEN_FLAG.label));
    await coLeader.page.getByRole('button', { name: new RegExp(`^${FLAG_CATALOG['safety-concern'].label}`) }).click();
    await shows(coLeader, text.coLeader.raised(FLAG_CATALOG['safety-concern'].label));
    await expectAccessible(coLeader, 'two flags raised');
  });

  it('on the presenter listening, and a member in the discussion with a notice', async () => {
    ben = await enter(browser, 'phone', server.url, 'Ben', 'member');
    await ben.page.goto(`/join/${joinCode}`);
    await ben.page.getByLabel(text.join.name).fill('Ben');
    await ben.page.getByRole('button', { name: text.join.submit, exact: true }).click();
    await ben.page.getByText(text.member.youAre('Ben')).waitFor();

    await leader.page.getByRole('radio', { name: 'Anna' }).check();
    await leader.page.getByRole('button', { name: text.leader.gotoPhase('Group discussion — presenter steps back') }).click();
    await leader.page.getByLabel(text.leader.noticeText).fill(NOTICE);
    await leader.page.getByRole('button', { name: text.leader.showNotice, exact: true }).click();

    await anna.page.getByRole('heading', { name: text.member.listenTitle }).waitFor();
    await showsNotice(anna, NOTICE);
    await expectAccessible(anna, 'presenter listening, with a notice');
    await showsNotice(ben, NOTICE);
    await shows(ben, text.member.stepBackHint);
    await expectAccessible(ben, 'discussion, with a notice');

    await ben.page.getByRole('button', { name: text.member.pauseButton, exact: true }).click();
    await ben.page.getByRole('heading', { name: text.member.pauseConfirmTitle }).waitFor();
    await expectAccessible(ben, 'asking for a pause');
    await ben.page.getByRole('button', { name: text.member.pauseSend, exact: true }).click();
    await shows(ben, text.member.pauseSent);
    await expectAccessible(ben, 'pause asked');
  });

  it('on the leader console with an open flag, a notice and a pause signal', async () => {
    await leader.page.locator('.flag', { hasText: OPEN_FLAG.label }).getByText('Laughed at the patient').waitFor();
    await leader.page.locator('.notice-current').getByText(NOTICE).waitFor();
    await shows(leader, text.leader.pauseSignalNew);
    await expectAccessible(leader, 'open flags, a notice, a pause signal');

    await leader.page.locator('.flag', { hasText: OPEN_FLAG.label }).getByRole('button', { name: text.leader.redirect }).click();
    await leader.page.getByLabel(text.leader.redirectLabel).waitFor();
    await expectAccessible(leader, 'editing a redirect');
  });

  it('on the display, at 1920×1080 and at 1280×720', async () => {
    display = await openDisplay(leader, 'projector');
    await showsNotice(display, NOTICE);
    await expectAccessible(display, 'discussion with a notice, 1920×1080');
    await display.page.setViewportSize({ width: 1280, height: 720 });
    await expectAccessible(display, 'discussion with a notice, 1280×720');

    // While people arrive the display shows the code and its QR.
    await leader.page.getByRole('button', { name: text.leader.gotoPhase('Opening & frame') }).click();
    await shows(display, text.display.joinHeading);
    await expectAccessible(display, 'opening, with the join code');
  });

  it('on every screen once the meeting has ended', async () => {
    await leader.page.getByRole('button', { name: text.leader.end, exact: true }).click();
    await leader.page.getByRole('dialog').waitFor();
    await expectAccessible(leader, 'confirming the end');
    await leader.page.getByRole('dialog').getByRole('button', { name: text.leader.end }).click();

    await leader.page.getByRole('heading', { name: text.leader.endedTitle }).waitFor();
    await display.page.getByRole('heading', { name: text.display.endedTitle }).waitFor();
    await coLeader.page.getByRole('heading', { name: text.leader.endedTitle }).waitFor();
    await anna.page.getByRole('heading', { name: text.member.endedTitle }).waitFor();
    for (const who of [leader, display, coLeader, anna]) await expectAccessible(who, 'ended');
  });
});
