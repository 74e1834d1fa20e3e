// The middle of whole-case.test.ts's story, one function a step: a flag, a pause signal, a phase
// running over. Each acts on the room the steps before it left, in one language's run; they are
// here so that the story file stays readable, and run only in its order.
import { expect } from 'vitest';
import { localizeFlag } from '../../shared/localize';
import type { Language } from '../../shared/language';
import type { LeadersView } from '../../shared/views';
import { DEVICES, screenshot } from './browser';
import { button, commandAs, type Person, POLL, rememberedToken, screenText, shows, showsNotice } from './room';
import { inSight } from './page-probes';
import { wordsIn } from './words';

export const MEETING = 'Tuesday group';
export const FLAG_NOTE = 'Benedikt asked why three times';
const PAUSE_NOTICE = "Let's take two minutes' pause.";

/** The room of one language's run, as the steps before left it. */
export interface CaseRoom {
  lang: Language;
  url: string;
  sessionId: string;
  leader: Person;
  display: Person;
  coLeader: Person;
  anna: Person;
  ben: Person;
  cleo: Person;
}

/** The flag the co-leader raises in the story, as a device in `lang` names it. */
export const caseFlag = (lang: Language) => localizeFlag('cross-examination', lang);

/** Screenshots keep their English names; the other languages' carry the language in front. */
export const shotIn = (lang: Language) => (who: Person, name: string) =>
  screenshot(who.page, lang === 'en' ? name : `${lang}-${name}`);

/** Those who must never learn of a flag, a note or a pause signal. */
export const theRoomIn = ({ display, anna, ben, cleo }: CaseRoom) => [display, anna, ben, cleo];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A notice the wall shows stays off the phones: the members were sent it (it is in their frames)
 * and their dark screens do not show it; the presenter's phone was never sent it at all.
 */
