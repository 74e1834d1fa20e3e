import { SessionGate } from '../../components/SessionGate';
import { DisplayScreen } from './DisplayScreen';

export default function DisplaySurface({ sessionId }: { sessionId: string }) {
  return (
    <SessionGate sessionId={sessionId} role="display" dark keepAwake>
      <DisplayScreen />
    </SessionGate>
  );
}
