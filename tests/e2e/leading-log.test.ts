// A leader in training's records (issue 14): a group keeps its leaders; two meetings with different
// leaders, one with a takeover, each leave a row in the leading log; the log exports as CSV and
// prints without the page's controls; two leaders write their parts of a supervision report at the
// same moment from two browsers, and neither loses a word.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadersView } from '../../shared/views';
import { connect, joinMeeting, postJson, type Running } from '../integration/harness';
import { expectAccessible, screenshot } from './browser';
import { endMeeting, enter, type Leader } from './room';
import { expectAllColumnsFit } from './leading-log-fit';
import { closeStage, openStage } from './setup';
import { en, wordsIn } from './words';

let server: Running;
let browser: Browser;
let anna: Leader;
let carl: Leader;
let group: { groupId: string; groupToken: string; links: { group: string } };
let firstMeeting: string;
let secondMeeting: string;
// The server's clock runs ahead when a test moves it: a part of professional development that ran
// for minutes, without waiting for them.
let clockAhead = 0;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  ({ server, browser } = await openStage({ takeoverAfterSec: 0, joinRatePerMinute: 1000, now: () => Date.now() + clockAhead }));
  group = (await postJson(`${server.url}/api/groups`, { name: 'Thursday GP group' })).body;
  anna = await enter(browser, 'laptop', server.url, 'Anna', 'leader', 'en');
  carl = await enter(browser, 'laptop', server.url, 'Carl', 'leader', 'en');
});

afterAll(() => closeStage({ server, browser }));

const logSection = (leader: Leader) => leader.page.locator('section.leading-log');

