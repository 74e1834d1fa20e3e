// Writes docs/performance.md from a bench run. The file is rewritten each run; what sits between
// `<!-- keep:NAME -->` and `<!-- /keep:NAME -->` is written by hand and carried over as it is, and
// the profile section is carried over unless this run took new profiles.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ACK_P95_TARGET_MS, type CapacityResult } from './capacity';
import type { FanoutResult } from './fanout';
import { kb, mb, ms } from './lib';
import { METHOD } from './report-method';
import { RESUME_TARGET_MS, type ResumeResult } from './resume';

export const RATIO_TARGET = 1.2;
export const RSS_TARGET_BYTES = 600 * 1024 * 1024;
export const CAPACITY_TARGET = 500;

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  os: string;
  commit: string;
  fdLimit: number;
  /** Load average: other work on the machine makes every figure slower. */
  load: string;
}

export type PhoneJoin =
  | { status: 'pending' }
  | { status: 'failed'; message: string }
  | { status: 'measured'; figures: Record<string, unknown> };

export interface BenchRun {
  machine: Machine;
  options: string;
  durationSec: number;
  fanout: FanoutResult[] | null;
  capacity: CapacityResult | null;
  resume: ResumeResult[] | null;
  phoneJoin: PhoneJoin | null;
  /** Markdown of this run's profiles, when it took any. */
  profiles: string | null;
}

const ratio = (ours: number, bare: number): number => ours / bare;
const yes = (met: boolean): string => (met ? '✅ met' : '❌ not met');
const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function fanoutRows(results: FanoutResult[]): string[] {
  return results.map((result) => {
    const p50 = ratio(result.ours.p50, result.bare.p50);
    const p95 = ratio(result.ours.p95, result.bare.p95);
    const targeted = result.members >= 300;
    return (
      `| Fan-out, ${result.members} members of one room: ours p50 / p95 vs bare Socket.IO | ` +
      `${ms(result.ours.p50)} / ${ms(result.ours.p95)} vs ${ms(result.bare.p50)} / ${ms(result.bare.p95)}: ` +
      `ratio **${fixed(p50)} / ${fixed(p95)}**; server CPU per change ${ms(result.oursCpuMs)} vs ${ms(result.bareCpuMs)} ` +
      `(${fixed(result.oursCpuMs / result.bareCpuMs, 1)}×) | ${targeted ? `ratio ≤ ${RATIO_TARGET}` : '—'} | ` +
      `${targeted ? yes(p50 <= RATIO_TARGET && p95 <= RATIO_TARGET) : '—'} |`
    );
  });
}

function capacityRows(result: CapacityResult): string[] {
  const at = result.steps.find((step) => step.meetings === CAPACITY_TARGET);
  const best = result.steps.filter((step) => step.passed).at(-1);
  const last = result.steps.at(-1);
  const rows = [
    `| Capacity: most meetings of 12 sockets with command ack p95 < ${ACK_P95_TARGET_MS} ms | ` +
      `**${result.capacity}** meetings${best ? ` (${best.sockets} sockets, ack p95 ${ms(best.ack.p95)})` : ''}` +
      `${last && !last.passed ? `; ${last.meetings}: ${last.why.startsWith('not reached') ? last.why : `failed, ${last.why}`}` : result.stoppedForTime ? '; the bench ran out of time for more steps' : '; the largest step tried'} | ` +
      `≥ ${CAPACITY_TARGET} | ${yes(result.capacity >= CAPACITY_TARGET)} |`,
  ];
  if (at) {
    rows.push(
      `| Memory at ${CAPACITY_TARGET} meetings (${at.sockets} sockets) | RSS **${mb(at.rss)}**; ` +
        `${kb(at.rssPerSocket)} RSS and ${kb(at.heapPerSocket)} heap per socket above idle | RSS < ${mb(RSS_TARGET_BYTES)} | ` +
        `${yes(at.rss < RSS_TARGET_BYTES)} |`,
    );
  }
  return rows;
}

function resumeRows(results: ResumeResult[]): string[] {
  return results.map(
    (result) =>
      `| Resume: SIGTERM, start again, until ${result.clients} clients hold the view (${result.label}) | ` +
      `**${(result.totalMs / 1000).toFixed(2)} s** (exit ${ms(result.stopMs)}, start ${ms(result.startMs)}, ` +
      `reconnect ${ms(result.reconnectMs)}) | ${result.label === 'phone client settings' ? `≤ ${RESUME_TARGET_MS / 1000} s` : '—'} | ` +
      `${result.label === 'phone client settings' ? yes(result.totalMs <= RESUME_TARGET_MS) : '—'} |`,
  );
}

/** Decimal kilobytes, as the phone-join budget is stated (90 KB = 90,000 bytes). */
const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** One line of table text: no escape codes, no line breaks, no pipes. */
function cell(text: string): string {
  return text
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')[0]!
    .replace(/\|/g, '\\|')
    .trim();
}

