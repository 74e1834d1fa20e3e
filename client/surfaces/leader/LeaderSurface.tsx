import { MeetingGate } from '../../components/MeetingGate';
import { useViewStore } from '../../store';
import { LeaderConsole } from './LeaderConsole';
import { LeaderEnded } from './LeaderEnded';

export default function LeaderSurface({ sessionId }: { sessionId: string }) {
  return (
    <MeetingGate sessionId={sessionId} role="leader">
      <LeaderScreen />
    </MeetingGate>
  );
}

function LeaderScreen() {
  const ended = useViewStore((state) => state.view?.ended ?? false);
  return ended ? <LeaderEnded /> : <LeaderConsole />;
}
