// The leading log at a laptop's width: every column of a row in sight, nothing to scroll sideways
// (a leader fills an accreditation form from it).
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** The log's thirteen columns fit the window, and neither its scroll box, its table nor the page scrolls sideways. */
export async function expectAllColumnsFit(log: Locator, lang: string): Promise<void> {
  const wide = await log.evaluate((section) => {
    const scroll = section.querySelector('.leading-log__scroll')!;
    const table = section.querySelector('table')!;
    return {
      headers: [...section.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().right),
      window: window.innerWidth,
      scroll: { scrollWidth: scroll.scrollWidth, clientWidth: scroll.clientWidth },
      table: { scrollWidth: table.scrollWidth, clientWidth: table.clientWidth },
      page: { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth },
    };
  });
  expect(wide.headers, lang).toHaveLength(13);
  for (const right of wide.headers) expect(right, lang).toBeLessThanOrEqual(wide.window);
  expect(wide.scroll.scrollWidth, lang).toBeLessThanOrEqual(wide.scroll.clientWidth);
  expect(wide.table.scrollWidth, lang).toBeLessThanOrEqual(wide.table.clientWidth);
  expect(wide.page.scrollWidth, lang).toBeLessThanOrEqual(wide.page.clientWidth);
}
