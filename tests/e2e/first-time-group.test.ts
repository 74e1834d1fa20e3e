// A first-time leader's group meeting, in German, in Chromium: it takes the group's name, leads
// back to the group, and its export speaks the leader's language and time zone.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/localize';
import type { Running } from '../integration/harness';
import { LOCALE_TAGS, screenshot } from './browser';
import { button, type Person, screenText, shows, showsPhase, watch } from './room';
import { closeStage, openStage } from './setup';
import { wordsIn } from './words';

const LAPTOP = { width: 1366, height: 768 };

let server: Running;
let browser: Browser;
let sessionId = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  ({ server, browser } = await openStage({ joinRatePerMinute: 1000 }));
});

afterAll(() => closeStage({ server, browser }, contexts));

describe("a group's meeting, in German, round trip", () => {
  const GROUP = 'Donnerstagsgruppe';
  const de = wordsIn('de');
  const titleDe = (id: string) => LOCALES.de.phases[id]!.title;
  let chair: Person & { context: BrowserContext };

  it('starts from the group page with no title typed: the meeting takes the group’s name', async () => {
    const created = await fetch(`${server.url}/api/groups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: GROUP }),
    });
    const group = (await created.json()) as { groupId: string; links: { group: string } };
    // A German laptop in Berlin: the export must read as this screen does.
    const context = await browser.newContext({
      viewport: LAPTOP,
      baseURL: server.url,
      locale: LOCALE_TAGS.de,
      timezoneId: 'Europe/Berlin',
      acceptDownloads: true,
    });
    contexts.push(context);
    chair = { ...watch(await context.newPage(), 'chair', 'leader', 'de'), context };
    await chair.page.goto(group.links.group);
    await chair.page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await button(chair, de('landing.start')).click();
    await chair.page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await showsPhase(chair, titleDe('opening'));
    sessionId = new URL(chair.page.url()).pathname.split('/')[2]!;
  });

  it('ends early after a jump: the end screen leads back to the group, which says where it ended', async () => {
    await button(chair, de('leader.start')).click();
    await button(chair, de('leader.next')).click();
    await showsPhase(chair, titleDe('case-call'));
    // Straight to the discussion: the presentation and the questions are skipped.
    await chair.page.getByRole('button', { name: new RegExp(de('leader.gotoPhase', { title: titleDe('discussion') }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
    await showsPhase(chair, titleDe('discussion'));
    await chair.page.getByRole('button', { name: de('leader.end'), exact: true }).click();
    await chair.page.getByRole('dialog').getByRole('button', { name: de('leader.end') }).click();
    await chair.page.getByRole('heading', { name: de('leader.endedTitle') }).waitFor();
    await screenshot(chair.page, 'de-first-time-leader-ended');

    await chair.page.getByRole('link', { name: de('debrief.backToGroup') }).click();
    await chair.page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    const card = chair.page.locator('article.meeting', { hasText: GROUP });
    await card.getByText(de('endedEarly.in', { phase: titleDe('discussion') })).waitFor();
    // Skipped and never reached say different things, and look different.
    await card.locator('.phase-bars__row--skipped', { hasText: titleDe('presentation') }).getByText(de('endedEarly.skipped')).waitFor();
    await card.locator('.phase-bars__row--not-reached', { hasText: titleDe('closing') }).getByText(de('debrief.notReached')).waitFor();
    const styles = await card.evaluate((element) => {
      const look = (selector: string) => {
        const title = element.querySelector(`${selector} .phase-bars__title`)!;
        const style = getComputedStyle(title);
        return `${style.textDecorationLine}/${style.fontStyle}`;
      };
      return { skipped: look('.phase-bars__row--skipped'), notReached: look('.phase-bars__row--not-reached') };
    });
    expect(styles.skipped).not.toBe(styles.notReached);
    // Ended early is not "ran 5 min under plan".
    const underPlan = new RegExp(de('group.driftUnder', { minutes: 987 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('987', '\\d+'));
    expect(await screenText(chair)).not.toMatch(underPlan);
    await screenshot(chair.page, 'de-first-time-group-page');
  });

  it('the debrief leads back to the group, says the truth about the notes, and exports in German, in Berlin time', async () => {
    await chair.page.goto(`/s/${sessionId}/debrief`);
    await chair.page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await chair.page.getByRole('link', { name: de('debrief.backToGroup') }).waitFor();
    await shows(chair, de('endedEarly.debrief', { phase: titleDe('discussion') }));
    await shows(chair, de('debriefNotes.hint'));
    expect(await screenText(chair)).not.toContain(de('debrief.notesHint'));

    const notes = 'Wir haben zu früh in die Diskussion gewechselt.';
    await chair.page.getByLabel(de('debrief.notesLabel')).fill(notes);
    const [download] = await Promise.all([
      chair.page.waitForEvent('download'),
      button(chair, de('debrief.exportMd')).click(),
    ]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain(`# Nachbesprechung: ${GROUP}`);
    expect(markdown).toContain(`- Ablauf: ${LOCALES.de.formats.standard!.title}`);
    expect(markdown).toContain('Uhrzeiten in Europe/Berlin.');
    expect(markdown).toMatch(/- Begonnen: .* MES?Z/);
    expect(markdown).toContain(`| ${titleDe('presentation')} | übersprungen |`);
    expect(markdown).toContain(`| ${titleDe('closing')} | nicht erreicht |`);
    expect(markdown).toContain(de('endedEarly.debrief', { phase: titleDe('discussion') }));
    // The screen's notes, after the record, under the screen's heading: as the screen says.
    expect(markdown).toContain(`## ${de('debrief.exportNotes')}\n\n${notes}`);
    for (const id of ['standard', 'case-call', 'discussion', 'UTC', 'Process record', 'Pause signals']) expect(markdown).not.toContain(id);
  });
});
