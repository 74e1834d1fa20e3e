// Layouts that hold a first-time leader's hour in every language. On a 1366×768 laptop the running
// phase's controls (Pause, Next, Previous, Undo, the added minutes) are in sight at every phase, in
// English, German, French and Spanish; a screenshot of each goes to test-artifacts. In German,
// French and Spanish no text on the display, the co-leader's panel or the console runs out of its
// box or is cut off, at 1920×1080, 390×844 and 1366×768; a long name never breaks inside a word;
// "+5 Min." and "Nächste Phase" stay on one line.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/language';
import { LOCALES } from '../../shared/localize';
import type { CreatedMeeting } from '../../shared/protocol';
import { findFormat } from '../../shared/templates';
import { createMeeting, joinMeeting, type Running } from '../integration/harness';
import { LOCALE_TAGS, screenshot } from './browser';
import { POLL, commandAs, showsPhase, watch, type Person } from './room';
import { closeStage, evidenceOnFailure, openStage } from './setup';
import { inSight } from './page-probes';
import { wordsIn } from './words';

const LAPTOP = { width: 1366, height: 768 };
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
] as const;
/** A name as long as a real one gets: it must wrap between its words, never inside one. */
const LONG_NAME = 'Maximiliane Josephine Wolkenstein';

let server: Running;
let browser: Browser;
const contexts: BrowserContext[] = [];
const open: Person[] = [];

beforeAll(async () => {
  ({ server, browser } = await openStage({ joinRatePerMinute: 1000 }));
});

afterEach(evidenceOnFailure(() => open));

afterAll(() => closeStage({ server, browser }, contexts));

/** A device in `lang`: a browser context of its own, at `size`. */
async function screenIn(lang: Language, size: { width: number; height: number }, label: string, surface: Person['surface']) {
  const context = await browser.newContext({ viewport: size, baseURL: server.url, locale: LOCALE_TAGS[lang] });
  contexts.push(context);
  const who = { ...watch(await context.newPage(), label, surface, lang), context };
  open.push(who);
  return who;
}

/** Whether `locator`'s words sit on one line. */
function oneLine(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((css) => {
    const wrapped: string[] = [];
    for (const element of document.querySelectorAll(css)) {
      const range = document.createRange();
      range.selectNodeContents(element);
      const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (tops.size > 1) wrapped.push((element.textContent ?? '').trim());
    }
    return wrapped;
  }, selector);
}

/**
 * What does not fit: a box whose content is wider than it (and that does not scroll on purpose),
 * text cut off by a box that hides its overflow or ends it in "…", anything past the page's edge,
 * and a name broken inside a word.
 */