function phoneRows(phone: PhoneJoin): string[] {
  if (phone.status === 'pending') return ['| Phone join | see bench/phone-join.ts (pending) | — | — |'];
  if (phone.status === 'failed') return [`| Phone join | bench/phone-join.ts failed: ${cell(phone.message)} | — | — |`];
  const f = phone.figures;
  const rows: string[] = [];
  // bench/phone-join.ts is another engineer's: read the figures it names, and list anything else.
  const known = new Set<string>();
  const num = (key: string): number | null => {
    known.add(key);
    return typeof f[key] === 'number' ? (f[key] as number) : null;
  };
  const gzip = num('joinPageJsGzipBytes');
  const budget = num('jsBudgetBytes');
  known.add('servedCompressed');
  known.add('reactBuild');
  const notes = [
    num('joinPageJsBytes') !== null ? `${kB(num('joinPageJsBytes')!)} uncompressed` : null,
    typeof f.servedCompressed === 'boolean' ? (f.servedCompressed ? 'served compressed' : 'served uncompressed') : null,
    typeof f.reactBuild === 'string' ? `${f.reactBuild} React build` : null,
  ].filter((note): note is string => note !== null);
  if (gzip !== null) {
    rows.push(
      `| Phone join: the join page's JavaScript, gzipped | **${kB(gzip)}**${notes.length > 0 ? ` (${notes.join(', ')})` : ''} | ` +
        `${budget !== null ? `≤ ${kB(budget)}` : '—'} | ${budget !== null ? yes(gzip <= budget) : '—'} |`,
    );
  }
  const usable = num('usableMs');
  const target = num('usableTargetMs');
  const ifGzipped = num('usableMsIfGzipped');
  known.add('conditions');
  if (usable !== null) {
    rows.push(
      `| Phone join: until the join form is usable${typeof f.conditions === 'string' ? ` (${cell(f.conditions)})` : ''} | ` +
        `**${(usable / 1000).toFixed(2)} s** median${ifGzipped !== null ? `; ${(ifGzipped / 1000).toFixed(2)} s if the server gzipped` : ''} | ` +
        `${target !== null ? `≤ ${(target / 1000).toFixed(1)} s` : '—'} | ${target !== null ? yes(usable <= target) : '—'} |`,
    );
  }
  for (const key of ['joinPageJsFiles', 'withinJsBudget', 'usableRunsMs', 'withinUsableTarget', 'gzip']) known.add(key);
  for (const [key, value] of Object.entries(f)) {
    if (known.has(key)) continue;
    rows.push(`| Phone join: ${key} | ${cell(typeof value === 'object' ? JSON.stringify(value) : String(value))} | — | — |`);
  }
  return rows;
}

export function summaryTable(run: BenchRun): string {
  return [
    '| figure | result | target | |',
    '|---|---|---|---|',
    ...(run.fanout ? fanoutRows(run.fanout) : []),
    ...(run.capacity ? capacityRows(run.capacity) : []),
    ...(run.resume ? resumeRows(run.resume) : []),
    ...(run.phoneJoin ? phoneRows(run.phoneJoin) : []),
  ].join('\n');
}

function fanoutDetail(results: FanoutResult[]): string {
  return [
    '| members | worker processes | member view | ours p50 | ours p95 | bare p50 | bare p95 | ratio p50 | ratio p95 | leader ack p50 ours / bare | server CPU per change ours / bare | room filling: time, join → view p50 / p95 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.members} | ${r.workers} | ${r.viewBytes} B | ${ms(r.ours.p50)} | ${ms(r.ours.p95)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ` +
        `${fixed(ratio(r.ours.p50, r.bare.p50))} | ${fixed(ratio(r.ours.p95, r.bare.p95))} | ${ms(r.oursAck.p50)} / ${ms(r.bareAck.p50)} | ` +
        `${ms(r.oursCpuMs)} / ${ms(r.bareCpuMs)} | ${r.fillSeconds.toFixed(1)} s, ${ms(r.joinToView.p50)} / ${ms(r.joinToView.p95)} |`,
    ),
    '',
    `${results[0]?.ours.n ?? 0} measured phase changes per size after a warm-up, ours and bare taking turns, 100–200 ms apart. ` +
      'Server CPU per change is the steadiest figure on a shared machine: the latencies also carry the clients\' work ' +
      '(the same for both) and whatever else the machine does. Room filling: every member joins over HTTP and connects at ' +
      'once, 8 joins in flight per worker process, so each join reaches everyone already in the room.',
  ].join('\n');
}

