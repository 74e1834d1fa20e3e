// Backups a running server can take: `npm run backup` in the middle of a meeting, `npm run restore`
// into a fresh folder, and a server started on it resumes the meeting with every command
// acknowledged before the backup. Erasure holds: what ended or was deleted before a backup is not
// in it (older backups keep what they held: the one stated exception). Bad input changes nothing.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LeadersView } from '../../shared/views';
import { fileHolds, filesHolding } from './disk';
import {
  bringToMidCase,
  connect,
  createMeeting,
  joinMeeting,
  removeDir,
  sleep,
  startServer,
  tempDataDir,
  type Client,
  type Running,
} from './harness';

const servers: Running[] = [];
const clients: Client[] = [];
const folders: string[] = [];

afterAll(async () => {
  for (const client of clients) client.close();
  for (const server of servers) {
    await server.stop();
    removeDir(server.dataDir);
  }
  for (const folder of folders) removeDir(folder);
});

/** A server on a real SQLite file, also when the suite runs with TEST_REDIS=1: backups are SQLite's. */
async function sqliteServer(dataDir?: string): Promise<Running> {
  const server = await startServer({ redisUrl: null, joinRatePerMinute: 1000, ...(dataDir ? { dataDir } : {}) });
  servers.push(server);
  return server;
}

async function connected(url: string, token: string): Promise<Client> {
  const client = await connect(url, token);
  clients.push(client);
  return client;
}

