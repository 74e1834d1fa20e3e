// Reads a V8 .cpuprofile (from --cpu-prof or the bench's probe) and tells where the time went:
// the top functions by self time, the time by area (our server/, our shared/, each package, Node's
// internals, GC), and each sample charged to the nearest function of ours up its stack, which
// names the line of our code that a change would have to touch.
//
//   npx tsx bench/profile-top.ts bench/profiles/fanout-1000.cpuprofile [--top 15]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Row {
  name: string;
  ms: number;
  /** Share of the busy time (everything but idle). */
  share: number;
}

export interface ProfileSummary {
  file: string;
  wallMs: number;
  busyMs: number;
  idleMs: number;
  top: Row[];
  areas: Row[];
  ours: Row[];
}

const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  for (const folder of ['/server/', '/shared/', '/bench/']) {
    const at = url.lastIndexOf(folder);
    if (at >= 0) return url.slice(at + 1);
  }
  return url.replace(/^file:\/\//, '');
}

function frameName(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  if (SPECIAL.has(name) || frame.url === '') return frame.url === '' && !SPECIAL.has(name) ? `${name} (native)` : name;
  return `${name}  ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
}

function area(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (SPECIAL.has(functionName)) return functionName;
  if (url === '') return 'V8 builtins and native code';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/').slice(0, 2).join('/')}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.includes('/server/')) return 'ours: server/';
  if (url.includes('/shared/')) return 'ours: shared/';
  if (url.includes('/bench/')) return 'bench probe';
  return 'other';
}

const isOurs = (frame: CallFrame): boolean => /\/(server|shared)\//.test(frame.url) && !frame.url.includes('/node_modules/');

export function summarizeProfile(profile: CpuProfile, file: string, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  // A sample lasts until the next one; the last one gets the profile's remaining time.
  const selfById = new Map<number, number>();
  const { samples, timeDeltas } = profile;
  let at = profile.startTime;
  const stamps = timeDeltas.map((delta) => (at += delta));
  for (let i = 0; i < samples.length; i += 1) {
    const until = i + 1 < stamps.length ? stamps[i + 1]! : profile.endTime;
    const us = Math.max(0, until - stamps[i]!);
    selfById.set(samples[i]!, (selfById.get(samples[i]!) ?? 0) + us);
  }

  const self = new Map<string, number>();
  const areas = new Map<string, number>();
  const ours = new Map<string, number>();
  let idle = 0;
  let total = 0;
  for (const [id, us] of selfById) {
    const node = byId.get(id)!;
    const frame = node.callFrame;
    total += us;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    const name = frameName(frame);
    self.set(name, (self.get(name) ?? 0) + us);
    areas.set(area(frame), (areas.get(area(frame)) ?? 0) + us);
    // Walk up to the nearest frame of ours: the code a change would touch.
    let cursor: number | undefined = id;
    let owner = 'not under our code (engine, sockets, timers, GC)';
    while (cursor !== undefined) {
      const up = byId.get(cursor)!;
      if (isOurs(up.callFrame)) {
        owner = frameName(up.callFrame);
        break;
      }
      cursor = parent.get(cursor);
    }
    ours.set(owner, (ours.get(owner) ?? 0) + us);
  }
  const busy = total - idle;
  const rows = (map: Map<string, number>, limit: number): Row[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, us]) => ({ name, ms: us / 1000, share: busy > 0 ? us / busy : 0 }));
  return {
    file: basename(file),
    wallMs: (profile.endTime - profile.startTime) / 1000,
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    top: rows(self, top),
    areas: rows(areas, 12),
    ours: rows(ours, 12),
  };
}

export function readProfile(file: string, top = 15): ProfileSummary {
  return summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, file, top);
}

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

export function profileMarkdown(summary: ProfileSummary): string {
  const table = (title: string, rows: Row[]) =>
    [`| ${title} | self ms | of busy |`, '|---|---:|---:|', ...rows.map((row) => `| \`${row.name.replace(/\|/g, '\\|')}\` | ${row.ms.toFixed(0)} | ${percent(row.share)} |`)].join('\n');
  return [
    `**${summary.file}**: ${(summary.wallMs / 1000).toFixed(1)} s profiled, busy ${(summary.busyMs / 1000).toFixed(2)} s ` +
      `(${percent(summary.busyMs / summary.wallMs)} of one core), idle ${(summary.idleMs / 1000).toFixed(2)} s.`,
    '',
    table('function (top by self time)', summary.top),
    '',
    table('area', summary.areas),
    '',
    table('nearest function of ours up the stack', summary.ours),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
  const files = args.filter((_, i) => topAt < 0 || (i !== topAt && i !== topAt + 1));
  if (files.length === 0) {
    process.stderr.write('usage: tsx bench/profile-top.ts <file.cpuprofile>... [--top 15]\n');
    process.exit(2);
  }
  for (const file of files) process.stdout.write(`${profileMarkdown(readProfile(file, top))}\n\n`);
}
