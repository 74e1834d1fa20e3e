import { useState } from 'react';
import type { LeadersView, ParticipantView } from '../../../shared/views';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { PrivateCover, usePrivateHidden } from './privacy';
import './room.css';

/**
 * Who is in the room and whether their phone is connected; removing someone asks first. A latecomer
 * is marked in words only: no sound, no highlight, nothing that turns heads to the door.
 */
export function People({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation('console');
  const [removing, setRemoving] = useState<ParticipantView | null>(null);
  const hidden = usePrivateHidden();
  const heading = t('leader.participantsHeading', { count: view.participants.length });
  if (hidden) return <PrivateCover heading={heading} headingId="people-heading" />;
  return (
    <section className="card stack-small" aria-labelledby="people-heading">
      <h2 id="people-heading">{heading}</h2>
      {view.participants.length === 0 && <p className="muted">{t('leader.noParticipants')}</p>}
      <ul className="plain-list">
        {view.participants.map((person) => (
          <li key={person.participantId} className="people__person">
            <span className={`dot${person.connected ? ' dot--on' : ''}`} aria-hidden="true" />
            <span className="people__name">
              {person.name}
              {person.late && <span className="people__late"> · {t('leader.late')}</span>}
            </span>
            <span className="people__state">{person.connected ? t('leader.connected') : t('leader.away')}</span>
            <button
              className="button button--quiet"
              type="button"
              onClick={() => setRemoving(person)}
              disabled={!canLead}
              aria-label={t('leader.removeLabel', { name: person.name })}
            >
              {t('leader.remove')}
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={removing ? t('leader.removeConfirm', { name: removing.name }) : ''}
        confirmLabel={t('leader.remove')}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) void sendCommand({ type: 'participant.remove', participantId: removing.participantId });
          setRemoving(null);
        }}
      />
    </section>
  );
}
