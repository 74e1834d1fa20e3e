// Gives a browser started by this process every core back (Linux), for the phone-join bench.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * A caller that keeps itself to one core (bench/run.ts keeps its clients on the last one) passes
 * that on to the browser it starts. A phone does not share one core with the test driver: the
 * browser's processes get every core back, so that only the emulated 4× slowdown slows the page.
 * Renderers started later are forked from these processes and inherit it.
 */
export function freeBrowserCpus(): void {
  const all = `0-${cpus().length - 1}`;
  for (const pid of browserProcesses()) {
    try {
      execFileSync('taskset', ['-a', '-p', '-c', all, String(pid)], { stdio: 'ignore' });
    } catch {
      // The process has gone, or taskset is missing: the figures are then taken as the caller runs.
    }
  }
}

/** Chromium processes started by this process, found through /proc (Linux only; none elsewhere). */
function browserProcesses(): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const parents = new Map<number, { parent: number; name: string }>();
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (name) state ppid …; the name may hold spaces and parentheses, so read around the last ')'.
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const parent = Number(stat.slice(close + 2).split(' ')[1]);
      parents.set(Number(entry), { parent, name });
    } catch {
      // gone meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    for (let at = parents.get(pid); at; at = parents.get(at.parent)) if (at.parent === process.pid) return true;
    return false;
  };
  return [...parents].filter(([pid, { name }]) => /chrom/i.test(name) && descends(pid)).map(([pid]) => pid);
}
