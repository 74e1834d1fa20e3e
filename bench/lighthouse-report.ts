// What the Lighthouse bench (bench/lighthouse.ts) found, as figures and as the section of
// docs/performance.md between the `keep:lighthouse` markers.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

export const TARGETS = { accessibility: 100, 'best-practices': 95, performance: 90 } as const;
export type Category = keyof typeof TARGETS;

export const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;

export type MetricName = (typeof METRICS)[number][1];

export interface LighthouseRun {
  scores: Record<Category, number>;
  metrics: Record<MetricName, number>;
  /** Audits of the three categories that did not pass, with Lighthouse's title and what it found. */
  findings: string[];
  finalUrl: string;
}

export interface LighthouseResult {
  runs: LighthouseRun[];
  median: LighthouseRun;
  lighthouseVersion: string;
  chrome: string;
  load: string;
  date: string;
  settings: string;
  /** The full report of the median run (Lighthouse's JSON). */
  report: string;
}

const msOf = (value: number): string => (Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : '–');

export function formatMetrics(metrics: Record<MetricName, number>): string {
  return `FCP ${msOf(metrics.FCP)}, LCP ${msOf(metrics.LCP)}, TBT ${Math.round(metrics.TBT)} ms, CLS ${metrics.CLS.toFixed(3)}, SI ${msOf(metrics.SI)}`;
}

const met = (ok: boolean): string => (ok ? '✅ met' : '❌ not met');

function commit(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execSync('git status --porcelain -- client', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head} + uncommitted changes in client/` : head;
  } catch {
    return 'unknown';
  }
}

export function lighthouseMarkdown(result: LighthouseResult): string {
  const { median } = result;
  const label: Record<Category, string> = {
    performance: 'Performance',
    accessibility: 'Accessibility',
    'best-practices': 'Best practices',
  };
  const order: Category[] = ['accessibility', 'best-practices', 'performance'];
  const perfRuns = result.runs.map((run) => run.scores.performance).join(', ');
  return [
    '## Lighthouse: the member view on a phone',
    '',
    'Written by `npm run bench:lighthouse` (bench/lighthouse.ts): the real server with the built client, a meeting ' +
      'with its clock running, one member joined through `POST /api/join`, and Lighthouse loading that member\'s ' +
      'page (`/s/<id>/member#<token>`, checked to end on the member view and not on a status screen).',
    '',
    `- **Date:** ${result.date}; **commit:** ${commit()}; **load average at the end:** ${result.load} (1 / 5 / 15 min, ${cpus().length} cores)`,
    `- **Lighthouse** ${result.lighthouseVersion}, ${result.chrome} (Debian's Chromium); ${result.settings}`,
    `- **Runs:** ${result.runs.length}; the run with the median performance score is shown (performance in each run: ${perfRuns})`,
    '',
    '| category | score | target | |',
    '|---|---:|---|---|',
    ...order.map(
      (category) =>
        `| ${label[category]} | **${median.scores[category]}** | ${category === 'accessibility' ? '100' : `≥ ${TARGETS[category]}`} | ${met(median.scores[category] >= TARGETS[category])} |`,
    ),
    '',
    '| metric | value |',
    '|---|---:|',
    `| First Contentful Paint | ${msOf(median.metrics.FCP)} |`,
    `| Largest Contentful Paint | ${msOf(median.metrics.LCP)} |`,
    `| Total Blocking Time | ${Math.round(median.metrics.TBT)} ms |`,
    `| Cumulative Layout Shift | ${median.metrics.CLS.toFixed(3)} |`,
    `| Speed Index | ${msOf(median.metrics.SI)} |`,
    '',
    median.findings.length === 0
      ? 'Every scored audit of the three categories passes (score ≥ 0.9).'
      : ['Audits below 0.9 in that run:', '', ...median.findings.map((line) => `- ${line}`)].join('\n'),
    '',
    'Performance is simulated (Lantern) from a trace taken on this machine and scaled by its benchmark index, so ' +
      'other work on the two shared cores moves it by several points between runs; accessibility and best ' +
      'practices do not depend on load.',
  ].join('\n');
}

const START = '<!-- keep:lighthouse -->';
const END = '<!-- /keep:lighthouse -->';
/** What follows this marker inside the section is written by hand and kept from run to run. */
const NOTES = '<!-- lighthouse:notes -->';

/**
 * Puts the section between its markers, keeping the hand-written notes at its end; a file without
 * the markers gets the section before the hand-written findings.
 */
export function writeLighthouseSection(path: string, markdown: string): void {
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  const from = previous.indexOf(START);
  const to = previous.indexOf(END);
  const notesAt = from >= 0 && to > from ? previous.slice(from, to).indexOf(NOTES) : -1;
  const notes = notesAt >= 0 ? previous.slice(from + notesAt, to).trimEnd() : `${NOTES}\n### Notes (by hand)\n\n(What the figures mean and what would move them.)`;
  const block = `${START}\n${markdown}\n\n${notes}\n${END}`;
  let next: string;
  if (from >= 0 && to > from) next = previous.slice(0, from) + block + previous.slice(to + END.length);
  else {
    const anchor = previous.indexOf('<!-- keep:findings -->');
    next = anchor >= 0 ? `${previous.slice(0, anchor)}${block}\n\n${previous.slice(anchor)}` : `${previous.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(path, next);
}
