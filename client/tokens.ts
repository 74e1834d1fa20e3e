// Tokens arrive in the URL fragment and live on in localStorage, one per meeting and role, so a
// refresh comes straight back. The fragment is wiped at once: a token on screen can be read over
// a shoulder or caught in a screen share.
import type { Knocked, SessionLinks } from '../shared/protocol';
import type { Role } from '../shared/roles';

/** Where a token is remembered: exported so the browser tests read the same key the app writes. */
export const tokenKey = (sessionId: string, role: Role) => `balint.token.${sessionId}.${role}`;
const linksKey = (sessionId: string) => `balint.links.${sessionId}`;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage can be disabled (private mode, strict settings): the fragment still works
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Without storage a refresh needs the link again; nothing else breaks.
  }
}

/** The token for this surface: from the fragment (then remembered and wiped) or from storage. */
export function takeToken(sessionId: string, role: Role): string | null {
  const fragment = location.hash.slice(1);
  if (fragment) {
    write(tokenKey(sessionId, role), fragment);
    history.replaceState(history.state, '', location.pathname + location.search);
    return fragment;
  }
  return read(tokenKey(sessionId, role));
}

export function readToken(sessionId: string, role: Role): string | null {
  return read(tokenKey(sessionId, role));
}

export function forgetToken(sessionId: string, role: Role): void {
  write(tokenKey(sessionId, role), null);
}

/** The links of a meeting this browser started, so the console can open the display and share. */
export function rememberLinks(sessionId: string, links: SessionLinks): void {
  write(linksKey(sessionId), JSON.stringify(links));
}

export function recallLinks(sessionId: string): SessionLinks | null {
  const saved = read(linksKey(sessionId));
  if (!saved) return null;
  try {
    return JSON.parse(saved) as SessionLinks;
  } catch {
    return null;
  }
}

export function forgetLinks(sessionId: string): void {
  write(linksKey(sessionId), null);
}

const joinedKey = (joinCode: string) => `balint.joined.${joinCode}`;

/** Which meeting this phone joined with a code, so scanning the QR again does not join twice. */
export function rememberJoined(joinCode: string, sessionId: string): void {
  write(joinedKey(joinCode), sessionId);
}

export function recallJoined(joinCode: string): string | null {
  const sessionId = read(joinedKey(joinCode));
  return sessionId && read(tokenKey(sessionId, 'member')) ? sessionId : null;
}

// A knock waiting at a locked room, per join code: a phone that sleeps or reloads while the latecomer
// waits comes back to the same knock instead of knocking twice.
const knockKey = (joinCode: string) => `balint.knock.${joinCode}`;

export function rememberKnock(joinCode: string, knock: Knocked): void {
  write(knockKey(joinCode), JSON.stringify(knock));
}

export function recallKnock(joinCode: string): Knocked | null {
  try {
    const knock = JSON.parse(read(knockKey(joinCode)) ?? 'null') as Knocked | null;
    return knock && typeof knock.token === 'string' ? knock : null;
  } catch {
    return null;
  }
}

export function forgetKnock(joinCode: string): void {
  write(knockKey(joinCode), null);
}

// Groups have no accounts either: the private group link carries the group's token in its fragment,
// remembered here per group like a meeting's tokens, with the group's name for the start page.
const groupTokenKey = (groupId: string) => `balint.group.${groupId}`;
const GROUPS_KEY = 'balint.groups';

export interface RememberedGroup {
  groupId: string;
  name: string;
}

/** The group's token: from the fragment (then remembered and wiped) or from storage. */
export function takeGroupToken(groupId: string): string | null {
  const fragment = location.hash.slice(1);
  if (fragment) {
    write(groupTokenKey(groupId), fragment);
    history.replaceState(history.state, '', location.pathname + location.search);
    return fragment;
  }
  return read(groupTokenKey(groupId));
}

export function readGroupToken(groupId: string): string | null {
  return read(groupTokenKey(groupId));
}

/** The groups this browser holds a link for, newest first. */
export function recallGroups(): RememberedGroup[] {
  try {
    const saved = JSON.parse(read(GROUPS_KEY) ?? '[]') as RememberedGroup[];
    return Array.isArray(saved) ? saved.filter((group) => read(groupTokenKey(group.groupId)) !== null) : [];
  } catch {
    return [];
  }
}

export function rememberGroup(group: RememberedGroup): void {
  const others = recallGroups().filter((candidate) => candidate.groupId !== group.groupId);
  write(GROUPS_KEY, JSON.stringify([{ groupId: group.groupId, name: group.name }, ...others]));
}

export function forgetGroup(groupId: string): void {
  write(groupTokenKey(groupId), null);
  write(GROUPS_KEY, JSON.stringify(recallGroups().filter((group) => group.groupId !== groupId)));
}
