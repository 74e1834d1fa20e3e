// One check-out answer per member, without the meeting ever knowing whose answer it counts: the
// store marks "this member has answered" in a write of its own first, and only then is the answer
// counted into the meeting's state (a later, separate save). An answer the meeting refuses takes
// its mark back. The marks go when the meeting ends (the store's erasing save).
import { createHash } from 'node:crypto';
import type { CommandReply } from '../shared/protocol';
import type { MeetingStore } from './backends/meeting-store';

/**
 * The mark a member's answer leaves: a digest of the meeting and the participant, so that the
 * marks' table holds no participant id as such, and a scan of the disk can look for it alone.
 */
export function checkoutMark(sessionId: string, participantId: string): string {
  return createHash('sha256').update(`checkout/${sessionId}/${participantId}`).digest('base64url');
}

export async function answerOnce(
  store: MeetingStore,
  sessionId: string,
  participantId: string,
  count: () => Promise<CommandReply>,
): Promise<CommandReply> {
  const mark = checkoutMark(sessionId, participantId);
  if (!(await store.markCheckoutAnswered(sessionId, mark))) {
    return { ok: false, error: { code: 'conflict', message: 'You have already answered the check-out.' } };
  }
  const reply = await count();
  if (!reply.ok) await store.unmarkCheckoutAnswered(sessionId, mark);
  return reply;
}
