// Cues from the leader on the co-leader's phone: a quiet toast and a short buzz, since the phone
// may be face-down on a knee. Never a sound: the room must not hear the leaders confer.
import type { LeadersView } from '../../../shared/views';
import { CueToasts } from '../../components/CueToasts';
import { announce } from '../../components/LiveRegion';
import { useCueInbox } from '../../components/useCueInbox';
import { useTranslation } from 'react-i18next';

/** Two short pulses: felt in a hand or a pocket, unlike a notification's long one. */
const BUZZ_MS = [80, 60, 80];

export function CoLeaderCues({ view }: { view: LeadersView }) {
  const { t } = useTranslation(['room', 'record']);
  const inbox = useCueInbox(view, (cue) => {
    announce(t('cues.arrived', { from: t('cues.fromLeader'), cue: t(`record:cues.${cue.cue}`) }));
    navigator.vibrate?.(BUZZ_MS);
  });
  return <CueToasts waiting={inbox.waiting} onAcknowledge={inbox.acknowledge} />;
}
