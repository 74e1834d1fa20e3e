// Debian's Chromium, driven by playwright-core: one browser context per person in the room.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium';
import type { Language } from '../../shared/language';

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

export const DEVICES = {
  laptop: { viewport: { width: 1366, height: 800 } },
  projector: { viewport: { width: 1920, height: 1080 } },
  smallProjector: { viewport: { width: 1280, height: 720 } },
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
} as const;

/** The browsers' own tags, as an English, German, French or Spanish laptop or phone sends them. */
export const LOCALE_TAGS: Readonly<Record<Language, string>> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

/**
 * A device of its own, set to `lang` the way a person's browser is, so the app takes its language
 * from navigator.languages; without one, the browser's default.
 */
export async function person(
  browser: Browser,
  device: keyof typeof DEVICES,
  base: string,
  lang?: Language,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    ...DEVICES[device],
    baseURL: base,
    ...(lang ? { locale: LOCALE_TAGS[lang] } : {}),
  });
  const page = await context.newPage();
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Colours are judged as they settle: a notice fading in or a fresh flag's pulse is not its contrast.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => {
      const endTime = animation.effect?.getComputedTiming().endTime;
      return animation.playState !== 'running' || endTime === Infinity;
    }),
  );
  // Evaluated, not added as a <script>: the app's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe.run();
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** One line per finding: the rule, its impact, what it asks, and where on the page. */
export function described(violations: readonly AxeViolation[]): string[] {
  return violations.map(
    ({ id, impact, help, nodes }) => `${id} (${impact}): ${help} — at ${nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

/** Fails with every serious and critical axe-core finding on this screen, in the state it is in. */
export async function expectAccessible(who: { page: Page; label: string }, state: string): Promise<void> {
  const violations = await seriousViolations(who.page);
  expect(described(violations), `${who.label}, ${state}`).toEqual([]);
}