describe('the leading log', () => {
  it('keeps the group’s leaders, named by themselves', async () => {
    const { page } = anna;
    await page.goto(group.links.group);
    await page.getByRole('heading', { name: en('leaders.heading') }).waitFor();
    for (const name of ['Anna Berg', 'Carl D.']) {
      await page.getByRole('button', { name: en('leaders.add'), exact: true }).click();
      await page.getByRole('textbox', { name: en('leaders.nameLabel') }).last().fill(name);
    }
    await page.getByRole('button', { name: en('leaders.save'), exact: true }).click();
    await page.getByText(en('leaders.saved')).waitFor();
  });

  it('records who led and co-led a meeting started from the group page', async () => {
    const { page } = anna;
    await page.reload();
    await page.getByLabel(en('leaders.ledBy'), { exact: true }).selectOption({ label: 'Anna Berg' });
    await page.getByLabel(en('leaders.coLedBy'), { exact: true }).selectOption({ label: 'Carl D.' });
    await page.getByRole('button', { name: en('landing.start'), exact: true }).click();
    await page.waitForURL(/\/s\/[^/]+\/leader/);
    firstMeeting = /\/s\/([^/]+)\/leader/.exec(page.url())![1]!;
    await endMeeting(anna, []);
  });

  it('records a second meeting, led by the other leader, with a takeover and a part of professional development', async () => {
    const leaders = (await (await fetch(`${server.url}/api/groups/${group.groupId}/leaders`, { headers: bearer(group.groupToken) })).json()) as {
      leaders: { leaderId: string; name: string }[];
    };
    const id = (name: string) => leaders.leaders.find((leader) => leader.name === name)!.leaderId;
    const created = (await postJson(`${server.url}/api/sessions`, { title: 'Second evening', ledBy: id('Carl D.'), coLedBy: id('Anna Berg') }, bearer(group.groupToken))).body;
    secondMeeting = created.sessionId;
    for (const name of ['Zebediah-Quill', 'Ottoline-March']) await joinMeeting(server.url, created.joinCode, name);
    const leader = await connect(server.url, created.leaderToken);
    const coLeader = await connect(server.url, created.coLeaderToken);
    expect(await leader.send({ type: 'timer.resume' })).toMatchObject({ ok: true });
    expect(await leader.send({ type: 'development.start' })).toMatchObject({ ok: true });
    clockAhead += 5 * 60_000;
    leader.close();
    await coLeader.waitForView((view) => (view as LeadersView).leaderConnected === false);
    expect(await coLeader.send({ type: 'leader.takeover' })).toMatchObject({ ok: true });
    const back = await connect(server.url, created.leaderToken);
    expect(await back.send({ type: 'session.end' })).toMatchObject({ ok: true });
    back.close();
    coLeader.close();
  });

  it('shows one row per meeting with the totals, and no member’s name', async () => {
    const { page } = anna;
    await page.goto(`/g/${group.groupId}`);
    const log = logSection(anna);
    await log.getByRole('heading', { name: en('leadingLog.heading') }).waitFor();
    const rows = log.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => log.locator('.leading-log__totals').innerText()).toContain('2');
    // The two frames are counted apart, in the totals and in each row.
    const totals = await log.locator('.leading-log__totals').innerText();
    for (const key of ['leadingLog.hoursBalint', 'leadingLog.hoursDevelopment'] as const) expect(totals).toContain(en(key));
    for (const key of ['leadingLog.balint', 'leadingLog.development'] as const) {
      await log.getByRole('columnheader', { name: en(key), exact: true }).waitFor();
    }
    expect(await rows.nth(0).getByLabel(/^Led by/).inputValue()).not.toBe('');
    const second = rows.nth(1);
    const secondLed = await second.getByLabel(/^Led by/).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text);
    expect(secondLed).toBe('Carl D.');
    // Who led and co-led read as text in the row; the pickers wait behind its "Edit".
    const cell = (row: typeof second, key: string) => row.locator(`td[data-label="${key}"]`).innerText();
    expect(await cell(rows.nth(0), en('leaders.ledBy'))).toBe('Anna Berg');
    expect(await cell(rows.nth(0), en('leaders.coLedBy'))).toBe('Carl D.');
    expect(await cell(second, en('leaders.ledBy'))).toBe('Carl D.');
    expect(await cell(second, en('leaders.coLedBy'))).toBe('Anna Berg');
    expect(await cell(second, en('leadingLog.development'))).toBe(en('leadingLog.minutes', { minutes: 5 }));
    expect(await log.locator('tbody select').first().isVisible()).toBe(false);
    // No report written yet: each row offers to write one.
    expect(await rows.nth(0).getByRole('link').innerText()).toBe(en('leadingLog.writeReport'));
    const cells = await second.locator('td').allInnerTexts();
    expect(cells).toContain('1'); // the takeover
    expect(await page.locator('body').innerText()).not.toMatch(/Zebediah|Ottoline/);
    // The meetings over time say the professional-development part is no case, as the debrief does.
    const parts = await page.locator('.meeting__case-heading').allTextContents();
    expect(parts).toContain(`${en('frames.debriefPart', { number: 2 })} · ${en('frames.development')}`);
    expect(parts).not.toContain(en('debrief.caseHeading', { number: 2 }));
    await screenshot(page, 'leading-log-1366');
    await expectAccessible({ page, label: 'group page' }, 'with its leading log');
  });

  it('shows every column of a row at 1366 × 768 without sideways scrolling in every language, and a card per row on a 390 px phone', async () => {
    const { page } = anna;
    const log = logSection(anna);
    const inLanguage = async (lang: 'en' | 'de' | 'fr' | 'es') => {
      await page.evaluate((chosen) => localStorage.setItem('balint.language', chosen), lang);
      await page.reload();
      await log.getByRole('heading', { name: wordsIn(lang)('leadingLog.heading') }).waitFor();
      await log.locator('tbody tr').first().waitFor();
    };
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      // English last: the tests after this one read the page in English.
      for (const lang of ['de', 'fr', 'es', 'en'] as const) {
        await inLanguage(lang);
        await expectAllColumnsFit(log, lang);
      }
      await screenshot(page, 'leading-log-1366x768');

      await page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(() => log.locator('tbody tr').first().evaluate((row) => getComputedStyle(row).display)).toBe('block');
      const narrow = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(narrow.scrollWidth).toBeLessThanOrEqual(narrow.clientWidth);
      // Each line of the card says its column's name beside the value.
      const line = await log.locator(`tbody tr >> nth=0 >> td[data-label="${en('leaders.ledBy')}"]`).evaluate((td) => getComputedStyle(td, '::before').content);
      expect(line).toBe(`"${en('leaders.ledBy')}"`);
      await screenshot(page, 'leading-log-390x844');
      await log.screenshot({ path: 'test-artifacts/screenshots/leading-log-390x844-log.png' });
    } finally {
      await page.setViewportSize({ width: 1366, height: 800 });
      await inLanguage('en');
    }
  });

  it('filters by leader: the totals are that leader’s own', async () => {
    const log = logSection(anna);
    await log.getByLabel(en('leadingLog.filterLeader'), { exact: true }).selectOption({ label: 'Carl D.' });
    await expect.poll(() => log.locator('tbody tr').count()).toBe(2);
    await log.getByLabel(en('leadingLog.filterLeader'), { exact: true }).selectOption({ label: en('leadingLog.allLeaders') });
  });

  it('notes supervision with the supervisor’s initials', async () => {
    const first = logSection(anna).locator('tbody tr').first();
    await first.getByRole('button', { name: en('leadingLog.editOf', { date: await first.locator('th').evaluate((th) => th.firstChild!.textContent!) }) }).click();
    const edit = first.getByRole('dialog');
    await edit.getByRole('checkbox').check();
    const initials = edit.getByRole('textbox');
    await initials.fill('MK');
    await screenshot(anna.page, 'leading-log-edit');
    await expectAccessible({ page: anna.page, label: 'group page' }, 'editing a meeting of the leading log');
    await initials.blur();
    await expect
      .poll(async () => {
        const log = await (await fetch(`${server.url}/api/groups/${group.groupId}/log`, { headers: bearer(group.groupToken) })).json();
        return log.rows[0];
      })
      .toMatchObject({ supervised: true, supervisorInitials: 'MK' });
    await edit.getByRole('button', { name: en('common.close'), exact: true }).click();
    await expect.poll(() => first.locator(`td[data-label="${en('leadingLog.supervised')}"]`).innerText()).toBe(`${en('leadingLog.yes')} (MK)`);
  });

  it('exports the log as CSV', async () => {
    const { page } = anna;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en('leadingLog.exportCsv'), exact: true }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'sessionId,date,plannedMin,actualMin,format,cases,members,ledBy,coLedBy,takeovers,supervised,supervisorInitials,minutesBalint,minutesDevelopment',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`${firstMeeting},`);
    expect(lines[1]).toContain('Anna Berg,Carl D.');
    expect(lines[1]).toMatch(/,yes,MK,\d+,0$/);
    expect(lines[2]).toContain(`${secondMeeting},`);
    expect(lines[2]).toContain('Carl D.,Anna Berg,1,no,');
    expect(csv).not.toMatch(/Zebediah|Ottoline/);
  });

  it('prints the log alone: no controls, the rows as text', async () => {
    const { page } = anna;
    await page.emulateMedia({ media: 'print' });
    try {
      const log = logSection(anna);
      expect(await log.locator('tbody tr').first().isVisible()).toBe(true);
      for (const name of [en('leadingLog.exportCsv'), en('leadingLog.print'), en('leaders.save'), en('landing.start')]) {
        expect(await page.getByRole('button', { name, exact: true }).isVisible(), name).toBe(false);
      }
      expect(await log.locator('select').first().isVisible()).toBe(false);
      expect(await log.locator('tbody tr').first().innerText()).toContain('Anna Berg');
      expect(await log.locator('tbody tr').first().innerText()).toContain('MK');
      await screenshot(page, 'leading-log-print');
      const pdf = await page.pdf({ format: 'A4', landscape: true });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('a supervision report', () => {
  it('opens from the debrief', async () => {
    const { page } = anna;
    await page.goto(`/s/${firstMeeting}/debrief`);
    await page.getByRole('link', { name: en('supervision.write') }).click();
    await page.waitForURL(new RegExp(`/g/${group.groupId}/report/${firstMeeting}$`));
    await page.getByRole('heading', { name: en('supervision.headings.balint-frame') }).waitFor();
    // The identifiability warning beside every box.
    await expect.poll(() => page.getByText(en('debrief.notesWarning')).count()).toBe(5);
  });

  it('takes both leaders’ parts written at the same moment', async () => {
    await carl.page.goto(group.links.group);
    await carl.page.getByRole('heading', { name: en('leadingLog.heading') }).waitFor();
    await carl.page.goto(`/g/${group.groupId}/report/${firstMeeting}`);
    const writers = [
      { leader: anna, name: 'Anna Berg', words: 'Anna: we held the frame when the group reached for advice.' },
      { leader: carl, name: 'Carl D.', words: 'Carl: I came in early on the second question.' },
    ];
    for (const { leader, name, words } of writers) {
      await leader.page.getByLabel(en('supervision.writingAs')).selectOption({ label: name });
      const frame = leader.page.locator('section', { has: leader.page.getByRole('heading', { name: en('supervision.headings.balint-frame') }) });
      await frame.getByLabel(en('supervision.yourPart')).fill(words);
    }
    await carl.page.getByLabel(en('supervision.checkIn')).check();
    await Promise.all(writers.map(({ leader }) => leader.page.getByRole('button', { name: en('supervision.save'), exact: true }).click()));
    for (const { leader } of writers) await leader.page.getByText(en('supervision.saved'), { exact: true }).waitFor();
    for (const { leader } of writers) {
      await leader.page.reload();
      for (const { words } of writers) await leader.page.getByText(words).first().waitFor({ state: 'attached' });
    }
    await screenshot(carl.page, 'supervision-report-1366');
    await expectAccessible({ page: carl.page, label: 'supervision report' }, 'both parts written');
    const report = await (await fetch(`${server.url}/api/groups/${group.groupId}/reports/${firstMeeting}`, { headers: bearer(group.groupToken) })).json();
    expect(report.parts).toHaveLength(2);
    expect(report.parts.some((part: { presenterCheckIn: boolean }) => part.presenterCheckIn)).toBe(true);
  });

  it('is listed on the group page', async () => {
    await anna.page.goto(`/g/${group.groupId}`);
    await anna.page.getByRole('heading', { name: en('supervision.listHeading') }).waitFor();
    await anna.page.getByText(en('supervision.writtenBy', { names: 'Anna Berg, Carl D.' })).or(anna.page.getByText(en('supervision.writtenBy', { names: 'Carl D., Anna Berg' }))).first().waitFor();
    // The log's row links to the written report; the other meeting still offers to write one.
    const rows = logSection(anna).locator('tbody tr');
    expect(await rows.nth(0).getByRole('link').innerText()).toBe(en('leadingLog.report'));
    expect(await rows.nth(1).getByRole('link').innerText()).toBe(en('leadingLog.writeReport'));
  });

  it('prints the report without its fields and buttons, the leaders’ words as text', async () => {
    const { page } = carl;
    await page.goto(`/g/${group.groupId}/report/${firstMeeting}`);
    await page.getByRole('heading', { name: en('supervision.headings.balint-frame') }).waitFor();
    await page.emulateMedia({ media: 'print' });
    try {
      await screenshot(page, 'supervision-report-print');
      expect(await page.getByRole('button', { name: en('supervision.save'), exact: true }).isVisible()).toBe(false);
      expect(await page.locator('textarea').first().isVisible()).toBe(false);
      expect(await page.locator('.supervision__print-text', { hasText: 'Carl: I came in early on the second question.' }).isVisible()).toBe(true);
      expect(await page.getByText('Anna: we held the frame when the group reached for advice.').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
