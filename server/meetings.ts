// Changing a meeting: load → decide (the pure reducer) → save durably → publish. Changes to one
// meeting run one at a time, and a save that finds a newer version (another process got there
// first) is decided again on the fresh state, so no update is ever lost.
import { revokedParticipants } from '../shared/changes/people';
import type { Outcome, MeetingState } from '../shared/meeting-state';
import type { MeetingStore, TokenChanges } from './backends/meeting-store';

export interface Change {
  before: MeetingState;
  after: MeetingState;
}

export interface Meetings {
  change(
    sessionId: string,
    decide: (state: MeetingState) => Outcome,
    /** Tokens to add with the change; whose tokens stop working follows from the change itself. */
    tokens?: TokenChanges,
  ): Promise<Outcome>;
}

// Only processes sharing Redis ever lose a save race. Two busy ones can collide again and again
// when both retry at once: a short random pause, growing with each try, breaks the tie.
const MAX_ATTEMPTS = 12;
const backOff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2 ** attempt, 64)));

/** Whoever the change sent away loses their tokens in the same save. */
function withRevoked(tokens: TokenChanges | undefined, revoked: string[]): TokenChanges | undefined {
  // A command names one person at most: two at once would be a bug in the reducer, not a request.
  if (revoked.length > 1) throw new Error('One change sent more than one person away.');
  return revoked[0] === undefined ? tokens : { ...tokens, revokeParticipant: revoked[0] };
}

export function createMeetings(
  store: MeetingStore,
  publish: (change: Change) => void | Promise<void>,
  /** Told how long each save took, for the metrics; nothing is awaited on it. */
  saved: (seconds: number) => void = () => {},
): Meetings {
  const queues = new Map<string, Promise<unknown>>();

  function oneAtATime<T>(sessionId: string, task: () => Promise<T>): Promise<T> {
    const previous = queues.get(sessionId) ?? Promise.resolve();
    const result = previous.then(task, task);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    queues.set(sessionId, settled);
    void settled.then(() => {
      if (queues.get(sessionId) === settled) queues.delete(sessionId);
    });
    return result;
  }

  return {
    change(sessionId, decide, tokens) {
      return oneAtATime(sessionId, async (): Promise<Outcome> => {
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
          const before = await store.load(sessionId);
          if (!before) return { ok: false, error: { code: 'not_found', message: 'No such meeting.' } };
          const outcome = decide(before);
          if (!outcome.ok) return outcome;
          const erasing = before.endedAt === null && outcome.state.endedAt !== null;
          const changes = withRevoked(tokens, revokedParticipants(before, outcome.state));
          const options = { erasing, ...(changes ? { tokens: changes } : {}) };
          const saving = performance.now();
          const stored = await store.save(outcome.state, before.version, options);
          saved((performance.now() - saving) / 1000);
          if (stored) {
            // The views are on their way before the sender's ack: a client that holds an ack
            // for version N already has view N when it comes from this process.
            await publish({ before, after: outcome.state });
            return outcome;
          }
          await backOff(attempt);
        }
        return { ok: false, error: { code: 'conflict', message: 'The meeting is busy; try again.' } };
      });
    },
  };
}
