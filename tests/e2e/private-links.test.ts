// Links that carry a token are private (issue 13): where the browser cannot copy (plain http on the
// room's network), the link is a field on the leader's own screen with a word that it is private,
// never a browser dialog that a mirrored projector would show the room; and a link given out by
// mistake is replaced, the old one closed at once.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../integration/harness';
import { screenshot } from './browser';
import { enter, openDisplay, shows, startMeeting, type Leader, type Person } from './room';
import { closeStage, openStage } from './setup';
import { en } from './words';

let server: Running;
let browser: Browser;
let leader: Leader;
let display: Person;

beforeAll(async () => {
  ({ server, browser } = await openStage());
  leader = await enter(browser, 'laptop', server.url, 'leader', 'leader', 'en');
  // As over http://192.168…: no clipboard for this page.
  await leader.context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('not allowed', 'NotAllowedError')) },
    });
  });
  await startMeeting(leader, 'Private links');
  display = await openDisplay(leader);
});

afterAll(() => closeStage({ server, browser }));

describe('private links', () => {
  it('without a clipboard, the co-leader link is a field on the leader’s screen with a warning, never a dialog', async () => {
    const dialogs: string[] = [];
    leader.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await leader.page
      .getByRole('button', { name: en('common.copyLabel', { label: en('leader.coLeaderLink') }), exact: true })
      .click();
    const field = leader.page.getByRole('textbox', { name: en('leader.coLeaderLink'), exact: true });
    await field.waitFor();
    expect(await field.inputValue()).toMatch(/\/s\/[^/]+\/co-leader#[A-Za-z0-9_-]{22,}$/);
    await shows(leader, en('common.copyByHand'));
    await screenshot(leader.page, 'leader-console-1366-copy-by-hand');
    expect(dialogs).toEqual([]);
  });

  it('a new display link closes the old one at once, and the new one opens the display', async () => {
    const card = leader.page.locator('.other-screens');
    await card.getByRole('button', { name: en('screens.renewLabel', { screen: en('screens.display') }), exact: true }).click();
    await leader.page.getByRole('dialog').getByRole('button', { name: en('screens.renew'), exact: true }).click();
    await card.getByText(en('screens.renewed')).waitFor();
    // The display opened with the old link is told, and stays away.
    await shows(display, en('status.revokedTitle'));

    // The console now hands out the new link: "Open display" brings the projector window back with it.
    await leader.page.getByRole('button', { name: en('leader.openDisplay'), exact: true }).click();
    await display.page.locator('.display').waitFor();
    await shows(display, 'Private links');
  });
});
