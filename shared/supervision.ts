// A supervision report per meeting, under the headings BSANZ asks for. Each leader writes their own
// part (keyed by their entry in the group's leader list) and saves it from the version they read,
// so two leaders writing at once never overwrite each other. The boxes come prefilled with the
// meeting's process facts; what the leaders type is theirs and never enters the process record.
import { z } from 'zod';
import { CUE_KINDS, type CueKind } from './cues';
import { FLAG_KINDS, type FlagKind } from './flags';
import type { FlagHandling } from './flags';
import type { FlagStatus } from './meeting-state';
import type { SupervisionFacts } from './supervision-facts';
import type { RoundKind } from './rounds';

export const SUPERVISION_HEADINGS = [
  'protecting-presenter',
  'confidentiality-frame',
  'co-leader-relationship',
  'avoiding-solutions',
  'balint-frame',
] as const;
export type SupervisionHeading = (typeof SUPERVISION_HEADINGS)[number];

/** A box holds a page of reflection; the five together stay under the 16 KiB request limit. */
export const SUPERVISION_TEXT_MAX = 2_000;

export type Answers = Partial<Record<SupervisionHeading, string>>;

export interface ReportPart {
  /** The writing leader's entry in the group's leader list. */
  authorId: string;
  version: number;
  answers: Answers;
  /** "Check in with the presenter": done, as this leader ticked it. */
  presenterCheckIn: boolean;
  savedAt: number;
}

export const partBody = z.object({
  /** The version this part was read at; 0 for a part not written yet. */
  version: z.number().int().min(0),
  answers: z
    .object(
      Object.fromEntries(
        SUPERVISION_HEADINGS.map((heading) => [heading, z.string().max(SUPERVISION_TEXT_MAX).optional()]),
      ) as Record<SupervisionHeading, z.ZodOptional<z.ZodString>>,
    )
    .strict(),
  presenterCheckIn: z.boolean().optional(),
});
export type PartBody = z.infer<typeof partBody>;

export type PartSave = { ok: true; part: ReportPart } | { ok: false; code: 'conflict'; message: string; current: ReportPart | null };

/** A part saved only over the version its writer read: a stale save changes nothing. */
export function savePart(current: ReportPart | null, authorId: string, body: PartBody, now: number): PartSave {
  const version = current?.version ?? 0;
  if (body.version !== version) {
    return { ok: false, code: 'conflict', message: 'This part was saved elsewhere meanwhile; reload it.', current };
  }
  const answers: Answers = {};
  for (const heading of SUPERVISION_HEADINGS) {
    const text = body.answers[heading]?.trim();
    if (text) answers[heading] = text;
  }
  return {
    ok: true,
    part: {
      authorId,
      version: version + 1,
      answers,
      presenterCheckIn: body.presenterCheckIn ?? current?.presenterCheckIn ?? false,
      savedAt: now,
    },
  };
}

/** One process fact shown under a heading, for the leaders to reflect on; words come from the reader's language. */
export type Fact =
  | { fact: 'timing'; round: number; roundKind: RoundKind; phaseId: string; title: string; plannedSec: number; actualSec: number }
  | { fact: 'flag'; kind: string; handled: FlagHandling | FlagStatus; count: number }
  | { fact: 'cue'; cue: CueKind; count: number }
  | { fact: 'pause-signals'; count: number }
  | { fact: 'takeovers'; takeovers: number; handbacks: number };

/** Which heading a flag kind speaks to: a table the compiler holds complete. */
const FLAG_HEADING: Readonly<Record<FlagKind, SupervisionHeading>> = {
  'cross-examination': 'protecting-presenter',
  'step-back-breach': 'protecting-presenter',
  'presenter-breaks-in': 'protecting-presenter',
  judgement: 'protecting-presenter',
  'intrusive-speculation': 'protecting-presenter',
  'strong-emotion': 'protecting-presenter',
  identifier: 'confidentiality-frame',
  'safety-concern': 'confidentiality-frame',
  'self-disclosure': 'confidentiality-frame',
  'personal-exploration': 'confidentiality-frame',
  rescuing: 'avoiding-solutions',
  'advice-giving': 'avoiding-solutions',
  'medical-drift': 'avoiding-solutions',
  'theory-drift': 'avoiding-solutions',
  'new-case': 'balint-frame',
  airtime: 'balint-frame',
  time: 'balint-frame',
  'complaint-spiral': 'balint-frame',
};

const CUE_HEADING: Readonly<Record<CueKind, SupervisionHeading>> = {
  'i-take-this': 'co-leader-relationship',
  'you-take-this': 'co-leader-relationship',
  'let-silence-run': 'co-leader-relationship',
  'invite-patient-view': 'co-leader-relationship',
  'presenter-shaken': 'protecting-presenter',
  'intervening-a-lot': 'avoiding-solutions',
};

const headingOfFlag = (kind: string): SupervisionHeading =>
  (FLAG_KINDS as readonly string[]).includes(kind) ? FLAG_HEADING[kind as FlagKind] : 'balint-frame';

/** The facts under each heading: flags counted by kind and handling, cues by kind, timings under the frame. */
export function prefillOf(facts: SupervisionFacts): Record<SupervisionHeading, Fact[]> {
  const prefill = Object.fromEntries(SUPERVISION_HEADINGS.map((heading) => [heading, [] as Fact[]])) as Record<
    SupervisionHeading,
    Fact[]
  >;
  const flagCounts = new Map<string, Extract<Fact, { fact: 'flag' }>>();
  for (const flag of facts.flags) {
    const handled = flag.handled ?? flag.status;
    const key = `${flag.kind} ${handled}`;
    const counted = flagCounts.get(key);
    if (counted) counted.count += 1;
    else flagCounts.set(key, { fact: 'flag', kind: flag.kind, handled, count: 1 });
  }
  for (const fact of flagCounts.values()) prefill[headingOfFlag(fact.kind)].push(fact);
  if (facts.pauseSignals > 0) prefill['protecting-presenter'].push({ fact: 'pause-signals', count: facts.pauseSignals });
  for (const cue of CUE_KINDS) {
    const count = facts.cues[cue] ?? 0;
    if (count > 0) prefill[CUE_HEADING[cue]].push({ fact: 'cue', cue, count });
  }
  prefill['co-leader-relationship'].push({ fact: 'takeovers', takeovers: facts.takeovers, handbacks: facts.handbacks });
  for (const { round, roundKind, phaseId, title, plannedSec, actualSec } of facts.phases) {
    prefill['balint-frame'].push({ fact: 'timing', round, roundKind, phaseId, title, plannedSec, actualSec });
  }
  return prefill;
}

/** What the leaders read and write: the meeting's facts by heading and every leader's own part. */
export interface SupervisionReport {
  sessionId: string;
  title: string;
  /** The meeting's format id: its phases' titles are said in the reader's language unless retitled. */
  format: string;
  date: number;
  prefill: Record<SupervisionHeading, Fact[]>;
  parts: ReportPart[];
}

/** The group page's list of reports: which meetings have one, and who has written. */
export interface SupervisionReportSummary {
  sessionId: string;
  title: string;
  date: number;
  authors: string[];
  presenterCheckIn: boolean;
}
