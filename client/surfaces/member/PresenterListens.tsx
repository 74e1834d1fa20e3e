import { NoticeBanner } from '../../components/NoticeBanner';
import { PhasePrompt } from '../../components/PhasePrompt';
import { Timer } from '../../components/Timer';
import type { View } from '../../../shared/views';
import { text } from '../../text';
import { PauseSignal } from './PauseSignal';

/**
 * The presenter steps back while the group talks about their case. Their phone says so calmly,
 * with how long until they come back in; a notice to the room still shows, it speaks to them too.
 */
export function PresenterListens({ view }: { view: View }) {
  return (
    <main className="member member--listens page stack">
      <section className="member__listen stack">
        <h1>{text.member.listenTitle}</h1>
        <p className="member__listen-body">{text.member.listenBody}</p>
        <p className="muted">{text.member.listenReturn}</p>
        <Timer timer={view.phase.timer} label={text.member.listenReturn} />
      </section>
      <NoticeBanner notice={view.notice} />
      <details className="member__listen-phase card">
        <summary>{view.phase.title}</summary>
        <PhasePrompt phase={view.phase} phaseCount={view.phases.length} size="small" />
      </details>
      <PauseSignal />
    </main>
  );
}
