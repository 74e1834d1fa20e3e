// Every stylesheet parses on its own: a rule left open (a merge can drop a brace) would nest the
// rules after it inside it, and the screens they style would quietly lose them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { expect, test } from 'vitest';

const stylesheets = readdirSync('client', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => join('client', file));

test('there are stylesheets to check', () => {
  expect(stylesheets.length).toBeGreaterThan(10);
});

test.each(stylesheets)('%s closes every rule it opens', (file) => {
  expect(() => postcss.parse(readFileSync(file, 'utf8'), { from: file })).not.toThrow();
});
