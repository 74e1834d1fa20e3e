// A resident's phone saves its attendance certificate at the end of the meeting (a real download),
// and a second browser — a residency office — checks it on /verify by uploading the file: valid,
// with what it attests; the same file with one character changed is not.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../integration/harness';
import { expectAccessible, person, screenshot } from './browser';
import { endMeeting, enter, joinWithName, startMeeting, watch, type Leader, type Person } from './room';
import { closeStage, openStage } from './setup';
import { en, wordsIn } from './words';

let server: Running;
let browser: Browser;
let leader: Leader;
let resident: Person & { context: BrowserContext };
let colleague: Person & { context: BrowserContext };

beforeAll(async () => {
  ({ server, browser } = await openStage());
  leader = await enter(browser, 'laptop', server.url, 'leader', 'leader', 'en');
  resident = await enter(browser, 'phone', server.url, 'resident', 'member', 'en');
  colleague = await enter(browser, 'phone', server.url, 'colleague', 'member', 'de');
});

afterAll(() => closeStage({ server, browser }));

const NAME = 'Dr. Ana Residentova';

describe('attendance certificate', () => {
  let file: { name: string; text: string };
  let sessionId: string;

  it("a resident's phone saves its certificate at the end: a file and a scannable code", async () => {
    const started = await startMeeting(leader, 'Residents Thursday');
    sessionId = started.sessionId;
    const { joinCode } = started;
    await joinWithName(resident, joinCode, 'Ana');
    await joinWithName(colleague, joinCode, 'Jonas');
    await endMeeting(leader, [resident, colleague]);

    const { page } = resident;
    await page.getByRole('heading', { name: en('certificate.heading') }).waitFor();
    await page.getByLabel(en('certificate.name')).fill(NAME);
    await page.getByRole('button', { name: en('certificate.take'), exact: true }).click();
    const save = page.getByRole('link', { name: en('certificate.download'), exact: true });
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toMatch(/^balint-attendance-\d{4}-\d{2}-\d{2}\.txt$/);
    file = { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    const certificate = file.text.trim().split('\n').at(-1)!;
    expect(certificate).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    // Nothing of the name stays on the phone: not in its storage, not in the form.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('Residentova');

    // The code holds the address that checks it; at error correction M it stays a code any phone reads off a screen.
    const code = page.getByRole('img', { name: en('certificate.code') });
    await code.waitFor();
    const qr = QRCode.create(`${server.url}/verify#${certificate}`, { errorCorrectionLevel: 'M' });
    expect(qr.version).toBeLessThanOrEqual(20);
    await screenshot(page, 'member-phone-certificate-saved');
    await expectAccessible({ page, label: 'resident' }, 'certificate saved');
    expect(resident.errors).toEqual([]);
  });

  it('a German phone takes its own, in German; the same phone cannot take a second', async () => {
    const de = wordsIn('de');
    const { page } = colleague;
    await page.getByLabel(de('certificate.name')).fill('Dr. Jonas Weber');
    await page.getByRole('button', { name: de('certificate.take'), exact: true }).click();
    await page.getByText(de('certificate.ready')).waitFor();
    await page.getByRole('link', { name: de('certificate.download'), exact: true }).waitFor();
    await screenshot(page, 'de-member-phone-certificate-saved');
    await page.reload();
    // After a reload the phone no longer holds the member's link: nothing to take a second one with.
    expect(await page.getByRole('button', { name: de('certificate.take') }).count()).toBe(0);
    expect(colleague.errors).toEqual([]);
  });

  it('a second browser checks it on /verify by upload; one changed character fails', async () => {
    const { context, page } = await person(browser, 'laptop', server.url, 'en');
    const office = watch(page, 'office', 'display');
    try {
      await page.goto('/verify');
      await page.getByRole('heading', { level: 1, name: en('verify.title') }).waitFor();
      const upload = page.getByLabel(en('verify.file'));
      await upload.setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text) });
      await page.getByText(en('verify.valid')).waitFor();
      await page.getByText(NAME, { exact: true }).waitFor();
      await page.getByText('Residents Thursday', { exact: true }).waitFor();
      await screenshot(page, 'verify-valid');
      await expectAccessible({ page, label: 'office' }, 'valid certificate');

      const lines = file.text.split('\n');
      const index = lines.findIndex((line) => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(line));
      const line = lines[index]!;
      const at = Math.floor(line.length / 4);
      lines[index] = line.slice(0, at) + (line[at] === 'a' ? 'b' : 'a') + line.slice(at + 1);
      await upload.setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) });
      await page.getByText(en('verify.invalid')).waitFor();
      expect(await page.getByText(NAME, { exact: true }).count()).toBe(0);
      await screenshot(page, 'verify-changed');

      // What the QR code holds: the address that checks the certificate by itself when opened.
      await page.goto(`/verify#${line}`);
      await page.getByText(en('verify.valid')).waitFor();
      await page.getByText(NAME, { exact: true }).waitFor();
      expect(office.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the leaders' debrief counts the certificates taken, and names nobody", async () => {
    await leader.page.goto(`/s/${sessionId}/debrief`);
    await leader.page.getByText(en('debrief.certificates', { count: 2 })).waitFor();
    const text = await leader.page.locator('main').innerText();
    for (const name of [NAME, 'Dr. Jonas Weber']) expect(text).not.toContain(name);
    await screenshot(leader.page, 'debrief-certificates-count');
    expect(leader.errors).toEqual([]);
  });
});
