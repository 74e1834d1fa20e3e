// Who leads and co-leads the meeting about to start, picked from the group's leader list: what the
// leading log then records for it. Shown only when the group keeps a list.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Leader, MeetingLeaders } from '../../../shared/leaders';

export function LeaderPickers({
  leaders,
  value,
  onChange,
}: {
  leaders: Leader[];
  value: MeetingLeaders;
  onChange: (value: MeetingLeaders) => void;
}) {
  const { t } = useTranslation('console');
  const ids = { ledBy: useId(), coLedBy: useId() };
  if (leaders.length === 0) return null;
  const picker = (which: keyof MeetingLeaders) => (
    <div className="field">
      <label htmlFor={ids[which]}>{t(which === 'ledBy' ? 'leaders.ledBy' : 'leaders.coLedBy')}</label>
      <select
        id={ids[which]}
        className="select"
        value={value[which] ?? ''}
        onChange={(event) => onChange({ ...value, [which]: event.target.value || null })}
      >
        <option value="">{t('leaders.notNoted')}</option>
        {leaders
          .filter((leader) => leader.leaderId !== value[which === 'ledBy' ? 'coLedBy' : 'ledBy'])
          .map((leader) => (
            <option key={leader.leaderId} value={leader.leaderId}>
              {leader.name}
            </option>
          ))}
      </select>
    </div>
  );
  return (
    <div className="row leader-pickers">
      {picker('ledBy')}
      {picker('coLedBy')}
    </div>
  );
}
