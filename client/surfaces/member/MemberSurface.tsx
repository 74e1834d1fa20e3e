import { MeetingGate } from '../../components/MeetingGate';
import { MemberScreen } from './MemberScreen';

export default function MemberSurface({ sessionId }: { sessionId: string }) {
  return (
    <MeetingGate sessionId={sessionId} role="member">
      <MemberScreen />
    </MeetingGate>
  );
}
