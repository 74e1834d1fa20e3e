// A whole case in a room that says du (German) and tú (Spanish). The leader picks the register in
// the console's Room panel once the members are in: every phone turns to it at once, and the wall,
// the phones and the prompts and lines on the console speak to one person in it, from "I have a
// case" to the presenter's welcome back. The console's own words to the leader stay formal. axe
// finds nothing serious or critical on the Room panel, the wall and the phones, in the register.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/language';
import { localizeFlag, localizePhaseWords } from '../../shared/localize';
import { findFormat } from '../../shared/templates';
import type { Running } from '../integration/harness';
import { expectAccessible, screenshot } from './browser';
import {
  button,
  commandAs,
  copyCoLeaderLink,
  endMeeting,
  enter,
  joinWithName,
  keepEvidence,
  type Leader,
  openDisplay,
  type Person,
  pickPresenter,
  POLL,
  screenText,
  shows,
  showsPhase,
  startMeeting,
} from './room';
import { closeStage, noteMissingWords, openStage } from './setup';
import { wordsIn } from './words';

let server: Running;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openStage({ joinRatePerMinute: 1000 }));
});

afterAll(() => closeStage({ server, browser }));

/** The informal pronoun as the Room panel offers it, in the room's language. */
const INFORMAL_PRONOUN = { de: 'du', es: 'tú' } as const;

