// What an operator's Prometheus may know of the server: counts and timings, never whom or which
// meeting. Every label value comes from a fixed list of the code's own (a role, a command type, an
// error code, a refusal reason): the children of each metric are made here from those lists, and a
// value that is not on them has no child to count in, so a name, a join code, a token or a meeting
// id cannot become a label even by mistake. Each app has its own registry, so several servers in one
// process (the tests) never share figures; in the Redis mode each process counts what it served.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { COMMAND_TYPES, type CommandType } from '../shared/commands';
import { COMMAND_ERROR_CODES } from '../shared/errors';
import { ROLES, type Role } from '../shared/roles';

/** A command is counted under its type, or under this when it did not name a type of ours. */
export const UNKNOWN_COMMAND = 'unknown';
export type CountedCommand = CommandType | typeof UNKNOWN_COMMAND;
export const COMMAND_OUTCOMES = ['ok', ...COMMAND_ERROR_CODES] as const;
export type CommandOutcome = (typeof COMMAND_OUTCOMES)[number];

/** How one comes in: a join by code, or a knock at a locked room. */
export const JOIN_WAYS = ['join', 'knock'] as const;
export type JoinWay = (typeof JOIN_WAYS)[number];

/**
 * Why a join, a knock or a code check was turned away. `unknown_code`: no meeting has it (or it
 * cannot be a code); `waiting_full`: too many knocking already; `room_open`: a knock at a room that
 * is not locked; `rate_limited`: one of the join guard's limits (server/join-guard.ts).
 */
export const JOIN_REFUSALS = ['invalid', 'unknown_code', 'locked', 'full', 'waiting_full', 'room_open', 'rate_limited'] as const;
export type JoinRefusal = (typeof JOIN_REFUSALS)[number];

/** The sockets this process holds, as the scrape finds them. */
export interface SocketCensus {
  /** Meetings with at least one socket on this process. */
  meetings: number;
  byRole: Record<Role, number>;
}

/** What the server records as it runs; each call is a counter step or a histogram observation. */
export interface Metrics {
  /** Without `seconds` when it was turned away before it ran (the rate limit): counted, not timed. */
  commandDone(type: CountedCommand, outcome: CommandOutcome, seconds?: number): void;
  joined(way: JoinWay): void;
  joinRefused(reason: JoinRefusal): void;
  storeWritten(seconds: number): void;
}

export interface MetricsRegistry extends Metrics {
  /** The Prometheus text of every metric, counted sockets included. */
  text(): Promise<string>;
  contentType: string;
  close(): void;
}

/** When metrics are off nothing is measured at all: the command path stays as it was. */
export const NO_METRICS: Metrics = {
  commandDone() {},
  joined() {},
  joinRefused() {},
  storeWritten() {},
};

const COMMAND_TYPE_SET: ReadonlySet<string> = new Set(COMMAND_TYPES);

/** The type a command payload names, when it is one of ours; anything else is not repeated. */
export function countedCommandType(payload: unknown): CountedCommand {
  const type = typeof payload === 'object' && payload !== null ? (payload as { type?: unknown }).type : undefined;
  return typeof type === 'string' && COMMAND_TYPE_SET.has(type) ? (type as CommandType) : UNKNOWN_COMMAND;
}

type LabelLists = Record<string, readonly string[]>;
type LabelValues<L extends LabelLists> = { [K in keyof L]: L[K][number] };

/**
 * Every combination of the lists' values, each with its child made once: the only way in is
 * `child(values)`, whose types are the lists' own, and a value off the lists finds no child. The
 * children hang in a tree of maps, one level per label, so a look-up allocates nothing.
 */
function fixedChildren<L extends LabelLists, C>(
  lists: L,
  make: (labels: Record<string, string>) => C,
): (values: LabelValues<L>) => C | undefined {
  const names = Object.keys(lists);
  type Node = Map<string, Node | C>;
  const grow = (depth: number, labels: Record<string, string>): Node =>
    new Map(
      lists[names[depth]!]!.map((value) => {
        const here = { ...labels, [names[depth]!]: value };
        return [value, depth === names.length - 1 ? make(here) : grow(depth + 1, here)];
      }),
    );
  const root = grow(0, {});
  return (values) => {
    let node: Node | C | undefined = root;
    for (const name of names) node = (node as Node | undefined)?.get((values as Record<string, string>)[name]!);
    return node as C | undefined;
  };
}

/** A counter labelled only from fixed lists. */
function fixedCounter<L extends LabelLists>(registry: Registry, name: string, help: string, lists: L) {
  const counter = new Counter({ name, help, labelNames: Object.keys(lists), registers: [registry] });
  return fixedChildren(lists, (labels) => {
    const child = counter.labels(labels);
    // Every series exists from the start at 0, so that a rate over the first minutes is right.
    child.inc(0);
    return child;
  });
}

/** Seconds: a command is a load, a pure step and a save, a few milliseconds at most. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export function createMetrics(census: () => SocketCensus): MetricsRegistry {
  const registry = new Registry();
  // Event-loop lag, memory, CPU, handles: what tells a slow server from a slow network.
  collectDefaultMetrics({ register: registry });

  const commands = fixedCounter(registry, 'balint_commands_total', 'Commands received, by type and outcome.', {
    type: [...COMMAND_TYPES, UNKNOWN_COMMAND],
    outcome: COMMAND_OUTCOMES,
  });
  const commandSeconds = new Histogram({
    name: 'balint_command_duration_seconds',
    help: 'From a command received to its answer sent.',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const joins = fixedCounter(registry, 'balint_joins_total', 'People let in, by a join or a knock.', { way: JOIN_WAYS });
  const refusals = fixedCounter(registry, 'balint_join_refusals_total', 'Joins, knocks and code checks turned away, by reason.', {
    reason: JOIN_REFUSALS,
  });
  const storeSeconds = new Histogram({
    name: 'balint_store_write_duration_seconds',
    help: 'Saving one change of a meeting.',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });

  // Counted when scraped, so that connecting and leaving cost nothing extra.
  let counted: SocketCensus | null = null;
  const countOnce = () => (counted ??= census());
  new Gauge({
    name: 'balint_connected_sockets',
    help: 'Sockets connected to this process, by role.',
    labelNames: ['role'],
    registers: [registry],
    collect() {
      const { byRole } = countOnce();
      for (const role of ROLES) this.labels({ role }).set(byRole[role]);
    },
  });
  new Gauge({
    name: 'balint_live_meetings',
    help: 'Meetings with at least one socket connected to this process.',
    registers: [registry],
    collect() {
      this.set(countOnce().meetings);
    },
  });

  return {
    commandDone(type, outcome, seconds) {
      commands({ type, outcome })?.inc();
      if (seconds !== undefined) commandSeconds.observe(seconds);
    },
    joined(way) {
      joins({ way })?.inc();
    },
    joinRefused(reason) {
      refusals({ reason })?.inc();
    },
    storeWritten(seconds) {
      storeSeconds.observe(seconds);
    },
    async text() {
      counted = null;
      try {
        return await registry.metrics();
      } finally {
        counted = null;
      }
    },
    contentType: registry.contentType,
    close() {
      registry.clear();
    },
  };
}

/** The sockets of one process: how many of each role, and how many meetings they belong to. */
export function countSockets(grants: Iterable<{ sessionId: string; role: Role }>): SocketCensus {
  const byRole = Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>;
  const meetings = new Set<string>();
  for (const { sessionId, role } of grants) {
    byRole[role] += 1;
    meetings.add(sessionId);
  }
  return { meetings: meetings.size, byRole };
}
