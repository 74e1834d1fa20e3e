// `npm run bench`: fan-out against bare Socket.IO, capacity in meetings, resume after a restart,
// and the phone join figures when bench/phone-join.ts is there; prints the table and rewrites
// docs/performance.md with the date, the machine and the commit.
//
//   npm run bench                      the whole bench, about 7–9 minutes
//   npm run bench -- --quick           small sizes, for working on the bench itself
//   npm run bench -- --profile         also profile the server (bench/profiles/*.cpuprofile)
//   npm run bench -- --only fanout,resume
//   npm run bench -- --sizes 300,1000 --steps 100,250   other fan-out sizes and capacity steps
//   npm run bench -- --at HEAD         run the server from a clean export of a commit
//   npm run bench -- --server-root DIR run the server from another tree (an experiment)
//   npm run bench -- --no-write        print only
//   npm run bench -- --pin-clients     keep the clients on the last core, away from the server
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCapacity, type CapacityResult } from './capacity';
import { runFanout, type FanoutResult } from './fanout';
import { EAGER_RECONNECTION, keepClientsOn, PHONE_RECONNECTION } from './lib';
import { freePort } from '../scripts/free-port';
import { profileMarkdown, readProfile } from './profile-top';
import { summaryTable, writeReport, type BenchRun, type Machine, type PhoneJoin } from './report';
import { runResume, type ResumeResult } from './resume';
import { newDataDir, removeDataDirs, setServerRoot, startServer } from './server';

const HARD_LIMIT_MS = 15 * 60 * 1000;
const FDS_PER_MEETING = 12;

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const value = (name: string): string | null => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? (argv[at + 1] ?? null) : null;
};

const quick = flag('quick');
const profile = flag('profile');
const only = value('only')?.split(',') ?? ['fanout', 'capacity', 'resume', 'phone'];
const at = value('at');
const otherRoot = value('server-root');
const repo = process.cwd();
const profileDir = profile ? resolve(repo, 'bench/profiles') : null;
const log = (line: string) => process.stdout.write(`${line}\n`);

const deadline = setTimeout(() => {
  log(`The bench ran past ${HARD_LIMIT_MS / 60_000} minutes; stopping (children stop with it).`);
  process.exit(1);
}, HARD_LIMIT_MS);
deadline.unref();

function openFilesLimit(): number {
  const limits = readFileSync('/proc/self/limits', 'utf8');
  const match = /Max open files\s+(\d+|unlimited)/.exec(limits);
  return !match || match[1] === 'unlimited' ? Number.POSITIVE_INFINITY : Number(match[1]);
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** The commit the server code comes from, and whether the working tree differs from it. */
function describeCommit(): string {
  if (otherRoot) return `the tree in ${otherRoot} (an experiment, not a commit of this repository)`;
  if (at) return `${git(['rev-parse', '--short', at]) || at} (a clean export of \`${at}\`)`;
  const head = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = git(['status', '--porcelain', '--', 'server', 'shared', 'package.json', 'package-lock.json']);
  return dirty ? `${head} + uncommitted changes in server/, shared/ or the packages` : head;
}

/** Exports a commit to a temporary folder that shares this checkout's node_modules. */
function exportCommit(rev: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'balint-bench-src-'));
  execSync(`git archive ${JSON.stringify(rev)} | tar -x -C ${JSON.stringify(dir)}`, { cwd: repo });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const loadNow = (): string => loadavg().map((load) => load.toFixed(1)).join(' / ');

function machine(fdLimit: number, loadAtStart: string): Machine {
  const cores = cpus();
  return {
    load: `${loadAtStart} at the start, ${loadNow()} at the end (1 / 5 / 15 min)`,
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    cpu: cores[0]?.model.trim() ?? 'unknown CPU',
    cores: cores.length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    os: `${type()} ${release()}`,
    commit: describeCommit(),
    fdLimit,
  };
}

