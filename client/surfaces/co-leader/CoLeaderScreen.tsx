// The co-leader watches the boundaries and signals the leader privately, one tap per flag. If the
// leader drops out, the co-leader can take over on purpose, and then gets the leader's console.
import { lazy, Suspense } from 'react';
import { DebriefLink } from '../../components/DebriefLink';
import { NoticeBanner } from '../../components/NoticeBanner';
import { PhasePrompt } from '../../components/PhasePrompt';
import { StatusScreen } from '../../components/StatusScreen';
import { Timer } from '../../components/Timer';
import { selectLeadersView, useSessionStore } from '../../store';
import { text } from '../../text';
import { FlagPad } from './FlagPad';
import { FlagStatusList } from './FlagStatusList';
import { TakeoverCard } from './TakeoverCard';
import './co-leader.css';

// The console (and its QR library) only arrives if the co-leader actually takes over.
const LeaderConsole = lazy(() =>
  import('../leader/LeaderConsole').then((module) => ({ default: module.LeaderConsole })),
);

export function CoLeaderScreen() {
  const view = useSessionStore(selectLeadersView);
  if (!view) return null;
  if (view.ended) {
    return (
      <StatusScreen title={text.leader.endedTitle} body={text.coLeader.endedBody}>
        <DebriefLink sessionId={view.sessionId} />
      </StatusScreen>
    );
  }
  if (view.acting === 'co-leader') {
    return (
      <Suspense fallback={<StatusScreen title={text.common.loading} busy />}>
        <LeaderConsole />
      </Suspense>
    );
  }

  return (
    <main className="co-leader page stack">
      <header className="co-leader__header">
        <p className="muted small">{text.coLeader.title}</p>
        <p className="muted small">{view.title}</p>
      </header>
      {!view.leaderConnected && <TakeoverCard takeoverAvailableAt={view.takeoverAvailableAt} />}
      <section className="co-leader__phase card">
        <PhasePrompt
          phase={view.phase}
          phaseCount={view.phases.length}
          size="small"
          headingLevel={1}
          withPrompt={false}
        />
        <Timer timer={view.phase.timer} size="small" label={view.phase.title} />
      </section>
      <NoticeBanner notice={view.notice} />
      <FlagPad />
      <FlagStatusList flags={view.flags} />
    </main>
  );
}
