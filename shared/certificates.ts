// Attendance certificates: what a member's certificate attests, who may take one, and the bare
// marks the meeting keeps for that. Pure: signing and keys live on the server
// (server/certificates/). The name typed for a certificate passes through here into the
// attestation and nowhere else: the state never holds it.
import { z } from 'zod';
import type { CertificateMarks } from './certificate-marks';
import { findGroupFormat, type Group } from './groups';
import { leaderInitialsOf, type LeaderList } from './leaders';
import { LIMITS } from './limits';
import { cleanName } from './names';
import type { MeetingState } from './meeting-state';

export type { CertificateMarks };

/** A certificate can be taken within a day of the meeting's end, not later. */
export const CERTIFICATE_WINDOW_MS = 24 * 60 * 60 * 1000;
export const CERTIFICATE_NAME_MAX = LIMITS.certificateNameMax;
/** Far above a real certificate (a few hundred characters), far below what could hurt the server. */
export const CERTIFICATE_MAX_LENGTH = 4096;

/**
 * What a certificate says, exactly as `POST /api/verify` returns it. Only the shape is checked
 * here: the signature vouches for the values, and a length rule changed later must never turn a
 * genuine certificate invalid.
 */
export const attestationSchema = z.strictObject({
  name: z.string().min(1),
  title: z.string().min(1),
  format: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  plannedMin: z.number().int().min(0),
  actualMin: z.number().int().min(0),
  group: z.string().min(1).optional(),
  leaders: z.string().min(1).optional(),
});
export type Attestation = z.infer<typeof attestationSchema>;

/** What is signed: the attestation, the format's version and the day it was issued. */
export const certificatePayloadSchema = attestationSchema.extend({
  v: z.literal(1),
  issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type CertificatePayload = z.infer<typeof certificatePayloadSchema>;

export const certificateRequestBody = z.object({
  // Cleaned as a join name is: what the certificate shows is what was typed, nothing hidden.
  name: z.string().transform(cleanName).pipe(z.string().min(1).max(CERTIFICATE_NAME_MAX)),
  /** Ours: the member's IANA time zone, for the meeting's date; UTC when missing or unknown. */
  tz: z.string().max(64).optional(),
});

export const verifyBody = z.object({ certificate: z.string().max(CERTIFICATE_MAX_LENGTH) });

export type CertificateRefusal = { code: 'forbidden' | 'conflict'; message: string };
export type CertificateOutcome = { ok: true; state: MeetingState } | { ok: false; error: CertificateRefusal };

export function certificateWindowOpen(state: MeetingState, now: number): boolean {
  return state.endedAt !== null && now <= state.endedAt + CERTIFICATE_WINDOW_MS;
}

/** One certificate per member who was there, within the day after the end; counted for the record. */
export function issueCertificate(state: MeetingState, participantId: string, now: number): CertificateOutcome {
  const marks = state.certificates;
  if (state.endedAt === null) return { ok: false, error: { code: 'conflict', message: 'The meeting has not ended yet.' } };
  if (!certificateWindowOpen(state, now)) {
    return { ok: false, error: { code: 'conflict', message: 'Certificates could be taken for a day after the meeting.' } };
  }
  if (!marks || !marks.attended.includes(participantId)) {
    return { ok: false, error: { code: 'forbidden', message: 'Only a member who was in the meeting can take one.' } };
  }
  if (marks.issued.includes(participantId)) {
    return { ok: false, error: { code: 'conflict', message: 'You already took your certificate.' } };
  }
  return {
    ok: true,
    state: {
      ...state,
      version: state.version + 1,
      certificates: { ...marks, issued: [...marks.issued, participantId], count: marks.count + 1 },
    },
  };
}

/** After the window only the count remains: who was there and who took one are dropped. */
export function closeCertificateWindow(state: MeetingState, now: number): CertificateOutcome {
  const marks = state.certificates;
  if (!marks || certificateWindowOpen(state, now) || (marks.attended.length === 0 && marks.issued.length === 0)) {
    return { ok: false, error: { code: 'conflict', message: 'No certificate day to close.' } };
  }
  return { ok: true, state: { ...state, version: state.version + 1, certificates: { attended: [], issued: [], count: marks.count } } };
}

/**
 * The initials of who led and co-led ("A.B., C.D."), when the group keeps its leaders: from the
 * list as it is now, so a leader taken off it is on no later certificate.
 */
export function certificateLeaders(state: MeetingState, leaderList: LeaderList | null): string | undefined {
  const initials = leaderList ? leaderInitialsOf(state.leaders, leaderList) : [];
  return initials.length > 0 ? initials.map((each) => [...each].map((letter) => `${letter}.`).join('')).join(', ') : undefined;
}

/** "2026-11-30" in the given zone (UTC when it is not one this runtime knows). */
export function dateIn(at: number, timeZone: string | undefined): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  try {
    return format(timeZone && timeZone.length > 0 ? timeZone : 'UTC');
  } catch {
    return format('UTC');
  }
}

/** The meeting's time in its phases, every case included, pauses left out: what the record counts. */
function minutesWorked(state: MeetingState): number {
  const ms = state.rounds.reduce((sum, round) => sum + round.phases.reduce((inner, phase) => inner + phase.actualMs, 0), 0);
  return Math.round(ms / 60_000);
}

/** What a member's certificate of this (ended) meeting says. */
export function attestationOf(
  state: MeetingState,
  {
    name,
    group,
    leaderList = null,
    timeZone,
  }: { name: string; group: Group | null; leaderList?: LeaderList | null; timeZone?: string | undefined },
): Attestation {
  const leaders = certificateLeaders(state, leaderList);
  return {
    name,
    title: state.title,
    format: findGroupFormat(group, state.formatId)?.title ?? state.formatId,
    date: dateIn(state.rounds[0]?.startedAt ?? state.startedAt, timeZone),
    plannedMin: Math.round(state.meetingPlanSec / 60),
    actualMin: minutesWorked(state),
    ...(group ? { group: group.name } : {}),
    ...(leaders ? { leaders } : {}),
  };
}
