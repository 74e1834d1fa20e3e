// axe-core on every surface, each in the state that holds the most: the console with an open flag,
// a notice and a pause signal; the display with that notice; a member with the case toggle pressed;
// a member's phone lying dark in the discussion; the presenter listening. Serious and critical
// findings fail the test and are listed in full. (The room's new screens in every language:
// room-first.test.ts.)
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { FLAG_CATALOG } from '../../shared/flags';
import { en } from './words';
import { removeDir, startServer, type Running } from '../integration/harness';
import { DEVICES, expectAccessible, launchChromium } from './browser';
import { expectTouchTargets } from './touch';
import {
  allShowEnded,
  CLIENT_DIR,
  commandAs,
  copyCoLeaderLink,
  enter,
  joinWithName,
  keepEvidence,
  openDisplay,
  POLL,
  rememberedToken,
  shows,
  showsNotice,
  showsPhase,
  startMeeting,
  type Leader,
  type Person,
  pickPresenter,
} from './room';

const NOTICE = 'Five more minutes, then we turn back to the presenter.';
const OPEN_FLAG = FLAG_CATALOG.judgement;
const WALL_FLAG = FLAG_CATALOG['medical-drift'];

let server: Running;
let browser: Browser;
let leader: Leader;
let display: Person;
let coLeader: Person;
let anna: Person;
let ben: Person;
let joinCode = '';

