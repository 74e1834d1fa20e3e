// The group's own small records, read and written through the store: its leader list, one frozen
// log row per meeting, each leader's part of a meeting's supervision report. They live as long as
// the group (GROUP_RETENTION_DAYS) and are erased with it, apart from the meetings' RETENTION_DAYS.
import type { LeaderList } from '../shared/leaders';
import { logEntryOf, type LogEntry } from '../shared/leading-log';
import type { MeetingState } from '../shared/meeting-state';
import type { ReportPart } from '../shared/supervision';
import type { MeetingStore } from './backends/meeting-store';

export const recordKeys = {
  leaders: 'leaders',
  log: (sessionId: string) => `log:${sessionId}`,
  logs: 'log:',
  part: (sessionId: string, leaderId: string) => `part:${sessionId}:${leaderId}`,
  partsOf: (sessionId: string) => `part:${sessionId}:`,
  parts: 'part:',
};

export interface Versioned<T> {
  key: string;
  value: T;
  version: number;
}

async function readAll<T>(store: MeetingStore, groupId: string, prefix: string): Promise<Versioned<T>[]> {
  const records = await store.groupRecords(groupId, prefix);
  return records.map((record) => ({ key: record.key, value: JSON.parse(record.json) as T, version: record.version }));
}

export async function leaderList(store: MeetingStore, groupId: string): Promise<LeaderList> {
  const [held] = await readAll<LeaderList>(store, groupId, recordKeys.leaders);
  return held ? { leaders: held.value.leaders, version: held.version } : { leaders: [], version: 0 };
}

/**
 * Saves the list over the version it was read at; false when someone else saved first. A name taken
 * off or changed is erased from disk too: the leaders' names are theirs to take back.
 */
export function saveLeaderList(store: MeetingStore, groupId: string, list: LeaderList, before: LeaderList): Promise<boolean> {
  const kept = new Set(list.leaders.map((leader) => `${leader.leaderId}\n${leader.name}`));
  const erasing = before.leaders.some((leader) => !kept.has(`${leader.leaderId}\n${leader.name}`));
  return store.putGroupRecord(groupId, recordKeys.leaders, JSON.stringify({ leaders: list.leaders }), list.version - 1, { erasing });
}

export function logEntries(store: MeetingStore, groupId: string): Promise<Versioned<LogEntry>[]> {
  return readAll<LogEntry>(store, groupId, recordKeys.logs);
}

export async function logEntry(store: MeetingStore, groupId: string, sessionId: string): Promise<Versioned<LogEntry> | null> {
  const held = await readAll<LogEntry>(store, groupId, recordKeys.log(sessionId));
  return held.find((record) => record.value.sessionId === sessionId) ?? null;
}

export function saveLogEntry(store: MeetingStore, groupId: string, entry: LogEntry, expectedVersion: number): Promise<boolean> {
  return store.putGroupRecord(groupId, recordKeys.log(entry.sessionId), JSON.stringify(entry), expectedVersion);
}

/** An ended group meeting's row, written once: a second call finds it there and leaves it. */
export async function freezeLogEntry(store: MeetingStore, state: MeetingState): Promise<void> {
  if (state.groupId === null || state.endedAt === null) return;
  await saveLogEntry(store, state.groupId, logEntryOf(state), 0);
}

/**
 * Every ended meeting of the group has its row: one that ended while the row could not be written
 * (a crash between the two) gets it now, while its record is still there to read.
 */
export async function completeLog(store: MeetingStore, groupId: string): Promise<Versioned<LogEntry>[]> {
  const held = await logEntries(store, groupId);
  const logged = new Set(held.map((record) => record.value.sessionId));
  let added = false;
  for (const state of await store.groupMeetings(groupId)) {
    if (state.endedAt === null || logged.has(state.sessionId)) continue;
    await freezeLogEntry(store, state);
    added = true;
  }
  return added ? logEntries(store, groupId) : held;
}

export function reportParts(store: MeetingStore, groupId: string, sessionId: string): Promise<Versioned<ReportPart>[]> {
  return readAll<ReportPart>(store, groupId, recordKeys.partsOf(sessionId));
}

/** Every part of every report of the group, with the meeting each belongs to. */
export async function allReportParts(store: MeetingStore, groupId: string): Promise<(Versioned<ReportPart> & { sessionId: string })[]> {
  const parts = await readAll<ReportPart>(store, groupId, recordKeys.parts);
  return parts.map((part) => ({ ...part, sessionId: part.key.split(':')[1] ?? '' }));
}

export function saveReportPart(
  store: MeetingStore,
  groupId: string,
  sessionId: string,
  part: ReportPart,
  expectedVersion: number,
): Promise<boolean> {
  return store.putGroupRecord(groupId, recordKeys.part(sessionId, part.authorId), JSON.stringify(part), expectedVersion);
}
