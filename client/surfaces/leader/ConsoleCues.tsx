// Cues from the co-leader on the console: said to a screen reader as they come, shown as quiet
// toasts until the leader taps "Got it". "Invite the patient's view" comes with a line to say.
import type { Cue } from '../../../shared/cues';
import type { LeadersView } from '../../../shared/views';
import { CueToasts } from '../../components/CueToasts';
import { announce } from '../../components/LiveRegion';
import { useCueInbox } from '../../components/useCueInbox';
import { useTranslation } from 'react-i18next';
import { usePrivateHidden } from './privacy';

export function ConsoleCues({ view }: { view: LeadersView }) {
  const { t } = useTranslation(['console', 'room', 'record']);
  const hidden = usePrivateHidden();
  const inbox = useCueInbox(view, (cue) => {
    const from = cue.from === 'leader' ? t('room:cues.fromLeader') : t('room:cues.fromCoLeader');
    announce(t('room:cues.arrived', { from, cue: t(`record:cues.${cue.cue}`) }));
  });
  const extra = (cue: Cue) =>
    cue.cue === 'invite-patient-view' ? (
      <p className="cue-toast__line">
        <span className="hint">{t('leader.strongFeelingOffer')}</span> <q>{t('leader.strongFeelingLine')}</q>
      </p>
    ) : null;
  return <CueToasts waiting={inbox.waiting} onAcknowledge={inbox.acknowledge} hidden={hidden} extra={extra} />;
}
