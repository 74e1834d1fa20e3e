import type { LeadersView, ParticipantView } from '../../../shared/views';
import { sendCommand } from '../../socket';
import { useTranslation } from 'react-i18next';
import { PrivateCover, usePrivateHidden } from './privacy';
import './room.css';

/** Volunteers first: in the case call the leader picks among those who said "I have a case". */
function byVolunteerFirst(a: ParticipantView, b: ParticipantView): number {
  return Number(b.volunteer) - Number(a.volunteer);
}

/**
 * Who presents, chosen with one press on a name. Buttons, not radios: arrow keys move a radio
 * group's choice silently, and a leader pressing → to move on would hand the case to someone else
 * (the wall and their phone announce it at once). A button changes nothing until it is pressed, so
 * → and ← stay the console's keys for the phases wherever focus is.
 */
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
    <section className="card stack-small" aria-labelledby="presenter-heading">
      <h2 id="presenter-heading">{t('leader.presenterHeading')}</h2>
      <ul className="plain-list presenter-picker" aria-labelledby="presenter-heading">
        <li className="presenter-picker__row">
          <button
            className="button presenter-picker__choice"
            type="button"
            aria-pressed={presenterId === null}
            onClick={() => choose(null)}
            disabled={!canLead}
          >
            {t('leader.noPresenter')}
          </button>
        </li>
        {people.map((person) => (
          <li key={person.participantId} className="presenter-picker__row">
            <button
              className="button presenter-picker__choice"
              type="button"
              aria-pressed={presenterId === person.participantId}
              onClick={() => choose(person.participantId)}
              disabled={!canLead}
            >
              <span className="person-name">{person.name}</span>
            </button>
            {person.volunteer && <span className="badge badge--volunteer">{t('leader.volunteered')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
