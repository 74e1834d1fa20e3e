// No module reaches itself through its imports: each floor and each room can be read, loaded and
// replaced from the bottom up. Dynamic imports count too (a lazy import is still a dependency).
import { parseCircular, parseDependencyTree, shortenTree } from 'dpdm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRIES = ['server/main.ts', 'client/main.tsx', 'scripts/*.ts', 'bench/*.ts', 'tests/**/*.ts'];

describe('imports', () => {
  it('form no circle', async () => {
    const tree = await parseDependencyTree(ENTRIES, { cwd: ROOT, context: ROOT });
    expect(parseCircular(shortenTree(ROOT, tree))).toEqual([]);
  }, 60_000);
});
