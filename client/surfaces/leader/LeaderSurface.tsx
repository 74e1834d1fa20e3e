import { SessionGate } from '../../components/SessionGate';
import { useSessionStore } from '../../store';
import { LeaderConsole } from './LeaderConsole';
import { LeaderEnded } from './LeaderEnded';

export default function LeaderSurface({ sessionId }: { sessionId: string }) {
  return (
    <SessionGate sessionId={sessionId} role="leader">
      <LeaderScreen />
    </SessionGate>
  );
}

function LeaderScreen() {
  const ended = useSessionStore((state) => state.view?.ended ?? false);
  return ended ? <LeaderEnded /> : <LeaderConsole />;
}
