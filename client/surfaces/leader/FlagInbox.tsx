// The co-leader's flags as they arrive: open ones on top, each with the line to say and its answers
// (said it, project it where the wall allows, set aside); what is handled folds away below.
import type { FlagView, LeadersView } from '../../../shared/views';
import { announce } from '../../components/LiveRegion';
import { Switch } from '../../components/Switch';
import { useTranslation } from 'react-i18next';
import { useFlagWords } from '../../i18n/useFlagWords';
import { playFlagChime, useSoundSwitch } from '../../sound';
import { FlagCard } from './FlagCard';
import { PrivateCover, usePrivateHidden } from './privacy';
import { useArrivals } from './useArrivals';
import './signals.css';

const isActive = (flag: FlagView) => flag.status === 'open' || flag.status === 'acknowledged';

export function FlagInbox({ view, canLead }: { view: LeadersView; canLead: boolean }) {
  const { t } = useTranslation('console');
  const flagWords = useFlagWords();
  const [soundOn, setSoundOn] = useSoundSwitch('flagSound');
  const fresh = useArrivals(view.flags, (flag) => {
    announce(t('leader.newFlag', { label: flagWords(flag.kind).label }));
    if (soundOn) playFlagChime();
  });
  const active = view.flags.filter(isActive).reverse();
  const handled = view.flags.filter((flag) => !isActive(flag)).reverse();
  const openCount = view.flags.filter((flag) => flag.status === 'open').length;
  if (usePrivateHidden()) return <PrivateCover heading={t('leader.flagsHeading')} headingId="flags-heading" />;

  return (
    <section className="flags card stack-small" aria-labelledby="flags-heading">
      <div className="row flags__head">
        <h2 id="flags-heading">
          {t('leader.flagsHeading')}
          {openCount > 0 && <span className="badge badge--flag">{openCount}</span>}
        </h2>
        <Switch label={t('leader.sound')} checked={soundOn} onCheckedChange={setSoundOn} />
      </div>
      {active.length === 0 && <p className="muted">{t('leader.noOpenFlags')}</p>}
      <ul className="plain-list stack-small">
        {active.map((flag) => (
          <FlagCard key={flag.id} flag={flag} fresh={fresh.has(flag.id)} canLead={canLead} />
        ))}
      </ul>
      {handled.length > 0 && (
        <details className="flags__handled">
          <summary>{t('leader.handledFlags', { count: handled.length })}</summary>
          <ul className="plain-list stack-small">
            {handled.map((flag) => (
              <FlagCard key={flag.id} flag={flag} fresh={false} canLead={canLead} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
