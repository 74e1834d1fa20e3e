import type { LeadersView, ParticipantView } from '../../../shared/views';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { PrivateCover, usePrivateHidden } from './privacy';
import './room.css';

/** Volunteers first: in the case call the leader picks among those who said "I have a case". */
function byVolunteerFirst(a: ParticipantView, b: ParticipantView): number {
  return Number(b.volunteer) - Number(a.volunteer);
}

export function PresenterPicker({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation('console');
  const hidden = usePrivateHidden();
  const presenterId = view.presenter?.participantId ?? null;
  const choose = (participantId: string | null) => {
    if (participantId !== presenterId) void sendCommand({ type: 'presenter.set', participantId });
  };
  const people = [...view.participants].sort(byVolunteerFirst);
  if (hidden) return <PrivateCover heading={t('leader.presenterHeading')} headingId="presenter-heading" />;

  return (
    <section className="card">
      <fieldset className="presenter-picker" disabled={!canLead}>
        <legend>
          <h2>{t('leader.presenterHeading')}</h2>
        </legend>
        <label className="choice">
          <input type="radio" name="presenter" checked={presenterId === null} onChange={() => choose(null)} />
          <span>{t('leader.noPresenter')}</span>
        </label>
        {people.map((person) => (
          <label key={person.participantId} className="choice">
            <input
              type="radio"
              name="presenter"
              checked={presenterId === person.participantId}
              onChange={() => choose(person.participantId)}
            />
            <span>{person.name}</span>
            {person.volunteer && <span className="badge badge--volunteer">{t('leader.volunteered')}</span>}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
