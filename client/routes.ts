// The app's few addresses. The server answers every non-/api path with index.html, so the client
// reads the path itself; a tiny parser beats a router library in the join page's byte budget.
import { useSyncExternalStore } from 'react';
import type { Role } from '../shared/roles';

export type Route =
  | { page: 'landing' }
  | { page: 'join'; code: string }
  | { page: 'surface'; sessionId: string; role: Role }
  | { page: 'group'; groupId: string }
  | { page: 'debrief'; sessionId: string }
  | { page: 'verify' }
  | { page: 'supervision'; groupId: string; sessionId: string }
  | { page: 'not-found' };

const SURFACE_ROLES: Readonly<Record<string, Role>> = {
  leader: 'leader',
  'co-leader': 'co-leader',
  display: 'display',
  member: 'member',
};

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'landing' };
  if (parts[0] === 'join') return { page: 'join', code: parts[1] ?? '' };
  if (parts.length === 1 && parts[0] === 'verify') return { page: 'verify' };
  if (parts.length === 2 && parts[0] === 'g') return { page: 'group', groupId: parts[1]! };
  if (parts.length === 4 && parts[0] === 'g' && parts[2] === 'report') {
    return { page: 'supervision', groupId: parts[1]!, sessionId: parts[3]! };
  }
  if (parts.length === 3 && parts[0] === 's' && parts[2] === 'debrief') {
    return { page: 'debrief', sessionId: parts[1]! };
  }
  if (parts.length === 3 && parts[0] === 's') {
    const role = SURFACE_ROLES[parts[2]!];
    if (role) return { page: 'surface', sessionId: parts[1]!, role };
  }
  return { page: 'not-found' };
}

const NAVIGATED = 'balint:navigate';

/** Moves within the app without a reload; a fragment (a token) rides along in `path`. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}
