// The meeting's anonymous check-out in the debrief: the counts per value, or "too few answers to
// show" below three. Only where the group had it on.
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../shared/report';
import { CheckOutCounts } from '../../components/CheckOutCounts';

export function CheckOutRecord({ report }: { report: Report }) {
  const { t } = useTranslation('console');
  if (!report.checkout) return null;
  return (
    <section className="card stack-small" aria-labelledby="debrief-checkout-heading">
      <h2 id="debrief-checkout-heading">{t('checkoutResults.heading')}</h2>
      <CheckOutCounts result={report.checkout} />
    </section>
  );
}
