// What axe cannot see, measured in the browser: touch target sizes, reflow at 320 px with text at
// 200 %, reduced motion, a visible focus indicator on every focusable element, no keyboard trap,
// and the live region speaking phase changes and notices. The checks; the tests that use them are
// in accessibility-measured.test.ts.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Person } from './room';

/** What does not fit at the page's width: sideways scrolling, boxes past the edge, text cut off. */
export function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px in ${width} px`);
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
    // A table or a chart may scroll sideways in a box of its own (WCAG 1.4.10 allows it): what is
    // inside such a box is judged by the box, not by the page's width.
    const inScroller = (element: Element) => {
      for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(at).overflowX)) return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('.visually-hidden, svg, dialog:not([open])')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (['auto', 'scroll'].includes(style.overflowX) || inScroller(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 1 || box.left < -1) {
        problems.push(`${describe(element)} reaches ${Math.round(box.left)}–${Math.round(box.right)} px`);
        continue;
      }
      if (style.display.startsWith('inline') && !style.display.includes('block') && !style.display.includes('flex') && !style.display.includes('grid')) {
        continue;
      }
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${describe(element)} holds ${element.scrollWidth} px of content in ${element.clientWidth} px`);
      }
      const clipsHeight = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (clipsHeight && element.clientHeight > 0 && element.scrollHeight > element.clientHeight + 1) {
        problems.push(`${describe(element)} cuts ${element.scrollHeight - element.clientHeight} px of text off at the bottom`);
      }
    }
    // A select may clip its chosen option inside itself and still report no overflow (Chromium does,
    // with some fonts): measure the option's words against the lines the field has room for.
    const ruler = document.createElement('canvas').getContext('2d')!;
    for (const select of document.body.querySelectorAll('select')) {
      const chosen = select.selectedOptions[0]?.text;
      const style = getComputedStyle(select);
      if (!chosen || style.display === 'none' || select.closest('.visually-hidden, dialog:not([open])')) continue;
      const px = (value: string) => Number.parseFloat(value) || 0;
      ruler.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const wide = ruler.measureText(chosen).width;
      const room = select.clientWidth - px(style.paddingLeft) - px(style.paddingRight);
      const lines = Math.max(1, Math.floor((select.clientHeight - px(style.paddingTop) - px(style.paddingBottom)) / (px(style.fontSize) * 1.1)));
      if (room > 0 && wide > room * lines + 1) {
        problems.push(`${describe(select)} shows "${chosen}" (${Math.round(wide)} px) in ${lines} line(s) of ${Math.round(room)} px`);
      }
    }
    return problems;
  });
}

/** Text at 200 % of the browser default: every rem and em on the page doubles, as a user's setting would. */
export async function enlargeText(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
}

export async function expectReflows(who: Person, state: string): Promise<void> {
  expect(await reflowProblems(who.page), `${who.label}, ${state}, 320 px wide with text at 200 %`).toEqual([]);
}

/** Longest animation or transition on the page (and on a sample of the reconnecting spinner), in ms. */
export function motionProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The spinner only shows while the line is down: a sample of it is judged by the same rules.
    const sample = document.createElement('span');
    sample.className = 'connection-indicator__spinner';
    document.body.append(sample);
    const toMs = (value: string) =>
      value.split(',').map((part) => {
        const trimmed = part.trim();
        return trimmed.endsWith('ms') ? Number.parseFloat(trimmed) : Number.parseFloat(trimmed) * 1000;
      });
    const problems: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after'] as const) {
        const style = getComputedStyle(element, pseudo);
        const moving = style.animationName !== 'none' ? Math.max(...toMs(style.animationDuration)) : 0;
        const endless = style.animationName !== 'none' && style.animationIterationCount.includes('infinite');
        const changing = style.transitionProperty !== 'none' ? Math.max(...toMs(style.transitionDuration)) : 0;
        if (moving > 1 || changing > 1 || endless) {
          problems.push(
            `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]}${pseudo ?? ''}: ` +
              `animation ${style.animationName} ${style.animationDuration} × ${style.animationIterationCount}, transition ${style.transitionDuration}`,
          );
        }
      }
    }
    sample.remove();
    return problems;
  });
}

export interface FocusStep {
  index: number;
  what: string;
}

/**
 * Tabs through the whole page from the top, as a keyboard user does, until focus leaves the page or
 * comes back round. Returns what got focus in order, how each looked focused, and what was never reached.
 */
