// Picks the surface for the address. Each surface is its own chunk, loaded only when opened:
// a member's phone never downloads the leader console, and the join page stays small.
import { lazy, Suspense, type ComponentType } from 'react';
import type { Role } from '../shared/roles';
import { ChunkErrorBoundary } from './components/ChunkErrorBoundary';
import { StatusScreen } from './components/StatusScreen';
import { parseRoute, usePathname } from './routes';
import { text } from './text';

const Landing = lazy(() => import('./surfaces/landing/LandingPage'));
const JoinPage = lazy(() => import('./surfaces/member/JoinPage'));
const GroupPage = lazy(() => import('./surfaces/group/GroupPage'));
const DebriefPage = lazy(() => import('./surfaces/debrief/DebriefPage'));

const surfaces: Record<Role, ComponentType<{ sessionId: string }>> = {
  leader: lazy(() => import('./surfaces/leader/LeaderSurface')),
  'co-leader': lazy(() => import('./surfaces/co-leader/CoLeaderSurface')),
  display: lazy(() => import('./surfaces/display/DisplaySurface')),
  member: lazy(() => import('./surfaces/member/MemberSurface')),
};

export function App() {
  const route = parseRoute(usePathname());
  return (
    <ChunkErrorBoundary>
      <Suspense fallback={<StatusScreen title={text.common.loading} busy />}>
        <Page route={route} />
      </Suspense>
    </ChunkErrorBoundary>
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
    case 'not-found':
      return (
        <StatusScreen title={text.status.notFoundTitle} body={text.status.notFoundBody}>
          <a className="button" href="/">
            {text.common.backHome}
          </a>
        </StatusScreen>
      );
  }
}
