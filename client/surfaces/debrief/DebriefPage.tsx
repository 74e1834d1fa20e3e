// The leaders' debrief after the meeting: the process record as a timeline and tables, and their
// own process notes. It opens with the leader's or co-leader's token this device already holds.
import { useState } from 'react';
import type { Role } from '../../../shared/roles';
import { MeetingGate } from '../../components/MeetingGate';
import { FinalScreen } from '../../components/StatusScreen';
import { readToken } from '../../tokens';
import { useTranslation } from 'react-i18next';
import { DebriefScreen } from './DebriefScreen';

function leadersRole(sessionId: string): Role | null {
  if (readToken(sessionId, 'leader')) return 'leader';
  if (readToken(sessionId, 'co-leader')) return 'co-leader';
  return null;
}

export default function DebriefPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('console');
  const [role] = useState(() => leadersRole(sessionId));
  if (!role) {
    return <FinalScreen title={t('debrief.noTokenTitle')} body={t('debrief.noTokenBody')} />;
  }
  return (
    <MeetingGate sessionId={sessionId} role={role}>
      <DebriefScreen />
    </MeetingGate>
  );
}
