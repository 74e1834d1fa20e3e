// The room's anonymous check-out: at the closing, phones may offer two questions on a 1–5 scale.
// Anonymous by construction: an answer carries values only, the meeting keeps counts per value
// and nothing else, and the counts are shown only once the meeting has ended and at least
// CHECKOUT_MIN_ANSWERS people answered. Who has answered is known to the server's store alone
// (a mark kept apart from the counts, dropped when the meeting ends), never to this state.
import { z } from 'zod';
import type { PhaseTraits } from './phase-plan';

/** The questions, in the order a phone asks them. Their words live in the languages' files. */
export const CHECKOUT_QUESTIONS = ['safety', 'focus'] as const;
export type CheckoutQuestion = (typeof CHECKOUT_QUESTIONS)[number];

export const CHECKOUT_SCALE = [1, 2, 3, 4, 5] as const;

/**
 * Below three answers, counts could tell a leader what one person said (two people, "1" and "5":
 * each knows the other's). So fewer than three show nothing but "too few answers to show".
 */
export const CHECKOUT_MIN_ANSWERS = 3;

/** How many answered each value, per question: `counts.safety[0]` answered 1. */
export type CheckoutCounts = Record<CheckoutQuestion, number[]>;

/** What a meeting keeps of its check-out: how many answered and the counts. No one's id, ever. */
export interface CheckoutTally {
  answered: number;
  counts: CheckoutCounts;
}

/** What the record shows: the counts, or only that too few answered to show any. */
export type CheckoutResult = { answered: number; counts: CheckoutCounts } | { answered: number; tooFew: true };

const answerValue = z.int().min(1).max(5);

/** The group's setting, as the group API takes it. */
export const checkoutSettingBody = z.strictObject({ enabled: z.boolean() });

/** One meeting's check-out, as the group's trend shows it. */
export interface MeetingCheckout {
  sessionId: string;
  startedAt: number;
  endedAt: number | null;
  result: CheckoutResult;
}

/** The group's check-out: whether it is on, and what its meetings' check-outs show, oldest first. */
export interface GroupCheckout {
  enabled: boolean;
  meetings: MeetingCheckout[];
}

/** One answer per question, all at once after the last tap: values only, nobody's id. */
export const checkoutAnswersSchema = z.strictObject({
  safety: answerValue,
  focus: answerValue,
}) satisfies z.ZodType<Record<CheckoutQuestion, number>>;
export type CheckoutAnswers = z.infer<typeof checkoutAnswersSchema>;

export function emptyTally(): CheckoutTally {
  const counts = Object.fromEntries(CHECKOUT_QUESTIONS.map((question) => [question, CHECKOUT_SCALE.map(() => 0)]));
  return { answered: 0, counts: counts as CheckoutCounts };
}

/** The tally with one more person's answers counted in. */
export function countAnswers(tally: CheckoutTally, answers: CheckoutAnswers): CheckoutTally {
  const counts = Object.fromEntries(
    CHECKOUT_QUESTIONS.map((question) => [
      question,
      tally.counts[question].map((count, index) => (index + 1 === answers[question] ? count + 1 : count)),
    ]),
  );
  return { answered: tally.answered + 1, counts: counts as CheckoutCounts };
}

/** Whether a tally may be shown at all: the k-anonymity rule. */
export function mayShowCounts(tally: Pick<CheckoutTally, 'answered'>): boolean {
  return tally.answered >= CHECKOUT_MIN_ANSWERS;
}

/**
 * What the record shows of a tally. Only after the meeting: counts growing one answer at a time
 * would let a leader watching them read each new answer as it came in.
 */
export function checkoutResult(tally: CheckoutTally, ended: boolean): CheckoutResult {
  if (!ended || !mayShowCounts(tally)) return { answered: tally.answered, tooFew: true };
  return {
    answered: tally.answered,
    counts: Object.fromEntries(CHECKOUT_QUESTIONS.map((question) => [question, [...tally.counts[question]]])) as CheckoutCounts,
  };
}

/**
 * What the meeting keeps at its end: a tally too small to show is dropped to its count of answers,
 * so that not even the saved meeting holds what two people said.
 */
export function closeTally(tally: CheckoutTally): CheckoutTally {
  return mayShowCounts(tally) ? tally : { answered: tally.answered, counts: emptyTally().counts };
}

/**
 * The check-out is offered once the case work is behind the room: from the plan's last phones-down
 * phase (the closing, in every shipped format) on, a break after it included, but never while the
 * presenter still has a part in the phase. Behaviour from the plan's traits, never a phase id.
 */
export function checkoutPhase(phases: readonly PhaseTraits[], index: number): boolean {
  const phase = phases[index];
  const lastPhonesDown = phases.findLastIndex((candidate) => candidate.phonesDown);
  return (
    phase !== undefined && lastPhonesDown >= 0 && index >= lastPhonesDown && !phase.presenterRole && !phase.callsForCase
  );
}