/** bench/phone-join.ts is another engineer's; it is used when it is there. */
async function phoneJoin(serverRoot: string): Promise<PhoneJoin> {
  const file = resolve(import.meta.dirname, 'phone-join.ts');
  if (!existsSync(file)) return { status: 'pending' };
  const module = (await import(pathToFileURL(file).href)) as { measurePhoneJoin?: (options: object) => Promise<unknown> };
  if (typeof module.measurePhoneJoin !== 'function') return { status: 'failed', message: 'no measurePhoneJoin export' };
  // An export of a commit has no build (dist/ is not in git): use this checkout's.
  const clientDir = [join(serverRoot, 'dist/client'), join(repo, 'dist/client')].find((dir) => existsSync(join(dir, 'index.html')));
  const server = await startServer(await freePort(), newDataDir(), clientDir);
  try {
    const figures = await Promise.race([
      module.measurePhoneJoin({ baseUrl: server.base }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 3 minutes')), 180_000).unref()),
    ]);
    return {
      status: 'measured',
      figures: figures && typeof figures === 'object' ? (figures as Record<string, unknown>) : { result: figures },
    };
  } catch (error) {
    return { status: 'failed', message: (error as Error).message };
  } finally {
    await server.stop();
  }
}

function profileSection(fanout: FanoutResult[] | null, capacity: CapacityResult | null): string | null {
  if (!profileDir) return null;
  const parts = [
    '## Where the time goes (profiles)',
    '',
    `Taken ${new Date().toISOString().slice(0, 10)} at ${describeCommit()}; server process only, sampling every 0.5 ms. ` +
      'Self time of a native function (`writev`, `run`) includes the time the thread waited in it: `writev` is the ' +
      'socket writes, `run` is better-sqlite3 executing a statement, fsync included. "Nearest function of ours" ' +
      'charges each sample to the closest frame of server/ or shared/ up its stack: the code a change would touch.',
  ];
  for (const result of fanout ?? []) {
    const file = join(profileDir, `fanout-${result.members}.cpuprofile`);
    if (!existsSync(file)) continue;
    parts.push('', `### Fan-out, ${result.members} members: the server while ours and bare took turns`, '');
    parts.push(profileMarkdown(readProfile(file)));
  }
  // The largest step that held and the first that did not: where the time goes at the limit.
  const steps = capacity?.steps ?? [];
  const lastPassed = steps.filter((step) => step.passed).at(-1);
  const firstFailed = steps.find((step) => !step.passed);
  for (const step of [lastPassed, firstFailed]) {
    const file = step && join(profileDir, `capacity-${step.meetings}.cpuprofile`);
    if (!step || !file || !existsSync(file)) continue;
    parts.push(
      '',
      `### Capacity, ${step.meetings} meetings (${step.passed ? 'held' : 'failed'}): the server during the measured window ` +
        `(${step.sockets} sockets, ${step.commandsPerSec.toFixed(0)} commands/s)`,
      '',
    );
    parts.push(profileMarkdown(readProfile(file)));
  }
  return parts.join('\n');
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const fdLimit = openFilesLimit();
  const loadAtStart = loadNow();
  log(`Balint Live bench: ${cpus().length} cores, Node ${process.version}, open files limit ${fdLimit}, load ${loadAtStart}`);
  if (loadavg()[0]! > 0.5 * cpus().length) {
    log('  The machine is busy with other work: the figures will be slower and noisier than on a quiet machine.');
  }
  if (fdLimit < 4096) {
    log('  The open files limit is below 4096: 1000+ sockets need more. Run `ulimit -n 4096` (or higher) first.');
  }
  if (at && !otherRoot) exported = exportCommit(at);
  const serverRoot = otherRoot ? resolve(otherRoot) : (exported ?? repo);
  setServerRoot(serverRoot);
  if (at || otherRoot) log(`  server code: ${describeCommit()} in ${serverRoot}`);
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  // With --pin-clients the clients (this process and every worker) keep to the last core and the
  // server has the others to itself; by default everything shares every core.
  const clientCore = cpus().length >= 2 && flag('pin-clients') ? String(cpus().length - 1) : null;
  keepClientsOn(clientCore);
  if (clientCore) log(`  clients kept on CPU ${clientCore}; the servers are not pinned`);

  // Every socket is a file descriptor in the server: keep the capacity steps under the limit.
  const steps = (value('steps')?.split(',').map(Number) ?? (quick ? [50, 100] : [100, 250, 500, 750, 1000, 1250, 1500])).filter(
    (meetings) => meetings * FDS_PER_MEETING + 500 < fdLimit,
  );

  let fanout: FanoutResult[] | null = null;
  let capacity: CapacityResult | null = null;
  let resume: ResumeResult[] | null = null;
  let phone: PhoneJoin | null = null;

  if (only.includes('fanout')) {
    log('Fan-out (ours vs bare Socket.IO)…');
    const sizes = (value('sizes')?.split(',').map(Number) ?? (quick ? [12, 300] : [12, 300, 1000])).filter(
      (members) => members + 500 < fdLimit,
    );
    fanout = await runFanout({ sizes, changes: quick ? 10 : 25, warmup: quick ? 2 : 3, profileDir, log });
  }
  if (only.includes('capacity')) {
    log('Capacity (meetings of 12 sockets, human-paced)…');
    capacity = await runCapacity({
      steps,
      windowSec: quick ? 10 : 15,
      meetingsPerWorker: 42,
      budgetSec: quick ? 60 : 240,
      profileDir,
      log,
    });
  }
  if (only.includes('resume')) {
    log('Resume after a restart…');
    const clients = quick ? 200 : 500;
    resume = [
      await runResume(clients, 'phone client settings', PHONE_RECONNECTION, log),
      await runResume(clients, 'eager client settings', EAGER_RECONNECTION, log),
    ];
  }
  if (only.includes('phone')) {
    log('Phone join…');
    phone = await phoneJoin(serverRoot);
    log(`  phone join: ${phone.status === 'measured' ? JSON.stringify(phone.figures) : phone.status}`);
  }

  const run: BenchRun = {
    machine: machine(fdLimit, loadAtStart),
    options: [
      quick ? 'quick' : 'full',
      profile ? 'server profiled' : 'no profiler',
      clientCore ? `clients on CPU ${clientCore}` : 'clients on every CPU',
      `sections: ${only.join(', ')}`,
    ].join(', '),
    durationSec: (performance.now() - startedAt) / 1000,
    fanout,
    capacity,
    resume,
    phoneJoin: phone,
    profiles: profileSection(fanout, capacity),
  };
  log('');
  log(summaryTable(run));
  if (profileDir) {
    log(`\nProfiles: ${readdirSync(profileDir).filter((file) => file.endsWith('.cpuprofile')).map((file) => join('bench/profiles', file)).join(', ')}`);
  }
  if (!flag('no-write')) {
    writeReport(resolve(repo, 'docs/performance.md'), run);
    log('\nWritten to docs/performance.md');
  }
}

/** The temporary export of a commit (`--at`), removed at the end; node_modules in it is a link. */
let exported: string | null = null;

function cleanUp(): void {
  removeDataDirs();
  if (exported) rmSync(exported, { recursive: true, force: true });
}

main().then(
  () => {
    cleanUp();
    process.exit(0);
  },
  (error: unknown) => {
    log(`The bench failed: ${(error as Error).stack ?? String(error)}`);
    cleanUp();
    process.exit(1);
  },
);
