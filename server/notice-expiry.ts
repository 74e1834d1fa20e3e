// A projected notice clears itself a minute after it was shown: the wall goes back to the case
// without the leader having to remember it. The clearing is a change like any other (version +1,
// every view sent), made by whichever process last saw the notice; the reducer refuses it when the
// notice is gone or still fresh, so a second process asking too changes nothing.
import type { FastifyBaseLogger } from 'fastify';
import { expireNotice, NOTICE_LIFETIME_MS } from '../shared/changes/signals';
import type { MeetingState } from '../shared/meeting-state';
import type { Meetings } from './meetings';

/** How often due notices are looked for: a notice lingers at most this much past its minute. */
const CHECK_EVERY_MS = 1_000;

export function createNoticeExpiry(
  meetings: () => Meetings,
  now: () => number,
  log: FastifyBaseLogger,
) {
  /** Meetings with a notice up, and when it is due to clear. */
  const due = new Map<string, number>();

  function watch(state: MeetingState): void {
    if (state.notice !== null && state.endedAt === null) due.set(state.sessionId, state.notice.at + NOTICE_LIFETIME_MS);
    else due.delete(state.sessionId);
  }

  function clearDue(): void {
    const time = now();
    for (const [sessionId, at] of due) {
      if (time < at) continue;
      due.delete(sessionId);
      meetings()
        .change(sessionId, (state) => expireNotice(state, now()))
        .catch((error: unknown) => log.error({ err: error }, 'could not clear a notice'));
    }
  }

  const timer = setInterval(clearDue, CHECK_EVERY_MS);
  timer.unref();

  return { watch, stop: () => clearInterval(timer) };
}

export type NoticeExpiry = ReturnType<typeof createNoticeExpiry>;