function capacityDetail(result: CapacityResult): string {
  return [
    '| meetings | sockets | commands/s | ack p50 | ack p95 | ack p99 | join p95 | failed | server CPU (1 core = 100%) | server loop delay p99 / max | clients: CPU, loop delay p99 (worst process) | RSS | RSS per socket | heap used | heap per socket | |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...result.steps.map(
      (s) =>
        `| ${s.meetings} | ${s.sockets} | ${s.commandsPerSec.toFixed(0)} | ${ms(s.ack.p50)} | ${ms(s.ack.p95)} | ${ms(s.ack.p99)} | ` +
        `${ms(s.join.p95)} | ${s.failures} | ${fixed(s.serverCpu, 0)}% | ${ms(s.serverLoop.p99)} / ${ms(s.serverLoop.max)} | ${fixed(s.clientCpu, 0)}%, ${ms(s.clientLoopP99)} | ` +
        `${mb(s.rss)} | ${kb(s.rssPerSocket)} | ${mb(s.heapUsed)} | ${kb(s.heapPerSocket)} | ${s.passed ? 'pass' : `fail: ${s.why}`} |`,
    ),
    '',
    `Idle server before the first meeting: RSS ${mb(result.idleRss)}, heap ${mb(result.idleHeap)}. ` +
      'Per socket = (figure − idle) / sockets; heap after a full GC. Each step adds meetings to the ones ' +
      'already running and measures a window of ' +
      `${result.steps[0]?.windowSec.toFixed(0) ?? '?'} s. Refused commands (acknowledged, counted in the latencies): ` +
      (Object.entries(result.steps.at(-1)?.refusals ?? {})
        .map(([key, count]) => `${key} ×${count}`)
        .join(', ') || 'none') +
      ' (races a real room has too: two people acknowledging one flag).',
  ].join('\n');
}

function resumeDetail(results: ResumeResult[]): string {
  return [
    '| clients | reconnection settings | SIGTERM → exit | spawn → listening | listening → last client holds the view | total | per client p50 / p95 |',
    '|---:|---|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.clients} | ${r.label} (${r.settings}) | ${ms(r.stopMs)} | ${ms(r.startMs)} | ${ms(r.reconnectMs)} | ` +
        `**${ms(r.totalMs)}** | ${ms(r.perClient.p50)} / ${ms(r.perClient.p95)} |`,
    ),
  ].join('\n');
}

const PROFILE_START = '<!-- bench:profiles -->';
const PROFILE_END = '<!-- /bench:profiles -->';

function keptBlock(previous: string, name: string, fallback: string): string {
  const start = `<!-- keep:${name} -->`;
  const end = `<!-- /keep:${name} -->`;
  const from = previous.indexOf(start);
  const to = previous.indexOf(end);
  const body = from >= 0 && to > from ? previous.slice(from + start.length, to).trim() : fallback;
  return `${start}\n${body}\n${end}`;
}

function profileBlock(previous: string, fresh: string | null): string {
  if (fresh) return `${PROFILE_START}\n${fresh}\n${PROFILE_END}`;
  const from = previous.indexOf(PROFILE_START);
  const to = previous.indexOf(PROFILE_END);
  if (from >= 0 && to > from) return previous.slice(from, to + PROFILE_END.length);
  return `${PROFILE_START}\n## Where the time goes (profiles)\n\nNo profiles yet: run \`npm run bench -- --profile\`.\n${PROFILE_END}`;
}

export function writeReport(path: string, run: BenchRun): void {
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const { machine } = run;
  const sections = [
    '# Performance',
    '',
    'Written by `npm run bench` (bench/run.ts); each run rewrites this file. The sections between `keep`',
    'markers are written by hand and carried over; the profile section is replaced only by a `--profile` run.',
    '',
    `- **Date:** ${machine.date}`,
    `- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memory} memory, Node ${machine.node}, ${machine.os}; open files limit ${machine.fdLimit}`,
    `- **Load average:** ${machine.load}`,
    `- **Commit:** ${machine.commit}`,
    `- **Run:** ${run.options}; ${(run.durationSec / 60).toFixed(1)} min`,
    '',
    '## Figures',
    '',
    summaryTable(run),
    '',
  ];
  if (run.fanout) sections.push('### Fan-out', '', fanoutDetail(run.fanout), '');
  if (run.capacity) sections.push('### Capacity', '', capacityDetail(run.capacity), '');
  if (run.resume) sections.push('### Resume after a restart', '', resumeDetail(run.resume), '');
  sections.push(
    METHOD,
    profileBlock(previous, run.profiles),
    '',
    keptBlock(previous, 'lighthouse', '## Lighthouse: the member view on a phone\n\nNot measured yet: run `npm run bench:lighthouse`.'),
    '',
    keptBlock(previous, 'findings', '## Findings\n\n(Written by hand after reading the profiles.)'),
    '',
    keptBlock(previous, 'changes', '## What each change bought\n\n(One line per change: the commit, what it changed, the figure before → after.)'),
    '',
  );
  writeFileSync(path, sections.join('\n'));
}
