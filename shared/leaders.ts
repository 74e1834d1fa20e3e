// A group's leaders: the names or initials its leaders type for themselves, so that the leading log
// can say who led and who co-led each meeting. Optional, seen only with the group's token, and
// erasable: a leader taken off the list is gone from every row that named them.
import { z } from 'zod';
import { LIMITS } from './limits';

export interface Leader {
  leaderId: string;
  name: string;
}

export interface LeaderList {
  leaders: Leader[];
  /** Saved over only from the version read, so two leaders editing the list never lose an entry. */
  version: number;
}

/** Enough for a training programme's faculty; a group has two or three. */
export const LEADERS_MAX = 20;
/** A name or initials, as the leader writes it on an accreditation form. */
export const LEADER_NAME_MAX = 60;

export const leaderIdSchema = z.string().min(1).max(LIMITS.idMax);

export const leadersBody = z.object({
  version: z.number().int().min(0),
  leaders: z
    .array(
      z.object({
        /** Left out for a new entry; the server gives it an id. */
        leaderId: leaderIdSchema.optional(),
        name: z.string().trim().min(1).max(LEADER_NAME_MAX),
      }),
    )
    .max(LEADERS_MAX),
});
export type LeadersBody = z.infer<typeof leadersBody>;

/** Who led and who co-led one meeting: ids from the group's leader list. */
export interface MeetingLeaders {
  ledBy: string | null;
  coLedBy: string | null;
}

export type ListChange = { ok: true; list: LeaderList } | { ok: false; code: 'invalid' | 'conflict'; message: string };

/**
 * The list as the leaders saved it: kept entries by id, new ones with fresh ids. An id the list
 * does not hold (another group's, or one erased meanwhile) is refused, not quietly added.
 */
export function withLeaders(current: LeaderList, body: LeadersBody, newId: () => string): ListChange {
  if (body.version !== current.version) {
    return { ok: false, code: 'conflict', message: 'The list of leaders was changed meanwhile; reload it.' };
  }
  const known = new Set(current.leaders.map((leader) => leader.leaderId));
  const seen = new Set<string>();
  const leaders: Leader[] = [];
  for (const entry of body.leaders) {
    if (entry.leaderId !== undefined) {
      if (!known.has(entry.leaderId)) return { ok: false, code: 'invalid', message: 'That leader is not on this group’s list.' };
      if (seen.has(entry.leaderId)) return { ok: false, code: 'invalid', message: 'A leader is listed twice.' };
      seen.add(entry.leaderId);
    }
    leaders.push({ leaderId: entry.leaderId ?? newId(), name: entry.name });
  }
  return { ok: true, list: { leaders, version: current.version + 1 } };
}

/** Whether each id given is on the list (null and left out mean "nobody"). */
export function leadersAreListed(list: LeaderList, ids: readonly (string | null | undefined)[]): boolean {
  return ids.every((id) => id === null || id === undefined || list.leaders.some((leader) => leader.leaderId === id));
}

export function leaderById(list: LeaderList, leaderId: string | null): Leader | null {
  return list.leaders.find((leader) => leader.leaderId === leaderId) ?? null;
}

/** Initials of a name as typed ("Anna Maria Berg" → "AMB"); initials typed as such stay as they are. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/[\s.]+/u).filter(Boolean);
  return words.map((word) => [...word][0]!.toLocaleUpperCase()).join('');
}

/** The initials of who led and co-led a meeting (as a certificate names them), from the list as it is now. */
export function leaderInitialsOf(leaders: MeetingLeaders | undefined, list: LeaderList): string[] {
  if (!leaders) return [];
  return [leaders.ledBy, leaders.coLedBy]
    .map((id) => (id === null ? null : leaderById(list, id)))
    .filter((leader): leader is Leader => leader !== null)
    .map((leader) => initialsOf(leader.name));
}
