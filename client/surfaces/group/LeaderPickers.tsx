// Who leads and co-leads the meeting about to start, picked from the group's leader list: what the
// leading log then records for it. Shown only when the group keeps a list.
import { useTranslation } from 'react-i18next';
import type { Leader, MeetingLeaders } from '../../../shared/leaders';
import { Field } from '../../components/Field';
import { LeaderOptions } from '../../components/LeaderOptions';

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
  if (leaders.length === 0) return null;
  // One person does not both lead and co-lead: whom one picker holds, the other does not offer.
  const offered = (which: keyof MeetingLeaders) =>
    leaders.filter((leader) => leader.leaderId !== value[which === 'ledBy' ? 'coLedBy' : 'ledBy']);
  const picker = (which: keyof MeetingLeaders) => (
    <Field
      label={t(which === 'ledBy' ? 'leaders.ledBy' : 'leaders.coLedBy')}
      control={(control) => (
        <select
          {...control}
          className="select"
          value={value[which] ?? ''}
          onChange={(event) => onChange({ ...value, [which]: event.target.value || null })}
        >
          <option value="">{t('leaders.notNoted')}</option>
          <LeaderOptions leaders={offered(which)} />
        </select>
      )}
    />
  );
  return (
    <div className="row leader-pickers">
      {picker('ledBy')}
      {picker('coLedBy')}
    </div>
  );
}
