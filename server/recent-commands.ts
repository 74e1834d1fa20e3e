// A phone on weak Wi-Fi can lose the answer to a command that did arrive, and send it again. A
// command that carries a `commandId` is carried out once: a repeat gets the first answer. Kept per
// process; with several processes, sticky sessions bring the repeat back to the same one.
import type { CommandReply } from '../shared/protocol';

const REMEMBERED = 10_000;

export class RecentCommands {
  private readonly replies = new Map<string, Promise<CommandReply>>();

  once(key: string, run: () => Promise<CommandReply>): Promise<CommandReply> {
    const known = this.replies.get(key);
    if (known) return known;
    const reply = run();
    this.replies.set(key, reply);
    if (this.replies.size > REMEMBERED) {
      const oldest = this.replies.keys().next().value;
      if (oldest !== undefined) this.replies.delete(oldest);
    }
    return reply;
  }
}