function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const scrolls = (style: CSSStyleDeclaration) => ['auto', 'scroll'].includes(style.overflowX);
    const inScroller = (element: Element) => {
      for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) if (scrolls(getComputedStyle(at))) return true;
      return false;
    };
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${width} px`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('.visually-hidden, svg, dialog:not([open]), script, style')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (scrolls(style) || inScroller(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (style.position !== 'fixed' && (box.right > width + 1 || box.left < -1)) {
        problems.push(`${describe(element)} reaches ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
        continue;
      }
      const inline = style.display.startsWith('inline') && !/block|flex|grid/.test(style.display);
      if (inline) continue;
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${describe(element)} holds ${element.scrollWidth} px of content in ${element.clientWidth} px`);
      }
      const clips = (value: string) => value === 'hidden' || value === 'clip';
      if (clips(style.overflowY) && element.clientHeight > 0 && element.scrollHeight > element.clientHeight + 1) {
        problems.push(`${describe(element)} cuts ${element.scrollHeight - element.clientHeight} px of text off`);
      }
      if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth) {
        problems.push(`${describe(element)} ends in "…"`);
      }
    }
    // A name wraps between its words: each word of it sits on one line.
    for (const name of document.querySelectorAll('.person-name, .people__name')) {
      const text = name.firstChild;
      if (!(text instanceof Text)) continue;
      let at = 0;
      for (const word of (text.textContent ?? '').split(' ')) {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + word.length);
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (tops.size > 1) problems.push(`the name "${text.textContent}" breaks inside "${word}"`);
        at += word.length + 1;
      }
    }
    return problems;
  });
}

describe.each(['en', 'de', 'fr', 'es'] as const satisfies readonly Language[])('the console at 1366×768 in %s', (lang) => {
  const say = wordsIn(lang);
  let meeting: CreatedMeeting;
  let leader: Person;

  it('keeps the running phase’s controls in sight at every phase; a screenshot of each', async () => {
    meeting = await createMeeting(server.url, { title: say('landing.meetingTitlePlaceholder'), language: lang });
    for (const name of ['Anna', LONG_NAME]) await joinMeeting(server.url, meeting.joinCode, name);
    leader = await screenIn(lang, LAPTOP, `leader-${lang}`, 'leader');
    await leader.page.goto(meeting.links.leader);
    // Under way: the primary button says "Pause" from the first phase on.
    expect(await commandAs(server.url, meeting.leaderToken, () => ({ type: 'timer.resume' }))).toMatchObject({ ok: true });
    const button = (name: string) => leader.page.getByRole('button', { name, exact: true });
    const plan = findFormat('standard')!.phases;

    for (let index = 0; index < plan.length; index += 1) {
      const phase = LOCALES[lang].phases[plan[index]!.id]!.title;
      await showsPhase(leader, phase);
      const last = index === plan.length - 1;
      const controls = [
        say('leader.pause'),
        last ? say('leader.nextCase') : say('leader.next'),
        say('leader.extend', { minutes: 1 }),
        say('leader.extend', { minutes: 2 }),
        say('leader.extend', { minutes: 5 }),
        ...(index > 0 ? [say('leader.previous'), say('leader.undo', { title: LOCALES[lang].phases[plan[index - 1]!.id]!.title })] : []),
      ];
      for (const name of controls) {
        const control = name === say('leader.previous') ? leader.page.getByRole('button', { name }) : button(name);
        await expect.poll(() => inSight(control), { ...POLL, message: `${lang}, ${plan[index]!.id}: "${name}" in sight` }).toBe(true);
      }
      expect(await oneLine(leader.page, '.timer-controls__extend, .timer-controls__main .button'), `${lang}, ${plan[index]!.id}`).toEqual([]);
      await screenshot(leader.page, `${lang}-console-1366-phase-${index + 1}-${plan[index]!.id}`);
      if (!last) await button(say('leader.next')).click();
    }
  });
});

describe.each(['de', 'fr', 'es'] as const satisfies readonly Language[])('nothing runs out of its box in %s', (lang) => {
  let meeting: CreatedMeeting;
  let screens: Person[] = [];

  it('on the display, the co-leader panel and the console, at 1920×1080, 390×844 and 1366×768', async () => {
    meeting = await createMeeting(server.url, { title: 'Balint', language: lang });
    const joined = await joinMeeting(server.url, meeting.joinCode, LONG_NAME);
    await joinMeeting(server.url, meeting.joinCode, 'Anna');
    const display = await screenIn(lang, SIZES[0], `display-${lang}`, 'display');
    const coLeader = await screenIn(lang, SIZES[1], `co-leader-${lang}`, 'co-leader');
    const leader = await screenIn(lang, SIZES[2], `leader-${lang}`, 'leader');
    screens = [display, coLeader, leader];
    await display.page.goto(meeting.links.display);
    await coLeader.page.goto(meeting.links.coLeader);
    await leader.page.goto(meeting.links.leader);
    const lead = (command: Parameters<typeof commandAs>[2]) => commandAs(server.url, meeting.leaderToken, command);

    // The opening with its ground rules; then the discussion, the presenter named, a flag open.
    const states: [string, () => Promise<void>][] = [
      ['opening', async () => {
        await lead(() => ({ type: 'timer.resume' }));
      }],
      ['discussion', async () => {
        await lead(() => ({ type: 'presenter.set', participantId: joined.participantId }));
        await lead(() => ({ type: 'phase.goto', phaseId: 'discussion' }));
        await commandAs(server.url, meeting.coLeaderToken, () => ({ type: 'flag.raise', kind: 'personal-exploration' }));
        await commandAs(server.url, meeting.coLeaderToken, () => ({ type: 'cue.send', cue: 'presenter-shaken' }));
      }],
    ];
    for (const [phaseId, reach] of states) {
      await reach();
      const title = LOCALES[lang].phases[phaseId]!.title;
      for (const who of screens) await showsPhase(who, title);
      for (const size of SIZES) {
        for (const who of screens) {
          await who.page.setViewportSize(size);
          // Laid out at the new size, and measured at rest: a fresh flag's pulse is not its size.
          await who.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
          await who.page.waitForFunction(() =>
            document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity),
          );
          expect(await overflowProblems(who.page), `${who.label}, ${phaseId}, ${size.width}×${size.height}`).toEqual([]);
        }
      }
      for (const who of screens) await screenshot(who.page, `${lang}-fit-${who.surface}-${phaseId}`);
    }
  });
});
