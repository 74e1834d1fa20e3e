// Co-leading, the way two leaders live it in a group's meeting: the leader on a laptop (1366×768,
// a common small laptop), the co-leader on a phone, the display, three members. The leader sets how
// the room sees time and saves it with the group's format; a case call finds no case and the group
// takes a free round; in the next case a latecomer knocks at the locked room and is let in; the
// co-leader's flags come with a line to say, one said aloud, one projected (gone at the next
// phase), one set aside ("noted" on the co-leader's phone); cues pass both ways as quiet toasts; the
// leader blanks the wall with one key and hides what is private with another. Then axe on the new
// states in all four languages, and the record.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_KEY_WARNING } from '../../client/i18n/load';
import type { CueKind } from '../../shared/cues';
import { FLAG_CATALOG, type FlagKind } from '../../shared/flags';
import type { Language } from '../../shared/language';
import { localizeFlag, localizePhaseWords } from '../../shared/localize';
import type { Report } from '../../shared/report';
import { FREE_ROUND } from '../../shared/templates';
import type { LeadersView } from '../../shared/views';
import type { Running } from '../integration/harness';
import { expectAccessible, screenshot } from './browser';
import {
  button,
  copyCoLeaderLink,
  endMeeting,
  enter,
  joinWithName,
  newestView,
  type Leader,
  openDisplay,
  type Person,
  pickPresenter,
  POLL,
  rememberedToken,
  screenText,
  shows,
  showsNotice,
  showsPhase,
} from './room';
import { closeStage, evidenceOnFailure, openStage } from './setup';
import { focusNothing, inSight } from './page-probes';
import { en, wordsIn } from './words';

const GROUP = 'Thursday Balint group';
const MEETING = 'Co-leading group';
const NAMES = ['Anna', 'Benedikt', 'Cleo', 'Dana'] as const;
const NOTE = 'Cleo keeps reassuring';
const LAPTOP = { width: 1366, height: 768 };

let server: Running;
let browser: Browser;
let groupId = '';
let groupToken = '';
let sessionId = '';
let joinCode = '';
let leader: Leader;
let display: Person;
let coLeader: Person & { context: BrowserContext };
let anna: Person;
let ben: Person;
let cleo: Person;
const contexts: BrowserContext[] = [];
/** What i18next reported missing: a word a new screen asked for and no language had. */
const missing: string[] = [];

const everyone = () => [leader, display, coLeader, anna, ben, cleo];
const theRoom = () => [display, anna, ben, cleo];

const title = (id: string, lang: Language = 'en') =>
  localizePhaseWords('standard', { id, title: id === FREE_ROUND.id ? FREE_ROUND.title : TITLES[id]! }, lang).title;
const TITLES: Record<string, string> = {
  opening: 'Opening & frame',
  'case-call': 'Who has a case?',
  presentation: 'Case presentation',
  'clarifying-questions': 'Clarifying questions',
  discussion: 'Group discussion — presenter steps back',
  closing: 'Closing',
};

function flagButton(kind: FlagKind) {
  return coLeader.page.getByRole('button', { name: new RegExp(`^${FLAG_CATALOG[kind].label}`) });
}

function flagCard(kind: FlagKind, lang: Language = 'en') {
  return leader.page.locator('.flag', { hasText: localizeFlag(kind, lang).label });
}

/** Whether these words can be read on the screen (the screen reader's live region does not count). */
async function onScreen(who: Person, words: string): Promise<boolean> {
  return (await who.page.getByText(words).and(who.page.locator(':not(.visually-hidden)')).count()) > 0;
}

async function device(kind: 'laptop' | 'phone', label: string, surface: Person['surface']) {
  const entered = await enter(browser, kind, server.url, label, surface);
  contexts.push(entered.context);
  entered.context.on('console', (message) => {
    if (message.text().includes(MISSING_KEY_WARNING)) missing.push(`${label}: ${message.text()}`);
  });
  return entered;
}

