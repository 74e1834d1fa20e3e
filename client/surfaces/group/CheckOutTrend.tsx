// The group's anonymous check-out: the leaders turn it on or off for the group's next meetings,
// and see how the check-outs went over the meetings, oldest first. Counts of the room only, shown
// once a meeting has ended and at least three people answered; nothing ranks anyone.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupCheckout } from '../../../shared/checkout';
import { Alert } from '../../components/Alert';
import { CheckOutCounts } from '../../components/CheckOutCounts';
import { Switch } from '../../components/Switch';
import { fetchGroupCheckout, setGroupCheckout } from '../../groupApi';
import { useLanguage } from '../../i18n/useLanguage';
import { dateTime } from '../../time';
import { useFetched } from '../../useFetched';

export function CheckOutTrend({ groupId, token }: { groupId: string; token: string }) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const headingId = useId();
  const fetched = useFetched(() => fetchGroupCheckout(groupId, token), [groupId, token]);
  // The switch's own position once moved here; until then, the group's as read.
  const [switched, setCheckout] = useState<GroupCheckout | null>(null);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  const checkout = switched ?? (fetched.status === 'ready' ? fetched.value : null);
  if (!checkout) return null;

  // The switch moves at once; should the server refuse, it moves back and says so.
  const toggle = async (enabled: boolean) => {
    setSaving(true);
    setFailed(false);
    setCheckout({ ...checkout, enabled });
    const result = await setGroupCheckout(groupId, token, enabled);
    setSaving(false);
    setCheckout({ ...checkout, enabled: result.ok ? result.value.enabled : !enabled });
    if (!result.ok) setFailed(true);
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="stack-small">
        <h2 id={headingId}>{t('checkoutResults.heading')}</h2>
        <Switch
          className="checkout-setting"
          label={t('checkoutResults.settingLabel')}
          hint={t('checkoutResults.settingHint')}
          checked={checkout.enabled}
          disabled={saving}
          onCheckedChange={(enabled) => void toggle(enabled)}
        />
        {failed && <Alert>{t('checkoutResults.settingFailed')}</Alert>}
      </div>
      <div className="stack-small">
        <h3>{t('checkoutResults.trendHeading')}</h3>
        {checkout.meetings.length === 0 && <p className="muted">{t('checkoutResults.noResults')}</p>}
        <ol className="plain-list stack">
          {checkout.meetings.map((meeting) => (
            <li key={meeting.sessionId} className="stack-small">
              <p className="small">{dateTime(meeting.startedAt, lang)}</p>
              <CheckOutCounts result={meeting.result} />
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
