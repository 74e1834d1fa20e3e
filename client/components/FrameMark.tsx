// Which frame is running: Balint case work or professional development. The leaders keep the two
// apart, so their screens say it at a glance, read from the phase's own data.
import { useTranslation } from 'react-i18next';
import { frameOf } from '../../shared/frames';
import type { PhaseView } from '../../shared/views';
import './frame-mark.css';

export function FrameMark({ phase }: { phase: Pick<PhaseView, 'frame'> }) {
  const { t } = useTranslation(['room', 'record']);
  const frame = frameOf(phase);
  return (
    <p className={`frame-mark frame-mark--${frame}`} data-frame={frame}>
      <span className="frame-mark__label">{t('frames.mark')}:</span> <strong>{t(`record:frames.${frame}`)}</strong>
    </p>
  );
}
