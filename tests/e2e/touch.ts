// Touch targets, measured in the browser: axe cannot see them. Every control a finger aims at on a
// phone (or the console) is at least 44 × 44 px.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A target smaller than this on a phone (or the console) fails; half a pixel for subpixel layout. */
export const TOUCH_PX = 44;

interface Target {
  what: string;
  width: number;
  height: number;
}

/** Every visible control a finger can aim at, measured as the area that takes the tap. */
export function touchTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
    const out: { what: string; width: number; height: number }[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest('.visually-hidden')) continue;
      // A checkbox or radio inside its label is tapped on the label: that is its target.
      const isChoice = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
      const target = (isChoice && element.closest('label')) || element;
      const style = getComputedStyle(target);
      const box = target.getBoundingClientRect();
      if (style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      out.push({ what: `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${name}"`, width: box.width, height: box.height });
    }
    return out;
  });
}

export async function expectTouchTargets(who: { label: string; page: Page }, state: string): Promise<void> {
  const targets = await touchTargets(who.page);
  expect(targets.length, `${who.label}, ${state}: no controls found`).toBeGreaterThan(0);
  const small = targets
    .filter((target) => target.width < TOUCH_PX - 0.5 || target.height < TOUCH_PX - 0.5)
    .map((target) => `${target.what}: ${target.width.toFixed(1)}×${target.height.toFixed(1)}`);
  expect(small, `${who.label}, ${state}: targets under ${TOUCH_PX}×${TOUCH_PX} px`).toEqual([]);
}

