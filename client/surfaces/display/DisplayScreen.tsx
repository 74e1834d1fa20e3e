// The projector: calm, huge and read-only. Phase, prompt, the clock, the leader's notice, and while
// people arrive the way in. No controls, no flags, no names but the presenter's.
import { JoinCode } from '../../components/JoinCode';
import { NoticeBanner } from '../../components/NoticeBanner';
import { PhasePrompt } from '../../components/PhasePrompt';
import { Timer } from '../../components/Timer';
import { useLocalView } from '../../i18n/localView';
import { selectView } from '../../store';
import { useTranslation } from 'react-i18next';
import { ChimeControl } from './ChimeControl';
import './display.css';

/** The phases in which people are still arriving, so the code to join stays on screen. */
const ARRIVAL_PHASES = new Set(['opening', 'case-call']);

export function DisplayScreen() {
  const { t } = useTranslation('room');
  const view = useLocalView(selectView);
  if (!view) return null;

  if (view.ended) {
    return (
      <main className="display display--ended">
        <h1 className="display__ended">{t('display.endedTitle')}</h1>
        <p className="display__thanks">{t('display.endedBody')}</p>
      </main>
    );
  }

  const showJoin = ARRIVAL_PHASES.has(view.phase.id);
  return (
    <main className={`display${showJoin ? ' display--with-join' : ''}`}>
      <header className="display__header">
        <p className="display__title">{view.title}</p>
        {view.presenter && <p className="display__presenter">{t('common.presenter', { name: view.presenter.name })}</p>}
      </header>
      <div className="display__phase">
        <PhasePrompt phase={view.phase} phaseCount={view.phases.length} size="display" headingLevel={1} />
      </div>
      <div className="display__timer">
        <Timer timer={view.phase.timer} size="display" label={view.phase.title} />
      </div>
      <div className="display__notice">
        <NoticeBanner notice={view.notice} size="display" />
      </div>
      {showJoin && (
        <aside className="display__join" aria-label={t('display.joinHeading')}>
          <p className="display__join-heading">{t('display.joinHeading')}</p>
          <JoinCode joinCode={view.joinCode} size="display" />
        </aside>
      )}
      <ChimeControl timer={view.phase.timer} phaseKey={`${view.round}/${view.phase.id}`} />
    </main>
  );
}
