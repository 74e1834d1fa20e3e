// The laptop's server restarts mid-meeting (an update, a crash, a lid closed on `npm start`). The
// room must not have to do anything: no page is reloaded, every screen says it is reconnecting,
// comes back by itself, and follows the leader's next step as if nothing had happened.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from './words';
import { removeDir, tempDataDir } from '../integration/harness';
import { startProcess, type ServerProcess } from '../integration/process';
import { freePort } from '../../scripts/free-port';
import { launchChromium } from './browser';
import {
  CLIENT_DIR,
  POLL,
  copyCoLeaderLink,
  enter,
  joinWithName,
  keepEvidence,
  openDisplay,
  shows,
  showsPhase,
  startMeeting,
  type Person,
} from './room';
import { isSameDocument, markDocument } from './page-probes';

const dataDir = tempDataDir();
const servers: ServerProcess[] = [];
let browser: Browser;
let env: Record<string, string>;
let base = '';
let room: Person[] = [];
let leader: Person;
/** A phone that opens the join page just as the server goes down. */
let cleo: Person | undefined;

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') {
    await keepEvidence([...room, cleo], task.name);
    for (const server of servers) console.error(`--- server output (end):\n${server.output().slice(-3000)}`);
  }
});

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  env = { PORT: String(port), DATA_DIR: dataDir, CLIENT_DIR };
  servers.push(await startProcess(env));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) if (server.child.exitCode === null) await server.stop('SIGKILL');
  removeDir(dataDir);
});

/** Resolves once a service worker (client/pwa.ts registers it after load) controls the page. */
async function controlledByServiceWorker(who: Person): Promise<void> {
  await who.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('a server restart in the middle of a meeting', () => {
  it('the room resumes without reloading a page, and follows the next phase', async () => {
    const laptop = await enter(browser, 'laptop', base, 'leader', 'leader');
    leader = laptop;
    const { joinCode } = await startMeeting(laptop, 'Thursday group');
    const display = await openDisplay(laptop);
    const coLeader = await enter(browser, 'phone', base, 'co-leader', 'co-leader');
    await coLeader.page.goto(await copyCoLeaderLink(laptop));
    const anna = await enter(browser, 'phone', base, 'Anna', 'member');
    const ben = await enter(browser, 'phone', base, 'Benedikt', 'member');
    await Promise.all([joinWithName(anna, joinCode, 'Anna'), joinWithName(ben, joinCode, 'Benedikt')]);
    room = [leader, display, coLeader, anna, ben];

    await leader.page.getByRole('button', { name: en('leader.start'), exact: true }).click();
    await leader.page.getByRole('button', { name: en('leader.next'), exact: true }).click();
    await Promise.all(room.map((who) => showsPhase(who, 'Who has a case?')));
    await anna.page.getByRole('button', { name: en('member.caseToggle'), exact: true }).click();
    await shows(anna, en('member.caseOn'));
    await leader.page.getByText(en('leader.volunteered'), { exact: true }).waitFor();
    // Cleo's phone registers its service worker a few seconds after the page loads: the server
    // is gone by then, and the first try fails to fetch the worker's script.
    const late = await enter(browser, 'phone', base, 'Cleo', 'member');
    cleo = late;
    await late.page.goto(`/join/${joinCode}`);
    const firstTry = new Promise<void>((settled) => {
      late.page.on('console', (message) => {
        if (message.type() === 'error' && /fetching the script/.test(message.text())) settled();
      });
      // A machine slow to stop the server lets the first try succeed: then there is nothing to retry.
      void controlledByServiceWorker(late).then(settled, settled);
    });
    for (const who of [...room, late]) await markDocument(who);

    expect(await servers[0]!.stop('SIGTERM')).toBe(0);
    // Each screen says the line is down, and keeps the last view readable underneath.
    await Promise.all(room.map((who) => who.page.getByText(en('common.reconnecting')).waitFor()));
    await Promise.all(room.map((who) => showsPhase(who, 'Who has a case?')));
    // Back only once Cleo's first try has met the gap.
    await firstTry;

    servers.push(await startProcess(env));
    await Promise.all(room.map((who) => who.page.getByText(en('common.reconnecting')).waitFor({ state: 'hidden' })));
    // The server came back with the meeting as it was: Anna's case, everyone connected again.
    await leader.page.getByText(en('leader.volunteered'), { exact: true }).waitFor();
    await expect.poll(() => leader.page.getByText(en('leader.connected'), { exact: true }).count(), POLL).toBe(2);

    await leader.page.getByRole('button', { name: en('leader.next'), exact: true }).click();
    await Promise.all(room.map((who) => showsPhase(who, 'Case presentation')));

    // Every device still gets its offline copy of the app: Cleo's after a failed first try, and one
    // whose worker was still storing the shell when the server went down (the co-leader's, often).
    // Nothing went uncaught on any page, the failed registrations included.
    await Promise.all([...room, late].map(controlledByServiceWorker));
    for (const who of [...room, late]) {
      expect(await isSameDocument(who), `${who.label} reloaded`).toBe(true);
      expect(who.errors, who.label).toEqual([]);
    }
    // Nothing the server logged names a member.
    const logs = servers.map((server) => server.output()).join('\n');
    expect(logs).not.toContain('Anna');
    expect(logs).not.toContain('Benedikt');
  });
});