export async function expectOnlyTheWallShows(room: CaseRoom, notice: string): Promise<void> {
  const { anna, ben, cleo } = room;
  const plain = notice.split(/["'’“”«»„‚‘]/).sort((a, b) => b.length - a.length)[0]!.trim();
  for (const member of [ben, cleo]) {
    await expect.poll(() => member.frames.some((frame) => frame.includes(plain)), { ...POLL, message: member.label }).toBe(true);
  }
  for (const member of [anna, ben, cleo]) expect(await screenText(member), member.label).not.toContain(notice);
  expect(anna.frames.some((frame) => frame.includes(plain)), 'the presenter was sent the notice').toBe(false);
}

/** A co-leader flag reaches the console only, with its line to say; projected, the wall, not the phones. */
export async function aFlagReachesTheLeaders(room: CaseRoom): Promise<void> {
  const { leader, display, coLeader } = room;
  const say = wordsIn(room.lang);
  const FLAG = caseFlag(room.lang);
  const shot = shotIn(room.lang);
  const theRoom = () => theRoomIn(room);
  await coLeader.page.getByLabel(say('coLeader.note')).fill(FLAG_NOTE);
  await coLeader.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(FLAG.label)}`) }).click();
  await shows(coLeader, say('coLeader.raised', { label: FLAG.label }));
  await shot(coLeader, 'phone-co-leader-panel');

  // The leader is offered the kind's line to say, in the leader's language.
  const card = leader.page.locator('.flag', { hasText: FLAG.label });
  await card.getByText(`“${FLAG_NOTE}”`).waitFor();
  await card.locator('q', { hasText: FLAG.redirect! }).waitFor();
  await expect.poll(() => leader.page.title(), POLL).toBe(say('common.pageTitleWithFlags', { meeting: MEETING, flags: 1 }));
  await shot(leader, 'leader-console-flag');

  await card.getByRole('button', { name: say('leader.markSeen'), exact: true }).click();
  await card.getByText(say('leader.flagStatus.acknowledged'), { exact: true }).waitFor();
  await shows(coLeader, say('coLeader.status.acknowledged'));

  // Projecting is a second, deliberate step: the line comes ready to edit, and goes up as it is.
  await card.getByRole('button', { name: say('leader.projectIt'), exact: true }).click();
  expect(await card.getByLabel(say('leader.projectLabel')).inputValue()).toBe(FLAG.redirect);
  await card.getByRole('button', { name: say('leader.project'), exact: true }).click();

  // The redirect is on the wall; the phones lie down and do not repeat it, and the presenter's
  // own phone is never even sent it.
  await showsNotice(display, FLAG.redirect!);
  await shows(coLeader, say('coLeader.status.resolved'));
  await shot(display, 'display-1920-redirect');
  await expectOnlyTheWallShows(room, FLAG.redirect!);

  // By now the room has been sent the change after the flag: had the flag reached them, it would show.
  for (const who of theRoom()) {
    const seen = await screenText(who);
    expect(seen, who.label).not.toContain(FLAG.label);
    expect(seen, who.label).not.toContain(FLAG_NOTE);
    const received = who.frames.join('\n');
    expect(received, who.label).not.toContain(FLAG_NOTE);
    expect(received, who.label).not.toContain(FLAG.kind);
    expect(received, who.label).not.toContain('"flags"');
  }
}

/** A pause signal from a phone reaches the console as a count, and nowhere else. */
export async function aPauseSignalReachesTheConsole(room: CaseRoom): Promise<void> {
  const { leader, display, anna, ben, cleo } = room;
  const say = wordsIn(room.lang);
  const shot = shotIn(room.lang);
  const theRoom = () => theRoomIn(room);
  await button(ben, say('member.pauseButton')).click();
  await button(ben, say('member.pauseSend')).click();
  await shows(ben, say('member.pauseSent'));

  const count = leader.page.locator('.pause-signals__count');
  await expect.poll(() => count.innerText(), POLL).toBe('1');
  await shows(leader, say('leader.pauseSignalNew'));
  await shot(leader, 'leader-console-pause-signal');

  // The leader answers the room, not the person: a notice every screen is sent after the signal.
  await leader.page.getByLabel(say('leader.noticeText')).fill(PAUSE_NOTICE);
  await button(leader, say('leader.showNotice')).click();
  await showsNotice(display, PAUSE_NOTICE);
  await expectOnlyTheWallShows(room, PAUSE_NOTICE);

  for (const who of theRoom()) {
    const seen = await screenText(who);
    expect(seen, who.label).not.toContain(say('leader.pauseSignals'));
    expect(seen, who.label).not.toContain(say('leader.pauseSignalNew'));
    expect(who.frames.join('\n'), who.label).not.toContain('pauseSignals');
  }
  for (const who of [display, anna, cleo]) expect(await screenText(who), who.label).not.toContain(say('member.pauseSent'));
}

/** A phase that runs over says so on the console only, at 1920×1080 and 1280×720. */
export async function runningOverShowsOnTheConsole(room: CaseRoom): Promise<void> {
  const { url, sessionId, leader, display } = room;
  const say = wordsIn(room.lang);
  const shot = shotIn(room.lang);
  const theRoom = () => theRoomIn(room);
  // Re-timed to ten seconds, the discussion has run over already or will in a few seconds.
  const token = await rememberedToken(leader.page, sessionId, 'leader');
  const reply = await commandAs(url, token, (view) => ({
    type: 'phases.update',
    phases: (view as LeadersView).plan.map((phase) =>
      phase.id === 'discussion' ? { ...phase, durationSec: 10 } : phase,
    ),
  }));
  expect(reply.ok).toBe(true);

  await shows(leader, say('common.overTime'));
  // The quiet wall says "a minute or two", in sight under a two-line title and a notice; no amber.
  const quiet = display.page.getByRole('timer');
  await quiet.getByText(say('display.minuteOrTwo')).waitFor();
  await expect.poll(() => inSight(quiet), { ...POLL, message: 'the quiet clock in sight at 1920×1080' }).toBe(true);
  await shot(display, 'display-1920-overrun');
  await display.page.setViewportSize(DEVICES.smallProjector.viewport);
  await expect.poll(() => inSight(quiet), { ...POLL, message: 'the quiet clock in sight at 1280×720' }).toBe(true);
  await shot(display, 'display-1280-overrun');
  await display.page.setViewportSize(DEVICES.projector.viewport);

  // The full countdown, where the leader chose it, stops at 0:00: still no amber, no word of it.
  expect(await commandAs(url, token, () => ({ type: 'room.settings', displayClock: 'full' }))).toMatchObject({ ok: true });
  await display.page.locator('.timer__clock', { hasText: '0:00' }).waitFor();
  expect(await display.page.locator('.timer--over').count()).toBe(0);
  expect(await commandAs(url, token, () => ({ type: 'room.settings', displayClock: 'quiet' }))).toMatchObject({ ok: true });
  await quiet.getByText(say('display.minuteOrTwo')).waitFor();

  for (const who of theRoom()) expect(await screenText(who), who.label).not.toContain(say('common.overTime'));
}
