// Who leads a meeting started from a group: picked from the group's own leader list. An id the list
// does not hold (another group's, an erased one) is refused before anything is created.
import type { Group } from '../../shared/groups';
import { leadersAreListed, type MeetingLeaders } from '../../shared/leaders';
import { leaderList } from '../group-records';
import type { MeetingStore } from '../backends/meeting-store';

type Picked = { ok: true; leaders: MeetingLeaders | null } | { ok: false; message: string };

export async function meetingLeaders(
  store: MeetingStore,
  group: Group | null,
  { ledBy = null, coLedBy = null }: { ledBy?: string | null | undefined; coLedBy?: string | null | undefined },
): Promise<Picked> {
  if (ledBy === null && coLedBy === null) return { ok: true, leaders: group ? { ledBy: null, coLedBy: null } : null };
  if (!group) return { ok: false, message: 'Leaders are picked only for a meeting started from a group.' };
  if (ledBy !== null && ledBy === coLedBy) return { ok: false, message: 'One leader cannot both lead and co-lead a meeting.' };
  if (!leadersAreListed(await leaderList(store, group.groupId), [ledBy, coLedBy])) {
    return { ok: false, message: 'That leader is not on this group’s list.' };
  }
  return { ok: true, leaders: { ledBy, coLedBy } };
}
