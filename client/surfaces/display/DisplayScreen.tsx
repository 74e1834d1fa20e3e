// The projector: calm, huge and read-only. Phase, prompt, the time as the leader chose to show it,
// the leader's notice, and the way in: large while people arrive, a small corner once the meeting is
// under way. No controls, no flags, no names but the presenter's. The wall is the leader's: blanked,
// it is a plain dark screen until brought back.
import { FramingMoment, useFramingMoment } from '../../components/FramingMoment';
import { JoinCode } from '../../components/JoinCode';
import { NoticeBanner } from '../../components/NoticeBanner';
import { PhasePrompt } from '../../components/PhasePrompt';
import { useLocalView } from '../../i18n/localView';
import { selectView } from '../../store';
import type { RoomView } from '../../../shared/views';
import { useTranslation } from 'react-i18next';
import { ChimeControl } from './ChimeControl';
import { JoinCorner } from './JoinCorner';
import { RoomClock } from './RoomClock';
import './display.css';

/** People are still coming in until the leader first starts the clock: until then the way in is large. */
function stillArriving(view: RoomView): boolean {
  const { index, timer } = view.phase;
  return view.round === 0 && index === 0 && timer.runningSince === null && timer.elapsedMs === 0;
}

export function DisplayScreen() {
  const { t } = useTranslation('room');
  const view = useLocalView(selectView);
  const atBoundary = useFramingMoment(view);
  if (!view) return null;

  // An ended meeting takes no more commands, so nothing could bring a blank wall back: it says goodbye.
  if (view.ended) {
    return (
      <main className="display display--ended">
        <h1 className="display__ended">{t('display.endedTitle')}</h1>
        <p className="display__thanks">{t('display.endedBody')}</p>
      </main>
    );
  }

  if (view.displayBlank) {
    return (
      <main className="display display--blank">
        <h1 className="visually-hidden">{t('display.blankTitle')}</h1>
      </main>
    );
  }

  if (atBoundary) return <FramingMoment size="display" />;

  const arriving = stillArriving(view);
  return (
    <main className={`display${arriving ? ' display--with-join' : ''}`}>
      <header className="display__header">
        <p className="display__title">{view.title}</p>
        {view.presenter && <p className="display__presenter">{t('common.presenter', { name: view.presenter.name })}</p>}
      </header>
      <div className="display__phase">
        <PhasePrompt phase={view.phase} phaseCount={view.phases.length} size="display" headingLevel={1} withDetails />
      </div>
      <div className="display__timer">
        {/* Before the leader starts, the clock counts nothing the room needs to see. */}
        {!arriving && <RoomClock phase={view.phase} clock={view.settings.displayClock} />}
      </div>
      <div className="display__notice">
        <NoticeBanner notice={view.notice} size="display" />
      </div>
      {arriving ? (
        <aside className="display__join" aria-label={t('display.joinHeading')}>
          <p className="display__join-heading">{t('display.joinHeading')}</p>
          <JoinCode joinCode={view.joinCode} size="display" />
        </aside>
      ) : (
        <JoinCorner joinCode={view.joinCode} />
      )}
      <ChimeControl phase={view.phase} phaseKey={`${view.round}/${view.phase.id}`} />
    </main>
  );
}
