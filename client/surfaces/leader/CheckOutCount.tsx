// The check-out on the console, while the meeting runs: how many answered, never what. Counts
// growing one answer at a time would let a leader read each answer as it came in; the counts
// wait for the debrief, past three answers.
import { useTranslation } from 'react-i18next';
import { checkoutPhase } from '../../../shared/checkout';
import type { LeadersView } from '../../../shared/views';

export function CheckOutCount({ view }: { view: LeadersView }) {
  const { t } = useTranslation('console');
  if (!view.checkout) return null;
  // Shown from the closing on, or once someone answered: before that there is nothing to count.
  if (view.checkout.answered === 0 && !checkoutPhase(view.phases, view.phase.index)) return null;
  return (
    <section className="card stack-small" aria-labelledby="checkout-count-heading">
      <h2 id="checkout-count-heading">{t('checkoutResults.heading')}</h2>
      <p aria-live="polite">{t('checkoutResults.answered', { count: view.checkout.answered })}</p>
    </section>
  );
}
