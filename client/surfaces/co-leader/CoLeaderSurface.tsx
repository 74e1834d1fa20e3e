import { MeetingGate } from '../../components/MeetingGate';
import { CoLeaderScreen } from './CoLeaderScreen';

export default function CoLeaderSurface({ sessionId }: { sessionId: string }) {
  return (
    <MeetingGate sessionId={sessionId} role="co-leader" keepAwake>
      <CoLeaderScreen />
    </MeetingGate>
  );
}
