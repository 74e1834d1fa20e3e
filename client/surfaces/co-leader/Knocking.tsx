// The co-leader sees who knocks at the locked room too, quietly; letting them in is the leader's.
import type { LeadersView } from '../../../shared/views';
import { useTranslation } from 'react-i18next';

export function Knocking({ knocks }: { knocks: LeadersView['knocks'] }) {
  const { t } = useTranslation('room');
  if (knocks.length === 0) return null;
  return (
    <ul className="knocking" role="status">
      {knocks.map((knock) => (
        <li key={knock.knockId}>{t('coLeader.knocking', { name: knock.name })}</li>
      ))}
    </ul>
  );
}
