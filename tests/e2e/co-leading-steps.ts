// The middle of co-leading.test.ts's story, one function a step: flags, cues, the wall's blank key,
// the private view, axe on the new states. Each step acts on the room the steps before it left, so
// they run only in the test file's order; they are here so that the story file stays readable.
import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import type { CueKind } from '../../shared/cues';
import { FLAG_CATALOG, type FlagKind } from '../../shared/flags';
import type { Language } from '../../shared/language';
import { localizeFlag, localizePhaseWords } from '../../shared/localize';
import { FREE_ROUND } from '../../shared/templates';
import type { LeadersView } from '../../shared/views';
import { expectAccessible, screenshot } from './browser';
import { button, type Leader, newestView, type Person, POLL, screenText, shows, showsNotice, showsPhase } from './room';
import { focusNothing, inSight } from './page-probes';
import { en, wordsIn } from './words';

export const NAMES = ['Anna', 'Benedikt', 'Cleo', 'Dana'] as const;
export const NOTE = 'Cleo keeps reassuring';

export const title = (id: string, lang: Language = 'en') =>
  localizePhaseWords('standard', { id, title: id === FREE_ROUND.id ? FREE_ROUND.title : TITLES[id]! }, lang).title;
const TITLES: Record<string, string> = {
  opening: 'Opening & frame',
  'case-call': 'Who has a case?',
  presentation: 'Case presentation',
  'clarifying-questions': 'Clarifying questions',
  discussion: 'Group discussion — presenter steps back',
  closing: 'Closing',
};

/** Who is in the story's room once the first step has brought them in. */
export interface CoLeadingRoom {
  url: string;
  joinCode: string;
  leader: Leader;
  display: Person;
  coLeader: Person & { context: BrowserContext };
  anna: Person;
  ben: Person;
  cleo: Person;
}

/** Everyone in the room who must never see what is the leaders': the wall and the members' phones. */
export function theRoomIn({ display, anna, ben, cleo }: CoLeadingRoom): Person[] {
  return [display, anna, ben, cleo];
}

/** A POST to the server, JSON in, with the bearer token when there is one. */
export async function postTo(url: string, path: string, body: unknown, token?: string): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

/** The co-leader's flag buttons and the leader's flag cards. */
function flagsOn({ leader, coLeader }: CoLeadingRoom) {
  return {
    flagButton: (kind: FlagKind) => coLeader.page.getByRole('button', { name: new RegExp(`^${FLAG_CATALOG[kind].label}`) }),
    flagCard: (kind: FlagKind, lang: Language = 'en') => leader.page.locator('.flag', { hasText: localizeFlag(kind, lang).label }),
  };
}

/** Whether these words can be read on the screen (the screen reader's live region does not count). */
async function onScreen(who: Person, words: string): Promise<boolean> {
  return (await who.page.getByText(words).and(who.page.locator(':not(.visually-hidden)')).count()) > 0;
}