export async function tabThrough(page: Page): Promise<{ visited: FocusStep[]; unreached: string[]; invisible: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    (window as unknown as { focusWalk: Element[] }).focusWalk = [];
    window.scrollTo(0, 0);
  });
  const visited: FocusStep[] = [];
  // Tab starts where focus last was and wraps round past the end of the page (focus on no element
  // for one press): the walk ends when an element comes round again, or focus stays off the page.
  let offPage = 0;
  for (let step = 0; step < 200 && offPage < 2; step += 1) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => {
      const walk = (window as unknown as { focusWalk: Element[] }).focusWalk;
      const element = document.activeElement;
      if (!element || element === document.body || element === document.documentElement) return { done: false, off: true, index: -1, what: '' };
      // A date field takes a Tab stop per part (day, month, year): the same element again, not the wrap.
      if (walk[walk.length - 1] === element) return { done: false, off: false, index: -2, what: '' };
      if (walk.includes(element)) return { done: true, off: false, index: walk.indexOf(element), what: '' };
      walk.push(element);
      const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return { done: false, off: false, index: walk.length - 1, what: `${element.tagName.toLowerCase()} "${label}"` };
    });
    if (now.done) break;
    if (now.index === -2) continue;
    if (now.off) {
      offPage += 1;
      continue;
    }
    offPage = 0;
    visited.push({ index: now.index, what: now.what });
    // Focused, as the keyboard left it (:focus-visible): how it looks now, kept beside the element.
    await page.evaluate(() => {
      const element = document.activeElement as HTMLElement & { focusedLook?: object };
      const style = getComputedStyle(element);
      element.focusedLook = {
        outlineStyle: style.outlineStyle,
        outlineWidth: Number.parseFloat(style.outlineWidth),
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
        matches: element.matches(':focus-visible'),
      };
    });
  }
  const judged = await page.evaluate(() => {
    const walk = (window as unknown as { focusWalk: (HTMLElement & { focusedLook?: any })[] }).focusWalk;
    (document.activeElement as HTMLElement | null)?.blur();
    const parse = (color: string): [number, number, number, number] | null => {
      const match = /rgba?\(([^)]+)\)/.exec(color);
      if (!match) return null;
      const parts = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: [number, number, number, number]) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    /** The colour the outline is drawn on: the nearest painted background around the element. */
    const backdrop = (element: Element): [number, number, number, number] => {
      for (let at: Element | null = element.parentElement; at; at = at.parentElement) {
        const color = parse(getComputedStyle(at).backgroundColor);
        if (color && color[3] > 0.5) return color;
      }
      return parse(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255, 1];
    };
    const invisible: string[] = [];
    for (const element of walk) {
      const focused = element.focusedLook;
      const style = getComputedStyle(element);
      const label = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
      if (!focused?.matches) {
        invisible.push(`${label}: not :focus-visible after Tab`);
        continue;
      }
      const outline = focused.outlineStyle !== 'none' && focused.outlineWidth >= 2;
      const shadow = focused.boxShadow !== 'none' && focused.boxShadow !== style.boxShadow;
      if (!outline && !shadow) {
        invisible.push(`${label}: no outline or shadow when focused`);
        continue;
      }
      if (outline) {
        const ink = parse(focused.outlineColor);
        const ground = backdrop(element);
        if (ink) {
          const [a, b] = [luminance(ink), luminance(ground)].sort((x, y) => y - x) as [number, number];
          const ratio = (a + 0.05) / (b + 0.05);
          if (ratio < 3) invisible.push(`${label}: focus outline ${focused.outlineColor} on ${ground.join(',')} is ${ratio.toFixed(2)}:1`);
        }
      }
    }
    // Everything a keyboard should reach: enabled, shown, not taken out of the order.
    const tabbable = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])',
      ),
    ].filter((element) => {
      if (element.closest('dialog:not([open]), [inert], .visually-hidden')) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden' && element.tabIndex >= 0;
    });
    // A radio group is one tab stop: one of its radios stands for all.
    const reachedGroups = new Set(walk.filter((e) => e instanceof HTMLInputElement && e.type === 'radio').map((e) => (e as HTMLInputElement).name));
    const unreached = tabbable
      .filter((element) => !walk.includes(element))
      .filter((element) => !(element instanceof HTMLInputElement && element.type === 'radio' && reachedGroups.has(element.name)))
      .map((element) => `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`);
    return { invisible, unreached };
  });
  return { visited, ...judged };
}

export async function expectKeyboardReachable(who: Person, state: string): Promise<void> {
  const { visited, unreached, invisible } = await tabThrough(who.page);
  expect(visited.length, `${who.label}, ${state}: Tab reached nothing`).toBeGreaterThan(0);
  expect(unreached, `${who.label}, ${state}: never reached with Tab (a trap, or out of the order)`).toEqual([]);
  expect(invisible, `${who.label}, ${state}: focus not visible`).toEqual([]);
}

/** The page's live region (client/components/LiveRegion.tsx): what a screen reader was last told. */
export function liveRegion(page: Page) {
  return page.locator('.visually-hidden[aria-live="polite"][aria-atomic="true"]');
}

/** Counts every change to the live region's text from now on, in the page. */
export async function countAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.querySelector('.visually-hidden[aria-live="polite"][aria-atomic="true"]');
    const counter = window as unknown as { announcements: string[] };
    counter.announcements = [];
    if (!region) return;
    new MutationObserver(() => {
      const said = region.textContent ?? '';
      if (said) counter.announcements.push(said);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

export function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { announcements?: string[] }).announcements ?? []);
}
