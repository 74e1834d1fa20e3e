// What the browser tests ask a page that its words do not tell: whether it is still the same
// document, whether an element is in sight, the wake locks it holds, what moves, what a sighted
// person reads, where focus is.
import type { BrowserContext, Locator } from 'playwright-core';
import type { Person } from './room';

/** Leaves a mark in the page's document: it survives anything but a reload or a navigation. */
export async function markDocument(who: Person): Promise<void> {
  await who.page.evaluate(() => {
    (window as unknown as { sameDocument?: boolean }).sameDocument = true;
  });
}

export function isSameDocument(who: Person): Promise<boolean> {
  return who.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
}

/** Whether the element can be seen: inside the viewport and on top, not covered by another. */
export function inSight(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inside =
      box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    if (!inside) return false;
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && element.contains(hit);
  });
}

/** Leaves focus on the page itself, as after a click on empty space. */
export async function focusNothing(who: Person): Promise<void> {
  await who.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/**
 * Stands in for the Screen Wake Lock API in this browser context and counts the locks the page holds:
 * headless Chromium has no screen to keep awake, and a phone lying face down must hold none.
 */
export async function countWakeLocks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const held = new Set<object>();
    (window as unknown as { wakeLocksHeld: () => number }).wakeLocksHeld = () => held.size;
    const request = async () => {
      const sentinel = {
        type: 'screen',
        released: false,
        async release() {
          sentinel.released = true;
          held.delete(sentinel);
        },
        addEventListener() {},
        removeEventListener() {},
      };
      held.add(sentinel);
      return sentinel;
    };
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
  });
}

/** How many wake locks the page holds now (after countWakeLocks on its context). */
export function wakeLocksHeld(who: Person): Promise<number> {
  return who.page.evaluate(() => (window as unknown as { wakeLocksHeld: () => number }).wakeLocksHeld());
}

/** Whether anything on the page moves: a running animation or transition, or one that would. */
export function somethingMoves(who: Person): Promise<string[]> {
  return who.page.evaluate(() => {
    const moving = document.getAnimations().map((animation) => `animation ${(animation as CSSAnimation).animationName ?? ''}`);
    for (const element of document.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (style.animationName !== 'none') moving.push(`${element.tagName.toLowerCase()}.${element.className}: ${style.animationName}`);
    }
    return moving;
  });
}

/** The text a sighted person can read: without what is only for screen readers (.visually-hidden). */
export function visibleText(who: Person): Promise<string> {
  return who.page.evaluate(() => {
    const seen: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden, script, style')) continue;
      if (parent.checkVisibility && !parent.checkVisibility()) continue;
      if (node.textContent?.trim()) seen.push(node.textContent.trim());
    }
    return seen.join('\n');
  });
}