beforeAll(async () => {
  server = await startServer({ clientDir: CLIENT_DIR });
  browser = await launchChromium();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await keepEvidence([leader, display, coLeader, anna, ben], task.name);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

describe('no serious or critical accessibility violations', () => {
  it('on the start page, on a phone and on a laptop', async () => {
    for (const device of ['phone', 'laptop'] as const) {
      const visitor = await enter(browser, device, server.url, `landing-${device}`, 'member');
      await visitor.page.goto('/');
      await visitor.page.getByRole('heading', { name: en('landing.startHeading') }).waitFor();
      // The footer says the version the client was built from: package.json's.
      const version = visitor.page.locator('footer').getByText(en('landing.version', { version: packageJson.version }));
      expect(await version.isVisible()).toBe(true);
      await expectAccessible(visitor, 'start page');
      await visitor.context.close();
    }
  });

  it('on the leader console, just started', async () => {
    leader = await enter(browser, 'laptop', server.url, 'leader', 'leader');
    ({ joinCode } = await startMeeting(leader, 'Accessible group'));
    await expectAccessible(leader, 'just started');
  });

  it('on the join form, empty and with an error', async () => {
    anna = await enter(browser, 'phone', server.url, 'Anna', 'member');
    await anna.page.goto(`/join/${joinCode}`);
    await anna.page.getByLabel(en('join.name')).waitFor();
    await expectAccessible(anna, 'join form');
    await anna.page.getByRole('button', { name: en('join.submit'), exact: true }).click();
    await anna.page.getByRole('alert').getByText(en('join.nameMissing')).waitFor();
    await expectAccessible(anna, 'join form with an error');
  });

  it('on the member view, and with "I have a case" pressed', async () => {
    await anna.page.getByLabel(en('join.name')).fill('Anna');
    await anna.page.getByRole('button', { name: en('join.submit'), exact: true }).click();
    await anna.page.getByText(en('member.youAre', { name: 'Anna' })).waitFor();
    await expectAccessible(anna, 'opening');

    await leader.page.getByRole('button', { name: en('leader.start'), exact: true }).click();
    await leader.page.getByRole('button', { name: en('leader.next'), exact: true }).click();
    await showsPhase(anna, 'Who has a case?');
    await anna.page.getByRole('button', { name: en('member.caseToggle'), exact: true }).click();
    await shows(anna, en('member.caseOn'));
    await expectAccessible(anna, 'case call, case toggle pressed');
  });

  it('on the co-leader panel, fresh and after raising flags', async () => {
    coLeader = await enter(browser, 'phone', server.url, 'co-leader', 'co-leader');
    await coLeader.page.goto(await copyCoLeaderLink(leader));
    await coLeader.page.getByRole('heading', { name: en('coLeader.flagsHeading') }).waitFor();
    await expectAccessible(coLeader, 'fresh');

    await coLeader.page.getByLabel(en('coLeader.note')).fill('Laughed at the patient');
    await coLeader.page.getByRole('button', { name: new RegExp(`^${OPEN_FLAG.label}`) }).click();
    await shows(coLeader, en('coLeader.raised', { label: OPEN_FLAG.label }));
    await coLeader.page.getByRole('button', { name: new RegExp(`^${FLAG_CATALOG['safety-concern'].label}`) }).click();
    await shows(coLeader, en('coLeader.raised', { label: FLAG_CATALOG['safety-concern'].label }));
    await expectAccessible(coLeader, 'two flags raised');
  });

  it('on the presenter listening, and a member in the discussion with phones down', async () => {
    ben = await enter(browser, 'phone', server.url, 'Ben', 'member');
    await ben.page.goto(`/join/${joinCode}`);
    await ben.page.getByLabel(en('join.name')).fill('Ben');
    await ben.page.getByRole('button', { name: en('join.submit'), exact: true }).click();
    await ben.page.getByText(en('member.youAre', { name: 'Ben' })).waitFor();

    // The radio shows the server's choice once it is back, not the click itself: wait for that.
    await pickPresenter(leader, 'Anna');
    await leader.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Group discussion — presenter steps back' }) }).click();
    await leader.page.getByLabel(en('leader.noticeText')).fill(NOTICE);
    await leader.page.getByRole('button', { name: en('leader.showNotice'), exact: true }).click();

    // The notice goes to the wall: Ben's dark phone was sent it and does not show it; the
    // presenter's phone is never sent one.
    await anna.page.getByRole('heading', { name: en('member.listenTitle') }).waitFor();
    await shows(ben, en('member.stepBackHint'));
    await expect.poll(() => ben.frames.some((frame) => frame.includes(NOTICE)), POLL).toBe(true);
    for (const member of [anna, ben]) {
      expect(await member.page.getByRole('complementary', { name: en('common.noticeLabel') }).count(), member.label).toBe(0);
      expect(await member.page.getByRole('timer').count(), member.label).toBe(0);
    }
    await expectAccessible(anna, 'presenter listening');
    await expectAccessible(ben, 'discussion, phones down');

    await ben.page.getByRole('button', { name: en('member.pauseButton'), exact: true }).click();
    await ben.page.getByRole('heading', { name: en('member.pauseConfirmTitle') }).waitFor();
    await expectAccessible(ben, 'asking for a pause');
    await ben.page.getByRole('button', { name: en('member.pauseSend'), exact: true }).click();
    await shows(ben, en('member.pauseSent'));
    await expectAccessible(ben, 'pause asked');
  });

  it('on the leader console with an open flag, a notice and a pause signal', async () => {
    await leader.page.locator('.flag', { hasText: OPEN_FLAG.label }).getByText('Laughed at the patient').waitFor();
    await leader.page.locator('.notice-current').getByText(NOTICE).waitFor();
    await shows(leader, en('leader.pauseSignalNew'));
    await expectAccessible(leader, 'open flags, a notice, a pause signal');

    // Judgement points at one person: its line is to say, never to project. A wall kind may go up.
    const judgement = leader.page.locator('.flag', { hasText: OPEN_FLAG.label });
    expect(await judgement.getByRole('button', { name: en('leader.projectIt') }).count()).toBe(0);
    await coLeader.page.getByRole('button', { name: new RegExp(`^${WALL_FLAG.label}`) }).click();
    const card = leader.page.locator('.flag', { hasText: WALL_FLAG.label });
    await card.getByRole('button', { name: en('leader.projectIt'), exact: true }).click();
    await card.getByLabel(en('leader.projectLabel')).waitFor();
    await expectAccessible(leader, 'editing a line to project');
  });

  it('on the display, at 1920×1080 and at 1280×720', async () => {
    display = await openDisplay(leader, 'projector');
    await showsNotice(display, NOTICE);
    await expectAccessible(display, 'discussion with a notice, 1920×1080');
    await display.page.setViewportSize({ width: 1280, height: 720 });
    await expectAccessible(display, 'discussion with a notice, 1280×720');

    // Once the meeting is under way the way in is a small code in the corner, all meeting.
    await leader.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Opening & frame' }) }).click();
    await showsPhase(display, 'Opening & frame');
    await display.page.locator('.display__join-corner').waitFor();
    await expectAccessible(display, 'opening, with the small join code');
  });

  it('on every screen once the meeting has ended', async () => {
    await leader.page.getByRole('button', { name: en('leader.end'), exact: true }).click();
    await leader.page.getByRole('dialog').waitFor();
    await expectAccessible(leader, 'confirming the end');
    await leader.page.getByRole('dialog').getByRole('button', { name: en('leader.end') }).click();

    await allShowEnded([leader, display, coLeader, anna]);
    for (const who of [leader, display, coLeader, anna]) await expectAccessible(who, 'ended');
  });
});

// ---------------------------------------------------------------------------------------------
// What axe cannot see, measured in the browser: touch target sizes, reflow at 320 px with text at
// 200 %, reduced motion, a visible focus indicator on every focusable element, no keyboard trap,
// focus back where it was after a dialog, and the live region speaking phase changes and notices.
// A meeting of its own, so these tests do not depend on the states the axe tests leave behind.

/** What does not fit at the page's width: sideways scrolling, boxes past the edge, text cut off. */
function reflowProblems(page: Page): Promise<string[]> {
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
async function enlargeText(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
}

async function expectReflows(who: Person, state: string): Promise<void> {
  expect(await reflowProblems(who.page), `${who.label}, ${state}, 320 px wide with text at 200 %`).toEqual([]);
}

/** Longest animation or transition on the page (and on a sample of the reconnecting spinner), in ms. */
function motionProblems(page: Page): Promise<string[]> {
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

interface FocusStep {
  index: number;
  what: string;
}

/**
 * Tabs through the whole page from the top, as a keyboard user does, until focus leaves the page or
 * comes back round. Returns what got focus in order, how each looked focused, and what was never reached.
 */
async function tabThrough(page: Page): Promise<{ visited: FocusStep[]; unreached: string[]; invisible: string[] }> {
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

async function expectKeyboardReachable(who: Person, state: string): Promise<void> {
  const { visited, unreached, invisible } = await tabThrough(who.page);
  expect(visited.length, `${who.label}, ${state}: Tab reached nothing`).toBeGreaterThan(0);
  expect(unreached, `${who.label}, ${state}: never reached with Tab (a trap, or out of the order)`).toEqual([]);
  expect(invisible, `${who.label}, ${state}: focus not visible`).toEqual([]);
}

/** The page's live region (client/components/LiveRegion.tsx): what a screen reader was last told. */
function liveRegion(page: Page) {
  return page.locator('.visually-hidden[aria-live="polite"][aria-atomic="true"]');
}

/** Counts every change to the live region's text from now on, in the page. */
async function countAnnouncements(page: Page): Promise<void> {
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

function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { announcements?: string[] }).announcements ?? []);
}

describe('what axe cannot see, measured in the browser', () => {
  let chair: Leader;
  let wall: Person;
  let second: Person & { context: BrowserContext };
  let cleo: Person & { context: BrowserContext };
  let code = '';
  let sessionId = '';
  const everyone = () => [chair, wall, second, cleo];

  beforeAll(async () => {
    chair = await enter(browser, 'laptop', server.url, 'chair', 'leader');
    ({ joinCode: code, sessionId } = await startMeeting(chair, 'Measured group'));
    cleo = await enter(browser, 'phone', server.url, 'Cleo', 'member');
    await joinWithName(cleo, code, 'Cleo');
    second = await enter(browser, 'phone', server.url, 'second', 'co-leader');
    await second.page.goto(await copyCoLeaderLink(chair));
    await second.page.getByRole('heading', { name: en('coLeader.flagsHeading') }).waitFor();
    wall = await openDisplay(chair, 'projector');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await keepEvidence(everyone(), task.name);
  });

  afterAll(async () => {
    for (const who of [chair, cleo, second]) await who?.context.close();
  });

  it('says phase changes and notices in the live region on every surface, not every tick', async () => {
    // Every screen shows a ticking clock in this room: the phones' and the wall's full one turned on.
    const token = await rememberedToken(chair.page, sessionId, 'leader');
    expect(await commandAs(server.url, token, () => ({ type: 'room.settings', phoneClock: true, displayClock: 'full' }))).toMatchObject({ ok: true });
    for (const who of everyone()) await countAnnouncements(who.page);
    await chair.page.getByRole('button', { name: en('leader.start'), exact: true }).click();

    // The clock ticks on every screen; the live region keeps quiet while it does.
    for (const who of everyone()) {
      const clock = who.page.getByRole('timer').first();
      await clock.waitFor();
      const before = await clock.getAttribute('aria-label');
      await expect.poll(() => clock.getAttribute('aria-label'), { ...POLL, message: who.label }).not.toBe(before);
      const after = await clock.getAttribute('aria-label');
      await expect.poll(() => clock.getAttribute('aria-label'), { ...POLL, message: who.label }).not.toBe(after);
    }
    for (const who of everyone()) expect(await announcements(who.page), who.label).toEqual([]);

    await chair.page.getByRole('button', { name: en('leader.next'), exact: true }).click();
    for (const who of everyone()) {
      await expect.poll(() => liveRegion(who.page).textContent(), { ...POLL, message: who.label }).toBe(en('common.announcePhase', { title: 'Who has a case?' }));
    }

    await chair.page.getByLabel(en('leader.noticeText')).fill(NOTICE);
    await chair.page.getByRole('button', { name: en('leader.showNotice'), exact: true }).click();
    for (const who of everyone()) {
      await expect.poll(() => liveRegion(who.page).textContent(), { ...POLL, message: who.label }).toBe(en('common.announceNotice', { notice: NOTICE }));
    }
    for (const who of everyone()) {
      expect(await announcements(who.page), who.label).toEqual([en('common.announcePhase', { title: 'Who has a case?' }), en('common.announceNotice', { notice: NOTICE })]);
    }
    // Back to the room's defaults for what follows: a quiet wall, phones with no clock.
    expect(await commandAs(server.url, token, () => ({ type: 'room.settings', phoneClock: false, displayClock: 'quiet' }))).toMatchObject({ ok: true });
  });

  it('gives every control on the phones at least 44 × 44 px, and on the console', async () => {
    await shows(cleo, en('member.caseHint'));
    await expectTouchTargets(cleo, 'case call');
    await cleo.page.getByRole('button', { name: en('member.pauseButton'), exact: true }).click();
    await expectTouchTargets(cleo, 'asking for a pause');
    await cleo.page.getByRole('button', { name: en('common.cancel'), exact: true }).click();

    // The presenter's calm screen: the phase folded away under a summary, the pause button.
    await pickPresenter(chair, 'Cleo');
    await chair.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Group discussion — presenter steps back' }) }).click();
    await cleo.page.getByRole('heading', { name: en('member.listenTitle') }).waitFor();
    await expectTouchTargets(cleo, 'presenter listening');
    await expectKeyboardReachable(cleo, 'presenter listening');
    await chair.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Who has a case?' }) }).click();
    await shows(cleo, en('member.caseHint'));

    await expectTouchTargets(second, 'fresh');
    await second.page.getByLabel(en('coLeader.note')).fill('Questions piling up');
    await expectTouchTargets(second, 'note typed');

    await expectTouchTargets(chair, 'case call with a notice');
    await expectTouchTargets(wall, 'case call with a notice');
  });

  it('shows where the keyboard is on every control, with no trap, and dialogs give focus back', async () => {
    await expectKeyboardReachable(cleo, 'case call');
    await expectKeyboardReachable(second, 'fresh');
    await expectKeyboardReachable(chair, 'case call with a notice');
    await expectKeyboardReachable(wall, 'case call with a notice (dark theme)');

    // "End meeting" opens a modal; Escape closes it and the keyboard is back on the button.
    const end = chair.page.getByRole('button', { name: en('leader.end'), exact: true });
    await end.focus();
    await chair.page.keyboard.press('Enter');
    const dialog = chair.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await chair.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await end.evaluate((element) => element === document.activeElement)).toBe(true);

    const shortcuts = chair.page.getByRole('button', { name: en('leader.shortcutsButton'), exact: true });
    await shortcuts.focus();
    await chair.page.keyboard.press('Enter');
    await chair.page.getByRole('dialog').waitFor();
    await chair.page.keyboard.press('Escape');
    await chair.page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await shortcuts.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('stops animations and transitions when the device asks for reduced motion', async () => {
    for (const who of everyone()) await who.page.emulateMedia({ reducedMotion: 'reduce' });
    // What moves on these screens: a fresh flag and a fresh pause signal on the console, a notice arriving.
    await second.page.getByRole('button', { name: new RegExp(`^${FLAG_CATALOG.airtime.label}`) }).click();
    await chair.page.locator('.flag--fresh').waitFor();
    await cleo.page.getByRole('button', { name: en('member.pauseButton'), exact: true }).click();
    await cleo.page.getByRole('button', { name: en('member.pauseSend'), exact: true }).click();
    await chair.page.locator('.pause-signals--fresh').waitFor();
    await chair.page.getByLabel(en('leader.noticeText')).fill('Let us hear from someone new.');
    await chair.page.getByRole('button', { name: en('leader.showNotice'), exact: true }).click();
    // Cleo presents now, and a presenter's phone never shows a notice: the wall's is the one that arrives.
    await showsNotice(wall, 'Let us hear from someone new.');
    for (const who of everyone()) expect(await motionProblems(who.page), who.label).toEqual([]);
    for (const who of everyone()) await who.page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('reflows at 320 px with text at 200 %, on the join form, the member view and the co-leader panel', async () => {
    const narrow = await enter(browser, 'phone', server.url, 'Dara', 'member');
    try {
      await narrow.page.setViewportSize({ width: 320, height: 640 });
      await narrow.page.goto(`/join/${code}`);
      await narrow.page.getByLabel(en('join.name')).waitFor();
      await enlargeText(narrow.page);
      await expectReflows(narrow, 'join form');
      await narrow.page.getByLabel(en('join.name')).fill('Dara');
      await narrow.page.getByRole('button', { name: en('join.submit'), exact: true }).click();
      await narrow.page.getByText(en('member.youAre', { name: 'Dara' })).waitFor();
      await enlargeText(narrow.page);
      // Shown again: a notice clears itself after a minute, and this one may be older by now.
      const token = await rememberedToken(chair.page, sessionId, 'leader');
      expect(await commandAs(server.url, token, () => ({ type: 'notice.show', text: 'Let us hear from someone new, please.' }))).toMatchObject({ ok: true });
      await showsNotice(narrow, 'Let us hear from someone new, please.');
      await expectReflows(narrow, 'case call with a notice');
      await narrow.page.getByRole('button', { name: en('member.caseToggle'), exact: true }).click();
      await shows(narrow, en('member.caseOn'));
      await narrow.page.getByRole('button', { name: en('member.pauseButton'), exact: true }).click();
      await expectReflows(narrow, 'case pressed, asking for a pause');
      await chair.page.getByRole('button', { name: en('leader.gotoPhase', { title: 'Group discussion — presenter steps back' }) }).click();
      await shows(narrow, en('member.stepBackHint'));
      await expectReflows(narrow, 'discussion, phones down, with the step-back hint');
      await narrow.page.getByText(en('member.promptToggle')).click();
      await expectReflows(narrow, 'discussion, phones down, the prompt open');
      // Twenty minutes on the clock, where the room turned phone clocks on: the widest time a phase
      // of the standard format shows.
      expect(await commandAs(server.url, token, () => ({ type: 'room.settings', phoneClock: true }))).toMatchObject({ ok: true });
      await narrow.page.getByRole('timer').waitFor();
      await expectReflows(narrow, 'discussion, with the phone clock and the step-back hint');
      expect(await commandAs(server.url, token, () => ({ type: 'room.settings', phoneClock: false }))).toMatchObject({ ok: true });

      await second.page.setViewportSize({ width: 320, height: 640 });
      await enlargeText(second.page);
      await expectReflows(second, 'with flags raised');
    } finally {
      await narrow.context.close();
    }
  });

  it('holds on the start page, a group page and the debrief too', async () => {
    const host = await enter(browser, 'phone', server.url, 'host', 'leader');
    try {
      await host.page.goto('/');
      await host.page.getByRole('heading', { name: en('landing.startHeading') }).waitFor();
      await expectTouchTargets(host, 'start page');
      await expectKeyboardReachable(host, 'start page');
      await host.page.setViewportSize({ width: 320, height: 640 });
      await enlargeText(host.page);
      await expectReflows(host, 'start page');

      await host.page.getByLabel(en('landing.groupName')).fill('Thursday group');
      await host.page.getByRole('button', { name: en('landing.groupStart'), exact: true }).click();
      await host.page.getByRole('heading', { level: 1, name: 'Thursday group' }).waitFor();
      await enlargeText(host.page);
      await expectReflows(host, 'group page');
      await host.page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
      await host.page.setViewportSize(DEVICES.phone.viewport);
      await expectTouchTargets(host, 'group page');
      await expectKeyboardReachable(host, 'group page');
    } finally {
      await host.context.close();
    }

    await chair.page.getByRole('button', { name: en('leader.end'), exact: true }).click();
    await chair.page.getByRole('dialog').getByRole('button', { name: en('leader.end') }).click();
    await chair.page.getByRole('link', { name: en('common.openDebrief') }).click();
    await chair.page.getByRole('heading', { level: 1, name: 'Measured group' }).waitFor();
    await chair.page.getByRole('heading', { name: en('debrief.caseHeading', { number: 1 }), exact: true }).waitFor();
    await expectTouchTargets(chair, 'debrief');
    await expectKeyboardReachable(chair, 'debrief');
    await chair.page.setViewportSize({ width: 320, height: 640 });
    await enlargeText(chair.page);
    await expectReflows(chair, 'debrief');
  });
});
