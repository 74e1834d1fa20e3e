// What stands between a guesser and the meetings' join codes. A code is 6 characters from 31
// (887,503,681 codes), and a join, a knock and anything else that tells whether a code exists is
// an attempt. Four buckets, each counted for every process together (server/limits.ts):
//
//   per address   failed attempts (unknown code, locked room, bad body): JOIN_RATE_PER_MINUTE
//   per address   successful joins: JOINS_PER_ADDRESS_PER_HOUR, loose enough for a hall behind one NAT
//   per code      failed attempts at one code from anywhere: JOIN_FAILURES_PER_CODE a minute
//   server-wide   unknown codes looked up: JOIN_MISSES_PER_MINUTE
//
// The last one is what holds against many addresses, so it is the one counted strictly: a look-up
// takes a point before it runs, and only a code that exists gives it back at once. When the points
// are all out, an attempt waits a moment for one to come back (a hall joining at once holds them
// for an instant only); when the server's misses for the minute are spent, every attempt is turned
// away until the next minute, the right code too: a guessing attack slows everyone's joins rather
// than open a meeting to it (docs/deploy.md works out the odds). The other buckets are counted
// once an attempt has failed or succeeded, so that a hall's simultaneous joins never crowd out
// each other.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config';
import { count, giveBack, spent, take, type Limiters } from './limits';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
/** How long an attempt waits, in all, for a point of the server's budget to come back. */
const BUDGET_WAITS = 5;
const BUDGET_WAIT_MS = 25;

/**
 * How an attempt ended. `joined`: let in (or knocking); `miss`: no running meeting holds the code;
 * `failed`: the attempt's own fault (a locked room, a bad body, a malformed code); `refused`: not
 * the attempt's fault (the meeting is full), and `checked`: the code was checked and found before a
 * join (the join counts itself), so both count nowhere.
 */
export type JoinOutcome = 'joined' | 'miss' | 'failed' | 'refused' | 'checked';

export interface JoinAttempt {
  /** Before looking a code up: null when it may be, or why not (429). */
  lookUp(code: string): Promise<string | null>;
  /** The code exists: the attempt was no miss, and its point of the server's budget goes back. */
  found(): Promise<void>;
  close(outcome: JoinOutcome): Promise<void>;
}

export interface JoinGuard {
  /** An attempt from this address, or why it is turned away (429). */
  open(address: string): Promise<JoinAttempt | string>;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, BUDGET_WAIT_MS));

export function createJoinGuard(
  limiters: Limiters,
  config: Pick<Config, 'joinRatePerMinute' | 'joinFailuresPerCode' | 'joinMissesPerMinute' | 'joinsPerAddressPerHour'>,
  log: FastifyBaseLogger,
): JoinGuard {
  const failures = limiters('join-failures', { points: config.joinRatePerMinute, duration: MINUTE });
  const joins = limiters('joins', { points: config.joinsPerAddressPerHour, duration: HOUR });
  const codeFailures = limiters('join-code-failures', { points: config.joinFailuresPerCode, duration: MINUTE });
  const misses = limiters('join-misses', { points: config.joinMissesPerMinute, duration: MINUTE });
  const SERVER = 'server';
  let warnedAt = 0;

  async function takeFromBudget(): Promise<boolean> {
    for (let wait = 0; wait <= BUDGET_WAITS; wait += 1) {
      if (await take(misses, SERVER)) return true;
      if (wait < BUDGET_WAITS) await pause();
    }
    if (Date.now() - warnedAt > MINUTE * 1000) {
      warnedAt = Date.now();
      log.warn({ limit: config.joinMissesPerMinute }, 'the server-wide budget of unknown join codes is spent: codes are being guessed');
    }
    return false;
  }

  return {
    async open(address) {
      if (await spent(failures, address)) return 'Too many failed join attempts from here; wait a minute.';
      if (await spent(joins, address)) return 'Too many people joined from this address; wait a while.';
      let code: string | null = null;
      let budgetTaken = false;
      let closed = false;

      return {
        async lookUp(candidate) {
          if (await spent(codeFailures, candidate)) return 'Too many failed attempts at this code; wait a minute.';
          if (!(await takeFromBudget())) return 'Too many wrong codes on this server right now; try again in a minute.';
          code = candidate;
          budgetTaken = true;
          return null;
        },
        async found() {
          if (budgetTaken) await giveBack(misses, SERVER);
          budgetTaken = false;
        },
        async close(outcome) {
          if (closed) return;
          closed = true;
          if (outcome === 'joined') await count(joins, address);
          if (outcome === 'miss' || outcome === 'failed') {
            await count(failures, address);
            if (code !== null) await count(codeFailures, code);
          }
        },
      };
    },
  };
}
