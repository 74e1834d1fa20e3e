import { hasNextPhase } from '../../../shared/rounds';
import { useState } from 'react';
import type { LeadersView } from '../../../shared/views';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { frameOf } from '../../../shared/frames';
import { BreakOffer } from './BreakOffer';
import { DevelopmentOffer } from './DevelopmentOffer';
import { NoCase } from './NoCase';
import type { PhaseDriver } from './usePhaseDriver';

const EXTENSIONS_MIN = [1, 2, 5] as const;

export function TimerControls({ view, driver, canLead }: { view: LeadersView; driver: PhaseDriver; canLead: boolean }) {
  const { t } = useTranslation('console');
  const [confirmNextCase, setConfirmNextCase] = useState(false);
  const { phase, phases, round } = view;
  const running = phase.timer.runningSince !== null;
  // The meeting waits, paused, in its first phase until the leader starts the clock.
  const notStarted = round === 0 && phase.index === 0 && phase.timer.elapsedMs === 0 && !running;
  const last = !hasNextPhase(phase.index, phases);
  // No case follows professional development: its frame stays apart, and the meeting ends there.
  const developing = frameOf(phase) === 'development';

  return (
    <div className="timer-controls stack-small">
      {notStarted && <p className="hint">{t('leader.startHint')}</p>}
      <div className="timer-controls__main">
        <button
          className={`button button--large ${notStarted || !running ? 'button--primary' : ''}`}
          type="button"
          onClick={driver.toggleTimer}
          disabled={!canLead}
          aria-keyshortcuts="P"
        >
          {notStarted ? t('leader.start') : running ? t('leader.pause') : t('leader.resume')}
        </button>
        {last && developing ? null : last ? (
          <button className="button button--large" type="button" onClick={() => setConfirmNextCase(true)} disabled={!canLead}>
            {t('leader.nextCase')}
          </button>
        ) : (
          <button
            className={`button button--large ${notStarted || !running ? '' : 'button--primary'}`}
            type="button"
            onClick={driver.next}
            disabled={!canLead}
            aria-keyshortcuts="ArrowRight"
          >
            {t('leader.next')} <span aria-hidden="true">→</span>
          </button>
        )}
      </div>
      <div className="row" role="group" aria-label={t('leader.addTime')}>
        <span className="timer-controls__label" aria-hidden="true">
          {t('leader.addTime')}
        </span>
        {/* The three stay together: where the label is long they move under it as one row. */}
        <span className="timer-controls__extends">
          {EXTENSIONS_MIN.map((minutes) => (
            <button
              key={minutes}
              className="button timer-controls__extend"
              type="button"
              onClick={() => driver.extend(minutes * 60)}
              disabled={!canLead}
              // Named by what it shows ("+1 min", in the "Add time" group) so voice control finds it.
              title={t('leader.extendLabel', { count: minutes })}
              aria-keyshortcuts={minutes === 1 ? '+' : undefined}
            >
              {t('leader.extend', { minutes })}
            </button>
          ))}
        </span>
      </div>
      <div className="row">
        <button
          className="button"
          type="button"
          onClick={driver.previous}
          disabled={!canLead || phase.index === 0}
          aria-keyshortcuts="ArrowLeft"
        >
          <span aria-hidden="true">←</span> {t('leader.previous')}
        </button>
        {phase.callsForCase && <NoCase canLead={canLead} />}
        {driver.undoTo && (
          <button
            className="button timer-controls__undo"
            type="button"
            onClick={driver.undo}
            disabled={!canLead}
            aria-keyshortcuts="U"
          >
            {t('leader.undo', { title: driver.undoTo })}
          </button>
        )}
      </div>
      {last && <p className="hint">{developing ? t('frames.lastPart') : t('leader.lastPhase')}</p>}
      {last && !developing && (
        <div className="row">
          <BreakOffer view={view} canLead={canLead} />
          <DevelopmentOffer canLead={canLead} />
        </div>
      )}
      <ConfirmDialog
        open={confirmNextCase}
        title={t('leader.nextCase')}
        body={t('leader.nextCaseConfirm')}
        confirmLabel={t('leader.nextCase')}
        onCancel={() => setConfirmNextCase(false)}
        onConfirm={() => {
          setConfirmNextCase(false);
          void sendCommand({ type: 'case.next' });
        }}
      />
    </div>
  );
}
