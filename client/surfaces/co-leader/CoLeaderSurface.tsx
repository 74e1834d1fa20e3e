import { SessionGate } from '../../components/SessionGate';
import { CoLeaderScreen } from './CoLeaderScreen';

export default function CoLeaderSurface({ sessionId }: { sessionId: string }) {
  return (
    <SessionGate sessionId={sessionId} role="co-leader" keepAwake>
      <CoLeaderScreen />
    </SessionGate>
  );
}