function folder(): string {
  const made = tempDataDir();
  folders.push(made);
  return made;
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run <command> -- <file>` as an operator types it, with the server's environment. */
function npmRun(command: 'backup' | 'restore', file: string, env: Record<string, string>): Promise<Outcome> {
  const { REDIS_URL: _ignored, DATA_DIR: _alsoIgnored, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', command, '--', file], { env: { ...inherited, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every file in a folder with its bytes: "nothing changed" is this, before and after. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file)).toString('base64')]));
}

describe('backups', () => {
  it('backs up during a meeting; restored into a fresh folder, the meeting resumes with every acknowledged command', async () => {
    const live = await sqliteServer();
    const meeting = await createMeeting(live.url, { title: 'Backup mid-meeting' });
    const ann = await joinMeeting(live.url, meeting.joinCode, 'Ann');
    await joinMeeting(live.url, meeting.joinCode, 'Ben');
    const leader = await connected(live.url, meeting.leaderToken);
    const coLeader = await connected(live.url, meeting.coLeaderToken);
    const member = await connected(live.url, ann.token);

    const version = await bringToMidCase(leader, coLeader, ann.participantId);
    const memberBefore = await member.waitForView((view) => view.version === version);
    const leaderBefore = (await leader.waitForView((view) => view.version === version)) as LeadersView;

    // The server runs on while the backup is taken, the leader adding a minute's worth of seconds
    // one by one: the backup is one consistent moment of that stream, never a torn one.
    let writing = true;
    const acknowledged: number[] = [];
    const stream = (async () => {
      // Paced under the per-person command limits (40 a second, 600 a minute).
      while (writing && acknowledged.length < 300) {
        const reply = await leader.send({ type: 'timer.extend', seconds: 1 });
        expect(reply.ok).toBe(true);
        acknowledged.push((reply as { version: number }).version);
        await sleep(40);
      }
    })();
    const backup = join(folder(), 'nightly.sqlite');
    const backedUp = await npmRun('backup', backup, { DATA_DIR: live.dataDir });
    writing = false;
    await stream;
    expect(backedUp).toMatchObject({ code: 0, stderr: '' });
    expect(backedUp.stdout).toContain(backup);
    expect(mode(backup)).toBe(0o600);
    // The running meeting is untouched by it.
    const afterStream = acknowledged.at(-1) ?? version;
    expect(await leader.send({ type: 'phase.next' })).toEqual({ ok: true, version: afterStream + 1 });

    const restoredDir = join(folder(), 'restored');
    const restored = await npmRun('restore', backup, { DATA_DIR: restoredDir });
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(mode(restoredDir)).toBe(0o700);
    expect(readdirSync(restoredDir)).toEqual(['balint-live.sqlite']);
    expect(mode(join(restoredDir, 'balint-live.sqlite'))).toBe(0o600);

    // A server on the restored folder: the same tokens, the meeting as it was at the backup, with
    // every command acknowledged before it started, and each extension exactly once.
    const second = await sqliteServer(restoredDir);
    const memberAgain = await connected(second.url, ann.token);
    const at = memberAgain.latest().version;
    expect([version, ...acknowledged]).toContain(at);
    expect(memberAgain.latest()).toEqual({
      ...memberBefore,
      version: at,
      phase: {
        ...memberBefore.phase,
        timer: { ...memberBefore.phase.timer, durationSec: memberBefore.phase.timer.durationSec + (at - version) },
      },
    });
    expect(memberAgain.selves.at(-1)).toMatchObject({ participantId: ann.participantId, presenter: true });
    const leaderAgain = await connected(second.url, meeting.leaderToken);
    const leaderView = leaderAgain.latest() as LeadersView;
    expect(leaderView.version).toBe(at);
    expect(leaderView.phase.id).toBe(leaderBefore.phase.id);
    expect(leaderView.flags).toEqual(leaderBefore.flags);
    expect(leaderView.notice).toEqual(leaderBefore.notice);
    expect(leaderView.participants.map((person) => person.name).sort()).toEqual(['Ann', 'Ben']);
    expect((await connected(second.url, meeting.coLeaderToken)).latest().version).toBe(at);

    // And it goes on from there.
    expect(await leaderAgain.send({ type: 'phase.next' })).toEqual({ ok: true, version: at + 1 });
    await memberAgain.waitForView((view) => view.version === at + 1);
  });

  it('holds no name of a meeting ended or deleted before it, and the live database holds none either', async () => {
    const live = await sqliteServer();
    const ended = await createMeeting(live.url, { title: 'Ends before the backup' });
    const endedNames = ['Zebediah-Quillfeather', 'Ottoline-Marchbanks'];
    const joined = [];
    for (const name of endedNames) joined.push(await joinMeeting(live.url, ended.joinCode, name));
    const note = 'Kumquat-Lantern note';
    const leader = await connected(live.url, ended.leaderToken);
    const coLeader = await connected(live.url, ended.coLeaderToken);
    await coLeader.send({ type: 'flag.raise', kind: 'identifier', note });
    await leader.send({ type: 'presenter.set', participantId: joined[0]!.participantId });

    const deleted = await createMeeting(live.url, { title: 'Marmalade-Cartwheel meeting' });
    await joinMeeting(live.url, deleted.joinCode, 'Philippa-Nettlebed');
    const running = await createMeeting(live.url, { title: 'Runs on' });
    await joinMeeting(live.url, running.joinCode, 'Rosalind-Underwood');
    const gone = [...endedNames, note, 'Marmalade-Cartwheel', 'Philippa-Nettlebed'];

    // A backup taken while they ran holds them: backups are the one stated exception…
    const earlier = join(folder(), 'earlier.sqlite');
    expect((await npmRun('backup', earlier, { DATA_DIR: live.dataDir })).code).toBe(0);
    for (const text of gone) expect(fileHolds(earlier, text)).toBe(true);

    expect((await leader.send({ type: 'session.end' })).ok).toBe(true);
    const removed = await fetch(`${live.url}/api/sessions/${deleted.sessionId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${deleted.leaderToken}` },
    });
    expect(removed.status).toBe(204);

    // …a backup taken after the end does not, nor does any file of the live database.
    const later = join(folder(), 'later.sqlite');
    expect((await npmRun('backup', later, { DATA_DIR: live.dataDir })).code).toBe(0);
    for (const text of gone) {
      expect(filesHolding(live.dataDir, text)).toEqual([]);
      expect(fileHolds(later, text)).toBe(false);
    }
    const tokens = [ended.leaderToken, ended.coLeaderToken, ended.displayToken, ...joined.map((member) => member.token)];
    for (const token of tokens) expect(fileHolds(later, token)).toBe(false);
    // The scan sees what is there: the meeting still running is in the later backup.
    expect(fileHolds(later, 'Rosalind-Underwood')).toBe(true);
    // The earlier backup keeps what it held until it is rotated away.
    expect(fileHolds(earlier, 'Zebediah-Quillfeather')).toBe(true);
  });

  it('refuses a restore into a folder that is not empty, and changes nothing', async () => {
    const live = await sqliteServer();
    const backup = join(folder(), 'backup.sqlite');
    expect((await npmRun('backup', backup, { DATA_DIR: live.dataDir })).code).toBe(0);

    // A folder a server already used: its own database and a stray file.
    const used = folder();
    copyFileSync(backup, join(used, 'balint-live.sqlite'));
    writeFileSync(join(used, 'README.txt'), 'the old server');
    const before = contents(used);
    const refused = await npmRun('restore', backup, { DATA_DIR: used });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty.*only into an empty folder/);
    expect(contents(used)).toEqual(before);

    // The running server's own folder is refused the same way.
    expect((await npmRun('restore', backup, { DATA_DIR: live.dataDir })).stderr).toMatch(/is not empty/);

    // A file that is not a backup: refused before anything is made.
    const notABackup = join(folder(), 'notes.txt');
    writeFileSync(notABackup, 'not a database at all, just some text');
    const fresh = join(folder(), 'fresh');
    const wrongFile = await npmRun('restore', notABackup, { DATA_DIR: fresh });
    expect(wrongFile.code).toBe(1);
    expect(wrongFile.stderr).toMatch(/is not a Balint Live backup/);
    expect(existsSync(fresh)).toBe(false);

    // In Redis mode the meetings are not in SQLite: restore (and backup) say to use Redis's tools.
    const redisMode = await npmRun('restore', backup, { DATA_DIR: fresh, REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(redisMode.code).toBe(1);
    expect(redisMode.stderr).toMatch(/REDIS_URL is set.*Redis with its own tools/);
    expect(existsSync(fresh)).toBe(false);
  });

  it('says clearly when the backup cannot be written, and leaves nothing behind', async () => {
    const live = await sqliteServer();
    const place = folder();
    const aFile = join(place, 'a-file');
    writeFileSync(aFile, 'in the way');
    for (const target of [join(place, 'no-such-folder', 'backup.sqlite'), join(aFile, 'backup.sqlite')]) {
      const outcome = await npmRun('backup', target, { DATA_DIR: live.dataDir });
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain(`Cannot write the backup to ${target}`);
      expect(outcome.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(place)).toEqual(['a-file']);

    // A backup into the data folder would make the folder unfit for a restore.
    const inside = await npmRun('backup', join(live.dataDir, 'backup.sqlite'), { DATA_DIR: live.dataDir });
    expect(inside.stderr).toMatch(/outside DATA_DIR/);
    // No database where DATA_DIR points: the operator is told, nothing is made.
    const empty = join(place, 'empty');
    mkdirSync(empty);
    const noDatabase = await npmRun('backup', join(place, 'backup.sqlite'), { DATA_DIR: empty });
    expect(noDatabase.stderr).toMatch(/no database at/);
    expect(readdirSync(place).sort()).toEqual(['a-file', 'empty']);
    expect(readdirSync(empty)).toEqual([]);
  });
});
