import { SessionGate } from '../../components/SessionGate';
import { MemberScreen } from './MemberScreen';

export default function MemberSurface({ sessionId }: { sessionId: string }) {
  return (
    <SessionGate sessionId={sessionId} role="member">
      <MemberScreen />
    </SessionGate>
  );
}
