// The co-leader sees who knocks at the locked room too, quietly; letting them in is the leader's.
import type { LeadersView } from '../../../shared/views';
import { useTranslation } from 'react-i18next';

export function Knocking({ knocks }: { knocks: LeadersView['knocks'] }) {
  const { t } = useTranslation('room');
  return (
    // Always there, so a screen reader hears each knock as it comes.
    <div role="status">
      {knocks.length > 0 && (
        <ul className="knocking">
          {knocks.map((knock) => (
            <li key={knock.knockId}>{t('coLeader.knocking', { name: knock.name })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
