// "I need a pause" is anonymous: the leaders get a count, never a name. A confirm step keeps a
// pocket tap from reaching them, and the button rests for the minute the server would refuse anyway.
import { useEffect, useState } from 'react';
import { sendCommand } from '../../socket';
import { reportProblem } from '../../store';
import { useRoomWords } from '../../i18n/roomWords';
import { refusalWords } from '../../i18n/refusal';

const COOLDOWN_MS = 60_000;

/**
 * `still`: phones down, nothing on the screen moves: no seconds counting down after a signal, only
 * the button coming back once the minute is over.
 */
export function PauseSignal({ still = false }: { still?: boolean }) {
  const { t, register } = useRoomWords();
  const [step, setStep] = useState<'idle' | 'confirm' | 'sending'>('idle');
  const [sentAt, setSentAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const waitSec = sentAt === null ? 0 : Math.ceil((sentAt + COOLDOWN_MS - now) / 1000);

  useEffect(() => {
    if (waitSec <= 0 || sentAt === null) return;
    const id = setTimeout(() => setNow(Date.now()), still ? sentAt + COOLDOWN_MS - now : 1_000);
    return () => clearTimeout(id);
  }, [waitSec, now, sentAt, still]);

  const send = async () => {
    setStep('sending');
    const result = await sendCommand({ type: 'pause.signal' }, { quiet: true });
    setStep('idle');
    // rate_limited means an earlier signal already counts: to the member that is the same news.
    if (result.ok || result.error.code === 'rate_limited') {
      setSentAt(Date.now());
      setNow(Date.now());
    } else {
      reportProblem(refusalWords(result.error, register));
    }
  };

  const cooling = waitSec > 0;
  return (
    <section className="member__pause card stack-small" aria-label={t('member.pauseButton')}>
      {step === 'idle' && (
        <button
          className="button button--large button--block"
          type="button"
          onClick={() => setStep('confirm')}
          disabled={cooling}
        >
          {t('member.pauseButton')}
        </button>
      )}
      {step !== 'idle' && (
        <div className="stack-small">
          <h2>{t('member.pauseConfirmTitle')}</h2>
          <p className="muted">{t('member.pauseConfirmBody')}</p>
          <div className="member__pause-actions">
            <button
              className="button button--primary button--large"
              type="button"
              onClick={send}
              disabled={step === 'sending'}
            >
              {t('member.pauseSend')}
            </button>
            <button className="button button--large" type="button" onClick={() => setStep('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {cooling && (
          <div className="success stack-small">
            <p>{t('member.pauseSent')}</p>
            {!still && <p className="small muted">{t('member.pauseWait', { count: waitSec })}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
