// What the server does by itself every few minutes: notes which meetings still have sockets open
// here, erases meetings past RETENTION_DAYS and groups past GROUP_RETENTION_DAYS, and ends the
// meetings nobody used for IDLE_END_HOURS, erasing their names and notes as `session.end` does. A
// meeting left running overnight must not keep the members' names on disk for ever.
import type { FastifyBaseLogger } from 'fastify';
import { CERTIFICATE_WINDOW_MS, closeCertificateWindow } from '../shared/certificates';
import { apply } from '../shared/meeting';
import type { Activity } from './activity';
import { meetingRoom, type Broadcaster, type RealtimeServer } from './broadcast';
import type { Config } from './config';
import type { Meetings } from './meetings';
import type { RecentCommands } from './recent-commands';
import type { MeetingStore } from './backends/meeting-store';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface MaintenanceDeps {
  io: RealtimeServer;
  store: MeetingStore;
  meetings: Meetings;
  broadcaster: Broadcaster;
  activity: Activity;
  recent: RecentCommands;
  config: Pick<Config, 'now' | 'retentionDays' | 'groupRetentionDays' | 'idleEndHours'>;
  log: FastifyBaseLogger;
}

export function createMaintenance({ io, store, meetings, broadcaster, activity, recent, config, log }: MaintenanceDeps) {
  const connectedHere = (sessionId: string): boolean => (io.sockets.adapter.rooms.get(meetingRoom(sessionId))?.size ?? 0) > 0;
  const meetingsConnectedHere = (): Set<string> =>
    new Set([...io.sockets.sockets.values()].map((socket) => (socket.data as { grant: { sessionId: string } }).grant.sessionId));

  const gone = (sessionIds: string[]): void => {
    for (const sessionId of sessionIds) {
      broadcaster.closeMeeting(sessionId);
      recent.forget(sessionId);
    }
  };

  async function eraseExpired(now: number): Promise<void> {
    const erased = await store.sweep(now - config.retentionDays * DAY_MS);
    gone(erased);
    if (erased.length > 0) log.info({ erased: erased.length }, 'expired meetings erased');
    const ofGroups = await store.sweepGroups(now - config.groupRetentionDays * DAY_MS);
    gone(ofGroups);
    if (ofGroups.length > 0) log.info({ erased: ofGroups.length }, 'meetings of unused groups erased');
  }

  async function endIdle(now: number): Promise<void> {
    let ended = 0;
    for (const sessionId of await store.idleMeetings(now - config.idleEndHours * HOUR_MS)) {
      // A socket here means someone is looking: in use, whatever the last touch says.
      if (connectedHere(sessionId)) continue;
      // As if the leader had ended it: the same erasure of names and notes, the same record.
      const attended = await store.attendedMembers(sessionId);
      const outcome = await meetings.change(sessionId, (state) =>
        apply(state, { role: 'leader' }, { type: 'session.end' }, config.now(), { leaderAway: false, attended }),
      );
      if (outcome.ok) ended += 1;
    }
    if (ended > 0) log.info({ ended }, 'idle meetings ended');
  }

  /**
   * Past the day after a meeting's end, who was there and who took a certificate are dropped; the
   * count stays. Looked for among meetings last changed one to three days ago (the end, or the last
   * certificate, is a change); one missed while the server was down goes at its next certificate request.
   */
  async function closeCertificateWindows(now: number): Promise<void> {
    const before = now - CERTIFICATE_WINDOW_MS;
    for (const sessionId of await store.endedWithCertificateMarks(before - 2 * DAY_MS, before)) {
      await meetings.change(sessionId, (state) => closeCertificateWindow(state, config.now()));
    }
  }

  /** One round; never rejects (a failed step is logged and tried again next round). */
  async function run(): Promise<void> {
    activity.stillConnected(meetingsConnectedHere());
    const now = config.now();
    await eraseExpired(now).catch((error: unknown) => log.error({ err: error }, 'retention sweep failed'));
    await endIdle(now).catch((error: unknown) => log.error({ err: error }, 'ending idle meetings failed'));
    await closeCertificateWindows(now).catch((error: unknown) => log.error({ err: error }, 'closing certificate days failed'));
  }

  return { run };
}