/** Flags come with a line to say: said aloud, projected (gone at the next phase), set aside. */
export async function flagsComeWithALine(room: CoLeadingRoom): Promise<void> {
  const { leader, display, coLeader, anna, ben, cleo } = room;
  const { flagButton, flagCard } = flagsOn(room);
  await button(leader, en('leader.next')).click();
  await showsPhase(leader, title('clarifying-questions'));

  // Said aloud: the leader's voice, nothing on the wall.
  await coLeader.page.getByLabel(en('coLeader.note')).fill(NOTE);
  await flagButton('rescuing').click();
  await flagCard('rescuing').locator('q', { hasText: FLAG_CATALOG.rescuing.redirect! }).waitFor();
  await flagCard('rescuing').getByText(`“${NOTE}”`).waitFor();
  await screenshot(leader.page, 'leader-console-1366-flag');
  await button(leader, en('leader.saidIt')).click();
  const coLeaderList = coLeader.page.getByRole('region', { name: en('coLeader.myFlags') });
  await coLeaderList.locator('li', { hasText: FLAG_CATALOG.rescuing.label }).getByText(en('coLeader.status.resolved')).waitFor();
  expect(await screenText(display)).not.toContain(FLAG_CATALOG.rescuing.redirect!);

  // Projected: a second, deliberate step, the line ready to edit.
  await flagButton('cross-examination').click();
  const cross = flagCard('cross-examination');
  await cross.getByRole('button', { name: en('leader.projectIt'), exact: true }).click();
  await screenshot(leader.page, 'leader-console-1366-project');
  await cross.getByRole('button', { name: en('leader.project'), exact: true }).click();
  const line = FLAG_CATALOG['cross-examination'].redirect!;
  // On the wall only: the phones lie dark and never repeat it.
  await showsNotice(display, line);
  for (const phone of [anna, ben, cleo]) expect(await screenText(phone), phone.label).not.toContain(line);

  // Set aside: the co-leader reads "noted", never "dismissed".
  await flagButton('new-case').click();
  await flagCard('new-case').getByRole('button', { name: en('leader.setAside'), exact: true }).click();
  await coLeaderList.locator('li', { hasText: FLAG_CATALOG['new-case'].label }).getByText(en('coLeader.status.dismissed')).waitFor();
  expect(en('coLeader.status.dismissed')).toBe('noted');
  await screenshot(coLeader.page, 'phone-co-leader-flags-handled');

  // A kind that points at one person is offered to say, never to project.
  await flagButton('judgement').click();
  await flagCard('judgement').getByText(en('leader.notForWall')).waitFor();
  expect(await flagCard('judgement').getByRole('button', { name: en('leader.projectIt') }).count()).toBe(0);

  // The next phase takes the line off the wall and the phones.
  await button(leader, en('leader.next')).click();
  await showsPhase(leader, title('discussion'));
  await expect.poll(() => screenText(display), POLL).not.toContain(line);
  await expect.poll(() => screenText(ben), POLL).not.toContain(line);
  // The running phase's controls are in sight on a 1366×768 laptop, four phases in.
  for (const name of [en('leader.pause'), en('leader.next')]) {
    await expect.poll(() => inSight(button(leader, name)), { ...POLL, message: name }).toBe(true);
  }
  await screenshot(leader.page, 'leader-console-1366-discussion');
}

/** Cues pass both ways as quiet toasts, one tap to acknowledge, and never reach the room. */
export async function cuesPassBothWays(room: CoLeadingRoom): Promise<void> {
  const { leader, coLeader } = room;
  const theRoom = () => theRoomIn(room);
  const cue = (kind: CueKind) => en(`cues.${kind}`);
  await button(coLeader, cue('invite-patient-view')).click();
  await shows(coLeader, en('cues.sent', { cue: cue('invite-patient-view') }));
  const toasts = leader.page.getByRole('region', { name: en('cues.received') });
  await toasts.getByText(en('cues.toast', { from: en('cues.fromCoLeader'), cue: cue('invite-patient-view') })).waitFor();
  // "Invite the patient's view" brings the leader the line for strong feelings about the patient.
  await toasts.getByText(en('leader.strongFeelingLine')).waitFor();
  await screenshot(leader.page, 'leader-console-1366-cue');

  await button(leader, cue('let-silence-run')).click();
  const phoneToasts = coLeader.page.getByRole('region', { name: en('cues.received') });
  await phoneToasts.getByText(en('cues.toast', { from: en('cues.fromLeader'), cue: cue('let-silence-run') })).waitFor();
  await expect.poll(() => coLeader.page.evaluate(() => (window as unknown as { buzzes: unknown[] }).buzzes.length), POLL).toBe(1);
  // A leader's own cue is no news to them.
  expect(await toasts.getByText(cue('let-silence-run')).count()).toBe(0);
  await screenshot(coLeader.page, 'phone-co-leader-cue');

  await button(leader, en('cues.gotItLabel', { cue: cue('invite-patient-view') })).click();
  await toasts.waitFor({ state: 'detached' });
  await button(coLeader, en('cues.gotItLabel', { cue: cue('let-silence-run') })).click();
  await phoneToasts.waitFor({ state: 'detached' });

  // Acknowledged stays acknowledged across a reload of the console.
  await leader.page.reload();
  await showsPhase(leader, title('discussion'));
  expect(await leader.page.getByRole('region', { name: en('cues.received') }).count()).toBe(0);

  for (const who of theRoom()) {
    expect(who.frames.join('\n'), who.label).not.toContain('"cues"');
    expect(await screenText(who), who.label).not.toContain(cue('invite-patient-view'));
  }
}

