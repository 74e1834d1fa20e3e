// Picks the surface for the address. Each surface is its own chunk, loaded only when opened:
// a member's phone never downloads the leader console, and the join page stays small.
import i18next from 'i18next';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../shared/roles';
import { ChunkErrorBoundary } from './components/ChunkErrorBoundary';
import { FinalScreen, StatusScreen } from './components/StatusScreen';
import './i18n/setup';
import type { Namespace } from './i18n/words';
import { parseRoute, usePathname, type Route } from './routes';

const load = {
  landing: () => import('./surfaces/landing/LandingPage'),
  join: () => import('./surfaces/member/JoinPage'),
  group: () => import('./surfaces/group/GroupPage'),
  debrief: () => import('./surfaces/debrief/DebriefPage'),
  verify: () => import('./surfaces/verify/VerifyPage'),
  supervision: () => import('./surfaces/supervision/SupervisionPage'),
};
const loadSurface: Record<Role, () => Promise<{ default: ComponentType<{ sessionId: string }> }>> = {
  leader: () => import('./surfaces/leader/LeaderSurface'),
  'co-leader': () => import('./surfaces/co-leader/CoLeaderSurface'),
  display: () => import('./surfaces/display/DisplaySurface'),
  member: () => import('./surfaces/member/MemberSurface'),
};

const Landing = lazy(load.landing);
const JoinPage = lazy(load.join);
const GroupPage = lazy(load.group);
const DebriefPage = lazy(load.debrief);
const VerifyPage = lazy(load.verify);
const SupervisionPage = lazy(load.supervision);
const surfaces: Record<Role, ComponentType<{ sessionId: string }>> = {
  leader: lazy(loadSurface.leader),
  'co-leader': lazy(loadSurface['co-leader']),
  display: lazy(loadSurface.display),
  member: lazy(loadSurface.member),
};

/** The words each page speaks beyond `base`. */
const pageWords: Readonly<Record<Exclude<Route['page'], 'surface'> | Role, Namespace[]>> = {
  landing: ['room'],
  join: [],
  group: ['console', 'record'],
  debrief: ['console', 'record'],
  verify: ['console'],
  supervision: ['console', 'record'],
  'not-found': [],
  leader: ['console', 'room', 'record'],
  'co-leader': ['room', 'record'],
  display: ['room'],
  member: ['room'],
};

// The first page's chunk and its words are fetched now, beside the device's base words, rather than
// one after the other: on a phone 150 ms away each wait in line is a round trip before anything shows.
const first = parseRoute(location.pathname);
if (first.page === 'surface') void loadSurface[first.role]();
else if (first.page !== 'not-found') void load[first.page]();
void i18next.loadNamespaces(pageWords[first.page === 'surface' ? first.role : first.page]);

export function App() {
  return (
    <ChunkErrorBoundary>
      {/* Blank for the moment the device's words take to arrive: there is nothing to say without them. */}
      <Suspense fallback={null}>
        <Pages />
      </Suspense>
    </ChunkErrorBoundary>
  );
}

function Pages() {
  const { t } = useTranslation();
  const route = parseRoute(usePathname());
  return (
    <Suspense fallback={<StatusScreen title={t('common.loading')} busy />}>
      <Page route={route} />
    </Suspense>
  );
}

function Page({ route }: { route: ReturnType<typeof parseRoute> }) {
  switch (route.page) {
    case 'landing':
      return <Landing />;
    case 'join':
      return <JoinPage code={route.code} />;
    case 'surface': {
      const Surface = surfaces[route.role];
      // Keyed so that moving to another meeting starts from a clean slate.
      return <Surface key={`${route.sessionId}/${route.role}`} sessionId={route.sessionId} />;
    }
    case 'group':
      return <GroupPage key={route.groupId} groupId={route.groupId} />;
    case 'debrief':
      return <DebriefPage key={route.sessionId} sessionId={route.sessionId} />;
    case 'verify':
      return <VerifyPage />;
    case 'supervision':
      return <SupervisionPage key={`${route.groupId}/${route.sessionId}`} groupId={route.groupId} sessionId={route.sessionId} />;
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useTranslation();
  return <FinalScreen title={t('status.notFoundTitle')} body={t('status.notFoundBody')} />;
}
