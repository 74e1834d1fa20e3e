// The co-leader watches the boundaries and signals the leader privately, one tap per flag, and
// passes cues both ways. If the leader drops out, the co-leader can take over on purpose, and then
// gets the leader's console.
import { lazy, Suspense } from 'react';
import { CueRow } from '../../components/CueRow';
import { DebriefLink } from '../../components/DebriefLink';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { NoticeBanner } from '../../components/NoticeBanner';
import { PhasePrompt } from '../../components/PhasePrompt';
import { StatusScreen } from '../../components/StatusScreen';
import { Timer } from '../../components/Timer';
import { useLocalView } from '../../i18n/localView';
import { selectLeadersView } from '../../store';
import { useTranslation } from 'react-i18next';
import { CoLeaderCues } from './CoLeaderCues';
import { CoLeaderPauses } from './CoLeaderPauses';
import { FlagPad } from './FlagPad';
import { FlagStatusList } from './FlagStatusList';
import { Knocking } from './Knocking';
import { TakeoverCard } from './TakeoverCard';
import './co-leader.css';

// The console (and its QR library) only arrives if the co-leader actually takes over.
const LeaderConsole = lazy(() =>
  import('../leader/LeaderConsole').then((module) => ({ default: module.LeaderConsole })),
);

export function CoLeaderScreen() {
  const { t } = useTranslation('room');
  const view = useLocalView(selectLeadersView);
  if (!view) return null;
  if (view.ended) {
    return (
      <StatusScreen title={t('common.meetingEnded')} body={t('coLeader.endedBody')}>
        <DebriefLink sessionId={view.sessionId} />
      </StatusScreen>
    );
  }
  if (view.acting === 'co-leader') {
    return (
      <Suspense fallback={<StatusScreen title={t('common.loading')} busy />}>
        <LeaderConsole />
      </Suspense>
    );
  }

  return (
    <main className="co-leader page stack">
      <header className="co-leader__header">
        <p className="muted small">{t('coLeader.title')}</p>
        <p className="muted small">{view.title}</p>
      </header>
      {!view.leaderConnected && <TakeoverCard takeoverAvailableAt={view.takeoverAvailableAt} />}
      <section className="co-leader__phase card row">
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
      <CoLeaderPauses view={view} />
      <Knocking knocks={view.knocks} />
      <CueRow role={view.role} />
      <FlagPad />
      <FlagStatusList flags={view.flags} />
      <footer>
        <LanguageSwitch />
      </footer>
      <CoLeaderCues view={view} />
    </main>
  );
}