/** One key blanks the display and brings it back, wherever focus is but a text field. */
export async function oneKeyBlanksTheWall(room: CoLeadingRoom): Promise<void> {
  const { leader, display } = room;
  const blank = button(leader, en('leader.blankDisplay'));
  await focusNothing(leader);
  await leader.page.keyboard.press('b');
  await expect.poll(() => blank.getAttribute('aria-pressed'), POLL).toBe('true');
  await expect.poll(() => newestView(display)?.displayBlank, POLL).toBe(true);
  await screenshot(leader.page, 'leader-console-1366-display-blank');

  // From a focused button the key still acts on the wall.
  await button(leader, en('leader.pause')).focus();
  await leader.page.keyboard.press('b');
  await expect.poll(() => newestView(display)?.displayBlank, POLL).toBe(false);
  expect(await blank.getAttribute('aria-pressed')).toBe('false');

  // In a text field a "b" is a letter.
  const field = leader.page.getByLabel(en('leader.noticeText'));
  await field.focus();
  await leader.page.keyboard.press('b');
  expect(await field.inputValue()).toBe('b');
  await field.fill('');
  expect(newestView(display)?.displayBlank).toBe(false);

  // The button does the same, for a leader who does not know the key.
  await blank.click();
  await expect.poll(() => newestView(display)?.displayBlank, POLL).toBe(true);
  await blank.click();
  await expect.poll(() => newestView(display)?.displayBlank, POLL).toBe(false);
}

/** One key hides what is private from a mirrored console and brings it back; "?" lists both keys. */
export async function oneKeyHidesWhatIsPrivate(room: CoLeadingRoom): Promise<void> {
  const { leader, coLeader } = room;
  const { flagButton, flagCard } = flagsOn(room);
  await coLeader.page.getByLabel(en('coLeader.note')).fill(NOTE);
  await flagButton('airtime').click();
  await flagCard('airtime').waitFor();
  for (const secret of [...NAMES, FLAG_CATALOG.airtime.label, NOTE]) expect(await onScreen(leader, secret), secret).toBe(true);

  await focusNothing(leader);
  await leader.page.keyboard.press('h');
  await expect.poll(() => button(leader, en('leader.hidePrivate')).getAttribute('aria-pressed'), POLL).toBe('true');
  for (const secret of [...NAMES, FLAG_CATALOG.airtime.label, NOTE, en('leader.coLeaderLink')]) {
    expect(await onScreen(leader, secret), secret).toBe(false);
  }
  expect(await leader.page.getByRole('img', { name: /QR/ }).count()).toBe(0);
  await shows(leader, en('leader.privateHidden'));
  // What the room may see anyway stays: the phase and its controls.
  await showsPhase(leader, title('discussion'));
  await screenshot(leader.page, 'leader-console-1366-private');

  await leader.page.keyboard.press('h');
  await flagCard('airtime').waitFor();
  for (const name of NAMES) await leader.page.getByText(name).first().waitFor();

  await leader.page.keyboard.press('?');
  const keys = leader.page.getByRole('dialog', { name: en('leader.shortcutsHeading') });
  await keys.getByText(en('leader.shortcuts.blank')).waitFor();
  await keys.getByText(en('leader.shortcuts.private')).waitFor();
  await keys.getByRole('button', { name: en('common.close'), exact: true }).click();
}

