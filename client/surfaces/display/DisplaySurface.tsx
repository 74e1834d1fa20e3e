import { MeetingGate } from '../../components/MeetingGate';
import { RoomLanguage } from '../../i18n/RoomLanguage';
import { useLanguage } from '../../i18n/useLanguage';
import { useViewStore } from '../../store';
import { DisplayScreen } from './DisplayScreen';

export default function DisplaySurface({ sessionId }: { sessionId: string }) {
  // The room's language once the meeting says it; until then ("Connecting…") the device's.
  const deviceLanguage = useLanguage();
  const roomLanguage = useViewStore((state) => state.view?.language);
  return (
    <RoomLanguage language={roomLanguage ?? deviceLanguage}>
      <MeetingGate sessionId={sessionId} role="display" dark keepAwake>
        <DisplayScreen />
      </MeetingGate>
    </RoomLanguage>
  );
}
