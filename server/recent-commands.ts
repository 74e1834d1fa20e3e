// A phone on weak Wi-Fi can lose the answer to a command that did arrive, and send it again. A
// command that carries a `commandId` is carried out once: a repeat gets the first answer. Kept per
// process; with several processes, sticky sessions bring the repeat back to the same one.
//
// Remembered per meeting, each with its own bound: a flood in one meeting forgets only its own
// commands, never another meeting's, whose retry would otherwise run twice. A client retries
// within seconds, so an answer is kept for a few minutes, and a meeting nobody writes to is
// forgotten whole.
import type { CommandReply } from '../shared/protocol';

/** Answers kept per meeting: a hall of a thousand phones each retrying one command fits. */
export const REMEMBERED_PER_MEETING = 2_000;
const KEPT_MS = 5 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 1000;

interface Remembered {
  reply: Promise<CommandReply>;
  at: number;
}

export class RecentCommands {
  private readonly meetings = new Map<string, Map<string, Remembered>>();
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => this.forgetOld(), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  once(sessionId: string, key: string, run: () => Promise<CommandReply>): Promise<CommandReply> {
    let replies = this.meetings.get(sessionId);
    const known = replies?.get(key);
    if (known) return known.reply;
    if (!replies) this.meetings.set(sessionId, (replies = new Map()));
    const reply = run();
    replies.set(key, { reply, at: Date.now() });
    if (replies.size > REMEMBERED_PER_MEETING) {
      const oldest = replies.keys().next().value;
      if (oldest !== undefined) replies.delete(oldest);
    }
    return reply;
  }

  /** The meeting is gone: nothing of it is repeated any more. */
  forget(sessionId: string): void {
    this.meetings.delete(sessionId);
  }

  private forgetOld(): void {
    const before = Date.now() - KEPT_MS;
    for (const [sessionId, replies] of this.meetings) {
      for (const [key, remembered] of replies) {
        // Oldest first: the first one still fresh ends this meeting's search.
        if (remembered.at >= before) break;
        replies.delete(key);
      }
      if (replies.size === 0) this.meetings.delete(sessionId);
    }
  }

  stop(): void {
    clearInterval(this.sweeper);
  }
}