/** axe on the console in `lang`: open flags, a line being projected, a cue, a knock, the private view, "No case today". */
export async function axeOnTheConsole(room: CoLeadingRoom, lang: Language): Promise<void> {
  const { leader, coLeader } = room;
  const { flagCard } = flagsOn(room);
  const say = wordsIn(lang);
  await chooseLanguage(leader, lang);
  await chooseLanguage(coLeader, lang);
  if (lang === 'en') await setTheScene(room);
  await shows(leader, say('leader.saidIt'));
  await shows(leader, say('leader.knocksHeading', { count: 1 }));
  await shows(leader, say('leader.strongFeelingLine'));
  await expectAccessible(leader, `${lang}: flags, a cue, a knock`);

  await flagCard('airtime', lang).getByRole('button', { name: say('leader.projectIt'), exact: true }).click();
  await expectAccessible(leader, `${lang}: a line being projected`);
  await flagCard('airtime', lang).getByRole('button', { name: say('common.cancel'), exact: true }).click();

  await leader.page.getByText(say('leader.mirrorTitle')).click();
  await shows(leader, say('leader.mirrorBody'));
  await expectAccessible(leader, `${lang}: the mirroring hint open`);
  await leader.page.getByText(say('leader.mirrorTitle')).click();

  await focusNothing(leader);
  await leader.page.keyboard.press('h');
  await shows(leader, say('leader.privateHidden'));
  await expectAccessible(leader, `${lang}: private things hidden`);
  await leader.page.keyboard.press('h');

  await button(leader, say('leader.noCase')).click();
  await leader.page.getByRole('dialog', { name: say('leader.noCase') }).waitFor();
  await expectAccessible(leader, `${lang}: "No case today"`);
  await leader.page.getByRole('dialog', { name: say('leader.noCase') }).getByRole('button', { name: say('common.cancel') }).click();
  if (lang !== 'en') await screenshot(leader.page, `${lang}-leader-console-1366-case-call`);
}

/** axe on the co-leader's pad in `lang`: a cue waiting, flags taken up and noted, a knock. */
export async function axeOnTheCoLeaderPad(room: CoLeadingRoom, lang: Language): Promise<void> {
  const { coLeader } = room;
  const say = wordsIn(lang);
  await shows(coLeader, say('coLeader.knocking', { name: 'Eli' }));
  await shows(coLeader, say('coLeader.status.dismissed'));
  await coLeader.page.getByRole('region', { name: say('cues.received') }).waitFor();
  await expectAccessible(coLeader, `${lang}: a cue, flags, a knock`);
  if (lang !== 'en') await screenshot(coLeader.page, `${lang}-phone-co-leader`);
}

/** This device's own language, from the switch at the foot of its screen. */
export async function chooseLanguage(who: Person, lang: Language): Promise<void> {
  await who.page.locator('.language-switch select').selectOption(lang);
  await expect.poll(() => who.page.evaluate(() => document.documentElement.lang), POLL).toBe(lang);
}

/**
 * The states axe looks at, set up once: an open wall flag, a cue each way waiting, a latecomer
 * knocking, and the case call again (where "No case today" is offered).
 */
async function setTheScene(room: CoLeadingRoom): Promise<void> {
  const { leader, coLeader } = room;
  const post = (path: string, body: unknown) => postTo(room.url, path, body);
  await button(coLeader, en('cues.invite-patient-view')).click();
  await button(leader, en('cues.presenter-shaken')).click();
  const knocked = await post('/api/knock', { joinCode: room.joinCode, name: 'Eli' });
  expect(knocked.status).toBe(201);
  await leader.page.getByRole('button', { name: en('leader.gotoPhase', { title: title('case-call') }) }).click();
  await showsPhase(leader, title('case-call'));
  const view = newestView(leader) as LeadersView | null;
  expect(view?.knocks.map((knock) => knock.name)).toEqual(['Eli']);
}