async function post(path: string, body: unknown, token?: string): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  ({ server, browser } = await openStage());
});

afterEach(evidenceOnFailure(() => everyone()));

afterAll(() => closeStage({ server, browser }, contexts));

describe('co-leading both ways, with the wall the leader’s', () => {
  it("the leader starts the group's meeting on a laptop; the display, the co-leader and three members come in", async () => {
    const created = await post('/api/groups', { name: GROUP });
    expect(created.status).toBe(201);
    const group = (await created.json()) as { groupId: string; groupToken: string; links: { group: string } };
    ({ groupId, groupToken } = group);

    leader = await device('laptop', 'leader', 'leader');
    await leader.page.setViewportSize(LAPTOP);
    await leader.page.goto(group.links.group);
    await leader.page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await leader.page.getByLabel(en('landing.meetingTitle')).fill(MEETING);
    await button(leader, en('landing.start')).click();
    await leader.page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    await showsPhase(leader, title('opening'));
    sessionId = new URL(leader.page.url()).pathname.split('/')[2]!;
    joinCode = (await leader.page.locator('.console-header__code strong').innerText()).trim();

    display = await openDisplay(leader);
    coLeader = await device('phone', 'co-leader', 'co-leader');
    // The phone's buzz, recorded: a headless browser has no motor to feel.
    await coLeader.context.addInitScript(() => {
      const buzzes: unknown[] = [];
      Object.assign(window, { buzzes });
      Object.defineProperty(navigator, 'vibrate', { configurable: true, value: (pattern: unknown) => buzzes.push(pattern) > 0 });
    });
    await coLeader.page.goto(await copyCoLeaderLink(leader));
    await coLeader.page.getByRole('heading', { name: en('coLeader.flagsHeading') }).waitFor();

    anna = await device('phone', 'Anna', 'member');
    ben = await device('phone', 'Benedikt', 'member');
    cleo = await device('phone', 'Cleo', 'member');
    await Promise.all([joinWithName(anna, joinCode, 'Anna'), joinWithName(ben, joinCode, 'Benedikt'), joinWithName(cleo, joinCode, 'Cleo')]);
    await leader.page.getByRole('heading', { name: en('leader.participantsHeading', { count: 3 }) }).waitFor();

    // Headless Chromium reports one screen: the console says how to extend, folded to one line.
    await leader.page.getByText(en('leader.mirrorTitle')).waitFor();
    await screenshot(leader.page, 'leader-console-1366-opening');
  });

  it("sets how the room sees time and the meeting's length; the group's saved format keeps the settings", async () => {
    await leader.page.getByRole('button', { name: en('leader.clockFull'), exact: true }).click();
    // The switch shows the server's setting, not the click: wait for that.
    await leader.page.getByRole('checkbox', { name: en('leader.phoneClock') }).click();
    await leader.page.getByRole('checkbox', { name: en('leader.phoneClock'), checked: true }).waitFor();
    await expect.poll(() => newestView(display)?.settings, POLL).toEqual({ displayClock: 'full', phoneClock: true });
    await expect.poll(() => newestView(ben)?.settings, POLL).toEqual({ displayClock: 'full', phoneClock: true });
    await leader.page.getByRole('button', { name: en('leader.clockFull'), exact: true, pressed: true }).waitFor();

    const length = leader.page.getByLabel(en('budget.planLabel'));
    await length.fill('90');
    await button(leader, en('budget.planSet')).click();
    await shows(leader, en('budget.notStarted', { minutes: 90 }));

    await button(leader, en('editor.open')).click();
    const editor = leader.page.getByRole('dialog');
    await editor.getByLabel(en('editor.saveName')).fill('Our standard');
    await editor.getByRole('button', { name: en('editor.save'), exact: true }).click();
    await editor.getByText(en('editor.saved', { title: 'Our standard' })).waitFor();
    await editor.getByRole('button', { name: en('common.cancel'), exact: true }).click();

    const response = await fetch(`${server.url}/api/groups/${groupId}`, { headers: { authorization: `Bearer ${groupToken}` } });
    const saved = ((await response.json()) as { formats: { id: string; settings?: unknown; phases: { id: string; callsForCase?: boolean; phonesDown?: boolean }[] }[] }).formats;
    expect(saved).toHaveLength(1);
    expect(saved[0]!.settings).toEqual({ displayClock: 'full', phoneClock: true });
    // What makes a case call call for a case, and the discussion send phones dark, went with it.
    expect(saved[0]!.phases.find((phase) => phase.id === 'case-call')?.callsForCase).toBe(true);
    expect(saved[0]!.phases.find((phase) => phase.id === 'discussion')?.phonesDown).toBe(true);

    // This meeting goes on with the room-first defaults.
    await leader.page.getByRole('button', { name: en('leader.clockQuiet'), exact: true }).click();
    await leader.page.getByRole('checkbox', { name: en('leader.phoneClock') }).click();
    await expect.poll(() => newestView(display)?.settings, POLL).toEqual({ displayClock: 'quiet', phoneClock: false });
  });

  it('"No case today" in the case call: the group takes a free round, then calls for a case again', async () => {
    await button(leader, en('leader.start')).click();
    await button(leader, en('leader.next')).click();
    await showsPhase(leader, title('case-call'));

    await button(leader, en('leader.noCase')).click();
    const choice = leader.page.getByRole('dialog', { name: en('leader.noCase') });
    await screenshot(leader.page, 'leader-console-1366-no-case');
    await choice.getByRole('button', { name: en('leader.noCaseFree'), exact: true }).click();
    await Promise.all([showsPhase(leader, title(FREE_ROUND.id)), showsPhase(display, title(FREE_ROUND.id))]);
    // Outside a case call there is no case to be without.
    expect(await button(leader, en('leader.noCase')).count()).toBe(0);

    await button(leader, en('leader.next')).click();
    await showsPhase(leader, title('closing'));
    await button(leader, en('leader.nextCase')).click();
    await leader.page.getByRole('dialog').getByRole('button', { name: en('leader.nextCase'), exact: true }).click();
    await showsPhase(leader, title('case-call'));
    await button(leader, en('leader.noCase')).waitFor();
  });

  it('a latecomer knocks at the room the leader locked, and is let in with one click, marked quietly', async () => {
    await button(anna, en('member.caseToggle')).click();
    await pickPresenter(leader, 'Anna');
    await button(leader, en('leader.next')).click();
    await showsPhase(leader, title('presentation'));

    await button(leader, en('leader.lock')).click();
    await leader.page.getByRole('button', { name: en('leader.unlock') }).waitFor();
    expect((await post('/api/join', { joinCode, name: 'Dana' })).status).toBe(423);
    const knocked = await post('/api/knock', { joinCode, name: 'Dana' });
    expect(knocked.status).toBe(201);
    const { knockId, token } = (await knocked.json()) as { knockId: string; token: string };

    const knocks = leader.page.getByRole('region', { name: en('leader.knocksHeading', { count: 1 }) });
    await knocks.getByText('Dana').waitFor();
    await shows(coLeader, en('coLeader.knocking', { name: 'Dana' }));
    // The room is not told: no name at the door reaches a member or the wall.
    for (const who of theRoom()) expect(await screenText(who), who.label).not.toContain('Dana');
    await screenshot(leader.page, 'leader-console-1366-knock');
    await screenshot(coLeader.page, 'phone-co-leader-knock');

    await knocks.getByRole('button', { name: en('leader.admitLabel', { name: 'Dana' }) }).click();
    await knocks.waitFor({ state: 'detached' });
    const dana = leader.page.locator('.people__person', { hasText: 'Dana' });
    await dana.getByText(en('leader.late')).waitFor();
    const status = await fetch(`${server.url}/api/knock/${knockId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(await status.json()).toEqual({ status: 'admitted' });
    await expect.poll(() => screenText(coLeader), POLL).not.toContain(en('coLeader.knocking', { name: 'Dana' }));
  });

  it('flags come with a line to say: one said aloud, one projected and gone at the next phase, one set aside', async () => {
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
  });

  it("cues pass both ways as quiet toasts, one tap to acknowledge, and never reach the room", async () => {
    const cue = (kind: CueKind) => en(`cues.kinds.${kind}`);
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
  });

  it('one key blanks the display and brings it back, wherever focus is but a text field', async () => {
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
  });

  it('one key hides flags, notes, names and links from a mirrored console, and brings them back; "?" lists both keys', async () => {
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
  });

  describe.each(['en', 'de', 'fr', 'es'] as const)('axe on the new console and co-leader states, in %s', (lang) => {
    const say = wordsIn(lang);

    it('console: open flags with their lines, a line being projected, a cue, a knock, the private view, "No case today"', async () => {
      await chooseLanguage(leader, lang);
      await chooseLanguage(coLeader, lang);
      if (lang === 'en') await setTheScene();
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
    });

    it('co-leader: a cue waiting, flags taken up and noted, a knock', async () => {
      await shows(coLeader, say('coLeader.knocking', { name: 'Eli' }));
      await shows(coLeader, say('coLeader.status.dismissed'));
      await coLeader.page.getByRole('region', { name: say('cues.received') }).waitFor();
      await expectAccessible(coLeader, `${lang}: a cue, flags, a knock`);
      if (lang !== 'en') await screenshot(coLeader.page, `${lang}-phone-co-leader`);
    });
  });

  it('the record keeps how each flag was handled, the no-case and free rounds and the cues, and no names or notes', async () => {
    const token = await rememberedToken(leader.page, sessionId, 'leader');
    await chooseLanguage(leader, 'en');
    await chooseLanguage(coLeader, 'en');
    await endMeeting(leader, [display, coLeader, anna, ben, cleo]);
    const response = await fetch(`${server.url}/api/sessions/${sessionId}/report`, { headers: { authorization: `Bearer ${token}` } });
    const record = (await response.json()) as Report;
    expect(record.rounds.map((round) => round.kind)).toEqual(['no-case', 'free', 'case']);
    const handled = Object.fromEntries(record.flags.map((flag) => [flag.kind, flag.handled ?? null]));
    expect(handled).toMatchObject({ rescuing: 'said', 'cross-examination': 'projected', 'new-case': 'set-aside' });
    expect(record.cues).toMatchObject({ 'invite-patient-view': 2, 'let-silence-run': 1, 'presenter-shaken': 1 });
    const saved = JSON.stringify(record);
    for (const secret of [...NAMES, NOTE]) expect(saved).not.toContain(secret);
  });

  it('no page threw an error, and no word was missing in any language', () => {
    for (const who of everyone()) expect(who.errors, who.label).toEqual([]);
    expect(missing).toEqual([]);
  });
});

/** This device's own language, from the switch at the foot of its screen. */
async function chooseLanguage(who: Person, lang: Language): Promise<void> {
  await who.page.locator('.language-switch select').selectOption(lang);
  await expect.poll(() => who.page.evaluate(() => document.documentElement.lang), POLL).toBe(lang);
}

/**
 * The states axe looks at, set up once: an open wall flag, a cue each way waiting, a latecomer
 * knocking, and the case call again (where "No case today" is offered).
 */
async function setTheScene(): Promise<void> {
  await button(coLeader, en('cues.kinds.invite-patient-view')).click();
  await button(leader, en('cues.kinds.presenter-shaken')).click();
  const knocked = await post('/api/knock', { joinCode, name: 'Eli' });
  expect(knocked.status).toBe(201);
  await leader.page.getByRole('button', { name: en('leader.gotoPhase', { title: title('case-call') }) }).click();
  await showsPhase(leader, title('case-call'));
  const view = newestView(leader) as LeadersView | null;
  expect(view?.knocks.map((knock) => knock.name)).toEqual(['Eli']);
}
