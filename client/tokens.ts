// Tokens arrive in the URL fragment and live on in localStorage, one per meeting and role, so a
// refresh comes straight back. The fragment is wiped at once: a token on screen can be read over
// a shoulder or caught in a screen share.
import type { Knocked, MeetingLinks } from '../shared/protocol';
import type { Role } from '../shared/roles';
import { readStored, readStoredJson, writeStored } from './storage';

/** Where a token is remembered: exported so the browser tests read the same key the app writes. */
export const tokenKey = (sessionId: string, role: Role) => `balint.token.${sessionId}.${role}`;
const linksKey = (sessionId: string) => `balint.links.${sessionId}`;

// Without storage the fragment still works; only a refresh needs the link again.

/** A token from the fragment (then remembered under `key` and wiped), or the one remembered before. */
function takeFromFragment(key: string): string | null {
  const fragment = location.hash.slice(1);
  if (!fragment) return readStored(key);
  writeStored(key, fragment);
  history.replaceState(history.state, '', location.pathname + location.search);
  return fragment;
}

/** The token for this surface. */
export function takeToken(sessionId: string, role: Role): string | null {
  return takeFromFragment(tokenKey(sessionId, role));
}

export function readToken(sessionId: string, role: Role): string | null {
  return readStored(tokenKey(sessionId, role));
}

export function forgetToken(sessionId: string, role: Role): void {
  writeStored(tokenKey(sessionId, role), null);
}

/** The links of a meeting this browser started, so the console can open the display and share. */
export function rememberLinks(sessionId: string, links: MeetingLinks): void {
  writeStored(linksKey(sessionId), JSON.stringify(links));
}

export function recallLinks(sessionId: string): MeetingLinks | null {
  return readStoredJson(linksKey(sessionId)) as MeetingLinks | null;
}

export function forgetLinks(sessionId: string): void {
  writeStored(linksKey(sessionId), null);
}

const joinedKey = (joinCode: string) => `balint.joined.${joinCode}`;

/** Which meeting this phone joined with a code, so scanning the QR again does not join twice. */
export function rememberJoined(joinCode: string, sessionId: string): void {
  writeStored(joinedKey(joinCode), sessionId);
}

export function recallJoined(joinCode: string): string | null {
  const sessionId = readStored(joinedKey(joinCode));
  return sessionId && readStored(tokenKey(sessionId, 'member')) ? sessionId : null;
}

// A knock waiting at a locked room, per join code: a phone that sleeps or reloads while the latecomer
// waits comes back to the same knock instead of knocking twice.
const knockKey = (joinCode: string) => `balint.knock.${joinCode}`;

export function rememberKnock(joinCode: string, knock: Knocked): void {
  writeStored(knockKey(joinCode), JSON.stringify(knock));
}

export function recallKnock(joinCode: string): Knocked | null {
  const knock = readStoredJson(knockKey(joinCode)) as Knocked | null;
  return knock && typeof knock.token === 'string' ? knock : null;
}

export function forgetKnock(joinCode: string): void {
  writeStored(knockKey(joinCode), null);
}

// Groups have no accounts either: the private group link carries the group's token in its fragment,
// remembered here per group like a meeting's tokens, with the group's name for the start page.
const groupTokenKey = (groupId: string) => `balint.group.${groupId}`;
const GROUPS_KEY = 'balint.groups';

export interface RememberedGroup {
  groupId: string;
  name: string;
}

export function takeGroupToken(groupId: string): string | null {
  return takeFromFragment(groupTokenKey(groupId));
}

export function readGroupToken(groupId: string): string | null {
  return readStored(groupTokenKey(groupId));
}

/** The groups this browser holds a link for, newest first. */
export function recallGroups(): RememberedGroup[] {
  const saved = readStoredJson(GROUPS_KEY) as RememberedGroup[] | null;
  return Array.isArray(saved) ? saved.filter((group) => readStored(groupTokenKey(group.groupId)) !== null) : [];
}

export function rememberGroup(group: RememberedGroup): void {
  const others = recallGroups().filter((candidate) => candidate.groupId !== group.groupId);
  writeStored(GROUPS_KEY, JSON.stringify([{ groupId: group.groupId, name: group.name }, ...others]));
}

export function forgetGroup(groupId: string): void {
  writeStored(groupTokenKey(groupId), null);
  writeStored(GROUPS_KEY, JSON.stringify(recallGroups().filter((group) => group.groupId !== groupId)));
}
