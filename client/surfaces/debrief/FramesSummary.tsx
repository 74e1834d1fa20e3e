// Which frame each part of the meeting ran in, and for how long: a residency counts Balint case work
// and professional development apart, and supervision reads whether the two stayed apart. Shown only
// when a meeting held professional development; a meeting of case work alone needs no such section.
import { useTranslation } from 'react-i18next';
import { frameOfRound, minutesByFrame } from '../../../shared/frames';
import type { Frame } from '../../../shared/phase-plan';
import type { Report } from '../../../shared/report';
import { duration } from '../../time';

/** A round's running time; a record from a server before frames has only its phases' times. */
function roundSeconds(round: Report['rounds'][number]): number {
  return round.actualSec ?? round.phases.reduce((sum, phase) => sum + phase.actualSec, 0);
}

export function FramesSummary({ report }: { report: Report }) {
  const { t } = useTranslation(['console', 'record']);
  const frames: Frame[] = report.rounds.map((round) => round.frame ?? frameOfRound(round.kind));
  if (!frames.includes('development')) return null;
  const totals = minutesByFrame(report);
  return (
    <section className="debrief-frames card stack-small" aria-labelledby="frames-heading">
      <h2 id="frames-heading">{t('frames.debriefHeading')}</h2>
      <p className="muted">{t('frames.debriefIntro')}</p>
      <ol className="debrief-frames__parts">
        {report.rounds.map((round, index) => (
          <li key={index} data-frame={frames[index]}>
            {t('frames.debriefPart', { number: index + 1 })} · {t(`record:frames.${frames[index]!}`)} · {duration(roundSeconds(round))}
          </li>
        ))}
      </ol>
      <dl className="debrief-frames__totals">
        {(['balint', 'development'] as const).map((frame) => (
          <div key={frame}>
            <dt>{t(`record:frames.${frame}`)}</dt>
            <dd>{t('leader.minutes', { minutes: totals[frame] })}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
