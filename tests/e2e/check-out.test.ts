// The anonymous check-out in real Chromium: a group turns it on from its page, phones offer it at
// the closing (axe-clean, whole-finger targets at 390 × 844), three answers show their counts in
// the debrief and on the group page, two show only "too few answers to show". And the debrief's
// timeline, whose text follows the browser's text size.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands';
import { postJson, type Running } from '../integration/harness';
import { expectAccessible, screenshot } from './browser';
import { POLL, commandAs, enter, joinWithName, keepEvidence, rememberedToken, shows, type Leader, type Person } from './room';
import { closeStage, openStage } from './setup';
import { en } from './words';

let server: Running;
let browser: Browser;
let group: { groupId: string; groupToken: string; links: { group: string } };
let leader: Leader;
const phones: (Person & { context: BrowserContext })[] = [];

beforeAll(async () => {
  ({ server, browser } = await openStage({ joinRatePerMinute: 1000 }));
  group = (await postJson(`${server.url}/api/groups`, { name: 'Thursday GP group' })).body;
  leader = await enter(browser, 'laptop', server.url, 'leader', 'leader');
});

afterAll(() => closeStage({ server, browser }));

/** Every visible control inside `scope` smaller than 44 × 44 px (half a pixel for subpixel layout). */
function smallTargets(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(`${selector} button, ${selector} a[href], ${selector} input`)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 43.5 || box.height < 43.5) small.push(`${element.textContent?.trim()}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
    }
    return small;
  }, scope);
}

/** The leader starts a meeting of the group from its page; resolves with its id once the console is up. */
async function startFromGroupPage(title: string): Promise<string> {
  await leader.page.goto(group.links.group);
  await leader.page.getByLabel(en('landing.meetingTitle')).fill(title);
  await leader.page.getByRole('button', { name: en('landing.start'), exact: true }).click();
  await leader.page.getByRole('heading', { level: 1, name: title }).waitFor();
  return new URL(leader.page.url()).pathname.split('/')[2]!;
}

async function joinPhones(sessionId: string, names: readonly string[]): Promise<Person[]> {
  const joinCode = (await leader.page.locator('.console-header__code strong').innerText()).trim();
  const joined: Person[] = [];
  for (const name of names) {
    const phone = await enter(browser, 'phone', server.url, name, 'member');
    phones.push(phone);
    await joinWithName(phone, joinCode, name);
    joined.push(phone);
  }
  const token = await rememberedToken(leader.page, sessionId, 'leader');
  // The opening runs, pauses, runs on, is left and is gone back to: three stretches on the timeline.
  const steps: Command[] = [
    { type: 'timer.resume' },
    { type: 'timer.pause' },
    { type: 'timer.resume' },
    { type: 'phase.next' },
    { type: 'phase.previous' },
    { type: 'phase.goto', phaseId: 'closing' },
  ];
  for (const step of steps) expect(await commandAs(server.url, token, () => step)).toMatchObject({ ok: true });
  return joined;
}

/** One tap per question, then "Thank you". */
async function answer(phone: Person, safety: number, focus: number): Promise<void> {
  const region = phone.page.getByRole('region', { name: en('checkout.heading') });
  await region.getByText(en('checkout.safety')).waitFor();
  await region.getByRole('button', { name: en('checkout.value', { value: safety }), exact: true }).click();
  await region.getByText(en('checkout.focus')).waitFor();
  await region.getByRole('button', { name: en('checkout.value', { value: focus }), exact: true }).click();
  await phone.page.getByRole('heading', { name: en('checkout.thanks'), exact: true }).waitFor();
}

async function endMeeting(sessionId: string): Promise<void> {
  const token = await rememberedToken(leader.page, sessionId, 'leader');
  expect(await commandAs(server.url, token, () => ({ type: 'session.end' }))).toMatchObject({ ok: true });
  for (const phone of phones.splice(0)) await phone.context.close();
}

/** "1 · Not at all" starts under 1, "5 · Completely" ends under 5, with space between them. */
async function expectEndsUnderTheScale(page: Page) {
  const box = await page.evaluate(() => {
    const rect = (element: Element) => element.getBoundingClientRect();
    const scale = rect(document.querySelector('.member__checkout-scale')!);
    const [low, high] = [...document.querySelectorAll('.member__checkout-ends > span')].map((end) => {
      const range = document.createRange();
      range.selectNodeContents(end);
      return range.getBoundingClientRect();
    });
    return { scale: { left: scale.left, right: scale.right }, low: { left: low!.left, right: low!.right }, high: { left: high!.left, right: high!.right } };
  });
  expect(Math.abs(box.low.left - box.scale.left)).toBeLessThan(2);
  expect(Math.abs(box.high.right - box.scale.right)).toBeLessThan(2);
  expect(box.high.left - box.low.right).toBeGreaterThanOrEqual(8);
}

describe('the anonymous check-out', () => {
  let first: string;

  it('is turned on from the group page', async () => {
    await leader.page.goto(group.links.group);
    const setting = leader.page.getByRole('checkbox', { name: en('checkoutResults.settingLabel') });
    await expect.poll(() => setting.isChecked(), POLL).toBe(false);
    await setting.check();
    await expect.poll(async () => (await fetch(`${server.url}/api/groups/${group.groupId}/checkout`, { headers: { authorization: `Bearer ${group.groupToken}` } }).then((r) => r.json())).enabled, POLL).toBe(true);
  });

  it('is offered on phones at the closing: axe-clean, whole-finger targets; three answers show their counts', async () => {
    first = await startFromGroupPage('Check-out with three');
    const [anna, ben, cleo] = await joinPhones(first, ['Anna', 'Ben', 'Cleo']);
    try {
      const region = anna!.page.getByRole('region', { name: en('checkout.heading') });
      await region.getByText(en('checkout.invitation')).waitFor();
      await expectAccessible(anna!, 'the check-out at the closing');
      expect(await smallTargets(anna!.page, '.member')).toEqual([]);
      await screenshot(anna!.page, 'check-out-phone');
      // The scale's ends sit under its ends, apart, also with the text at 200 %.
      await expectEndsUnderTheScale(anna!.page);
      await anna!.page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await expectEndsUnderTheScale(anna!.page);
      await screenshot(anna!.page, 'check-out-phone-200');
      await anna!.page.evaluate(() => {
        document.documentElement.style.fontSize = '';
      });

      await answer(anna!, 1, 5);
      await answer(ben!, 2, 5);
      await answer(cleo!, 2, 4);
      await expectAccessible(anna!, 'thanked after the check-out');
      // The console says how many answered, never what.
      await shows(leader, en('checkoutResults.answered', { count: 3 }));
    } catch (error) {
      await keepEvidence([leader, anna, ben, cleo], 'check-out-three');
      throw error;
    }
    await endMeeting(first);

    await leader.page.goto(`/s/${first}/debrief`);
    const record = leader.page.getByRole('region', { name: en('checkoutResults.heading') });
    await record.getByText(en('checkoutResults.answered', { count: 3 })).waitFor();
    const safety = record.getByRole('row', { name: new RegExp(en('checkoutResults.safety').replace('?', '\\?')) });
    expect((await safety.getByRole('cell').allInnerTexts()).map((text) => text.trim())).toEqual(['1', '2', '0', '0', '0']);
    const focus = record.getByRole('row', { name: new RegExp(en('checkoutResults.focus').replace('?', '\\?')) });
    expect((await focus.getByRole('cell').allInnerTexts()).map((text) => text.trim())).toEqual(['0', '0', '0', '1', '2']);
    await expectAccessible({ page: leader.page, label: 'debrief' }, 'with the check-out');
  });

  it("draws the debrief's timeline with pauses and revisits as gaps, in the browser's text size", async () => {
    const label = leader.page.locator('.timeline__label').first();
    const sizes = () =>
      leader.page.evaluate(() => {
        const text = document.querySelector('.timeline__label')!;
        return { font: parseFloat(getComputedStyle(text).fontSize), chart: document.querySelector('.timeline')!.getBoundingClientRect().height };
      });
    await label.waitFor();
    // Pauses and revisits are gaps: the opening shows as three stretches, not one block.
    const stretches = await leader.page.evaluate(() => {
      const opening = [...document.querySelectorAll('.timeline__label')].find((text) => text.textContent?.includes('Opening'));
      return opening?.parentElement?.querySelectorAll('.timeline__run').length ?? 0;
    });
    expect(stretches).toBe(3);
    const normal = await sizes();
    // The boxes keep their width, as on a phone's full-width page: only the text size changes.
    await leader.page.evaluate(() => {
      for (const box of document.querySelectorAll<HTMLElement>('.timeline-box')) box.style.width = `${box.clientWidth}px`;
      document.documentElement.style.fontSize = '200%';
    });
    await expect.poll(async () => (await sizes()).font, POLL).toBeCloseTo(normal.font * 2, 0);
    await expect.poll(async () => (await sizes()).chart, POLL).toBeGreaterThan(normal.chart * 1.5);
    await screenshot(leader.page, 'check-out-debrief-200');
    await leader.page.evaluate(() => {
      document.documentElement.style.removeProperty('font-size');
      for (const box of document.querySelectorAll<HTMLElement>('.timeline-box')) box.style.removeProperty('width');
    });
  });

  it('with two answers shows "too few answers to show", on the group page beside the first', async () => {
    const second = await startFromGroupPage('Check-out with two');
    const [dana, eli] = await joinPhones(second, ['Dana', 'Eli']);
    await answer(dana!, 3, 3);
    await answer(eli!, 4, 2);
    await endMeeting(second);

    await leader.page.goto(group.links.group);
    const trend = leader.page.getByRole('region', { name: en('checkoutResults.heading') });
    const entries = trend.getByRole('listitem');
    await expect.poll(() => entries.count(), POLL).toBe(2);
    // Oldest first: three answers with their counts, then two with none.
    expect(await entries.nth(0).innerText()).toContain(en('checkoutResults.answered', { count: 3 }));
    expect(await entries.nth(0).getByRole('table').count()).toBe(1);
    const few = await entries.nth(1).innerText();
    expect(few).toContain(en('checkoutResults.tooFew'));
    expect(few).toContain(en('checkoutResults.answered', { count: 2 }));
    expect(await entries.nth(1).getByRole('table').count()).toBe(0);
    await expectAccessible({ page: leader.page, label: 'group page' }, 'with two check-outs');
    await screenshot(leader.page, 'check-out-group-page');
  });
});
