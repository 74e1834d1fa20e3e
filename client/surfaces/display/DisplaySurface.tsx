import { SessionGate } from '../../components/SessionGate';
import { RoomLanguage } from '../../i18n/RoomLanguage';
import { useLanguage } from '../../i18n/useLanguage';
import { useSessionStore } from '../../store';
import { DisplayScreen } from './DisplayScreen';

export default function DisplaySurface({ sessionId }: { sessionId: string }) {
  // The room's language once the meeting says it; until then ("Connecting…") the device's.
  const deviceLanguage = useLanguage();
  const roomLanguage = useSessionStore((state) => state.view?.language);
  return (
    <RoomLanguage language={roomLanguage ?? deviceLanguage}>
      <SessionGate sessionId={sessionId} role="display" dark keepAwake>
        <DisplayScreen />
      </SessionGate>
    </RoomLanguage>
  );
}
