import type { PhaseView } from '../../shared/views';
import { useTranslation } from 'react-i18next';
import './phase-prompt.css';

interface PhasePromptProps {
  phase: PhaseView;
  phaseCount: number;
  size?: 'display' | 'large' | 'small';
  /** The surface's main heading level: the display and phones lead with the phase. */
  headingLevel?: 1 | 2;
  /** The co-leader's compact bar leaves the prompt out: room is for the flags. */
  withPrompt?: boolean;
  /** The wall reads the phase's longer text too (the opening's ground rules); phones don't. */
  withDetails?: boolean;
}

/** The phase as the room reads it: where we are, its title, and the prompt that holds the frame. */
export function PhasePrompt({
  phase,
  phaseCount,
  size = 'large',
  headingLevel = 2,
  withPrompt = true,
  withDetails = false,
}: PhasePromptProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className={`phase-prompt phase-prompt--${size}`}>
      <p className="phase-prompt__step">{t('common.phaseOf', { number: phase.index + 1, total: phaseCount })}</p>
      <Heading className="phase-prompt__title">{phase.title}</Heading>
      {withPrompt && phase.prompt && <p className="phase-prompt__prompt">{phase.prompt}</p>}
      {withDetails && phase.details && <p className="phase-prompt__details">{phase.details}</p>}
    </div>
  );
}