describe.each(['de', 'es'] as const satisfies readonly Language[])('a whole case in %s, the room saying du / tú', (lang) => {
  /** The console's own words: formal, whatever the room says. */
  const say = wordsIn(lang);
  /** What a phone says in this room. */
  const du = wordsIn(lang, 'informal');
  const standard = findFormat('standard')!;
  const phase = (id: string, register: 'formal' | 'informal' = 'informal') =>
    localizePhaseWords('standard', standard.phases.find((planned) => planned.id === id)!, lang, register);
  const shot = (who: Person, name: string) => screenshot(who.page, `${lang}-informal-${name}`);

  let leader: Leader;
  let display: Person;
  let anna: Person;
  let ben: Person;
  let coLeaderToken = '';
  const contexts: BrowserContext[] = [];
  const missing: string[] = [];
  const everyone = () => [leader, display, anna, ben];

  async function device(kind: 'laptop' | 'phone', label: string, surface: Person['surface']): Promise<Leader> {
    const entered = await enter(browser, kind, server.url, label, surface, lang);
    contexts.push(entered.context);
    noteMissingWords(entered.context, label, missing);
    return entered;
  }

  /** Next phase, from the console, and every screen shows it. */
  async function next(id: string): Promise<void> {
    await button(leader, say('leader.next')).click();
    const title = phase(id).title!;
    await Promise.all([showsPhase(leader, title), showsPhase(display, title)]);
  }

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await keepEvidence(everyone(), `${lang} informal ${task.name}`);
  });

  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
  });

  it('members join, then the leader picks du / tú in the Room panel and every phone turns to it', async () => {
    leader = await device('laptop', 'leader', 'leader');
    const { joinCode } = await startMeeting(leader, 'Peer group');
    display = await openDisplay(leader);
    coLeaderToken = (await copyCoLeaderLink(leader)).split('#')[1]!;

    // Until the leader picks, the room is formal: joining, a phone says "Sie sind Anna".
    anna = await device('phone', 'Anna', 'member');
    ben = await device('phone', 'Ben', 'member');
    await joinWithName(anna, joinCode, 'Anna');
    await joinWithName(ben, joinCode, 'Ben');

    const register = leader.page.getByRole('group', { name: say('leader.roomRegister') });
    const informal = register.getByRole('radio', { name: `${INFORMAL_PRONOUN[lang]} ${say('leader.registerInformal')}` });
    expect(await informal.isChecked()).toBe(false);
    // The radio shows the server's choice once it is back, not the click itself.
    await informal.click();
    await expect.poll(() => informal.isChecked(), POLL).toBe(true);

    for (const [member, name] of [[anna, 'Anna'], [ben, 'Ben']] as const) {
      await shows(member, du('member.youAre', { name }));
      expect(await screenText(member), member.label).not.toContain(say('member.youAre', { name }));
    }
    // The console keeps speaking to the leader formally.
    await shows(leader, say('leader.startHint'));
    await expectAccessible(leader, `${lang}, Room panel with the register picked`);
    await shot(leader, 'console-room-panel');
  });

  it('the case call: "I have a case" and being picked, said with du / tú', async () => {
    await button(leader, say('leader.start')).click();
    await button(leader, say('leader.pause')).waitFor();
    await next('case-call');

    await button(anna, du('member.caseToggle')).click();
    await shows(anna, du('member.caseOn'));
    expect(du('member.caseOn')).not.toBe(say('member.caseOn'));
    await pickPresenter(leader, 'Anna');
    await anna.page.getByRole('heading', { name: du('member.presentingTitle') }).waitFor();
    await shows(anna, du('member.presentingBody'));
    expect(await screenText(anna)).not.toContain(say('member.presentingTitle'));
  });

  it('the presentation: the wall and the console say the prompt to the presenter in the register', async () => {
    await next('presentation');
    const prompt = phase('presentation').prompt!;
    expect(prompt).not.toBe(phase('presentation', 'formal').prompt);
    await shows(display, prompt);
    await shows(leader, prompt);
    expect(await screenText(display)).not.toContain(phase('presentation', 'formal').prompt!);
    await shows(anna, du('member.presentingTitle'));
    await expectAccessible(display, `${lang}, presentation, informal prompt`);
    await shot(display, 'display-presentation');
  });

  it('the presenter listens, told so with du / tú; a line the console offers speaks to them the same way', async () => {
    await next('clarifying-questions');
    await button(leader, say('leader.next')).click();
    await anna.page.getByRole('heading', { level: 1, name: du('member.listenTitle') }).waitFor();
    await shows(anna, du('member.listenBody'));
    await shows(ben, du('member.stepBackHint'));
    expect(await screenText(anna)).not.toContain(say('member.listenBody'));
    await expectAccessible(anna, `${lang}, presenter listening, informal`);
    await shot(anna, 'phone-presenter-listening');

    // The co-leader flags the presenter breaking in: the console offers the line as the room speaks.
    expect(await commandAs(server.url, coLeaderToken, () => ({ type: 'flag.raise', kind: 'presenter-breaks-in' }))).toMatchObject({
      ok: true,
    });
    const line = localizeFlag('presenter-breaks-in', lang, 'informal').redirect!;
    expect(line).not.toBe(localizeFlag('presenter-breaks-in', lang, 'formal').redirect);
    await shows(leader, line);
  });

  it('the presenter is welcomed back with du / tú; the others are asked not to defend', async () => {
    await next('presenter-return');
    const prompt = phase('presenter-return').prompt!;
    await shows(display, prompt);
    await anna.page.getByRole('heading', { name: du('member.turnTitle') }).waitFor();
    await shows(anna, du('member.turnBody'));
    await shows(ben, du('member.returnHint'));
    expect(await screenText(ben)).not.toContain(say('member.returnHint'));
    await expectAccessible(ben, `${lang}, the return, informal`);
    await expectAccessible(display, `${lang}, the return, informal prompt`);
    await shot(ben, 'phone-return');
  });

  it('the meeting ends; each phone says its name is gone, with du / tú', async () => {
    await next('closing');
    await endMeeting(leader, [display, anna, ben]);
    await shows(ben, du('member.endedBody'));
    expect(await screenText(ben)).not.toContain(say('member.endedBody'));
  });

  it('no page threw, and no word was missing', () => {
    for (const who of everyone()) expect(who.errors, who.label).toEqual([]);
    expect(missing).toEqual([]);
  });
});
