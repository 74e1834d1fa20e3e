// One meeting's anonymous check-out as the record keeps it: per question, how many answered each
// value from 1 to 5; or, below three answers, only that there are too few to show. Counts of a
// room, never anyone's answer, and nothing ranked.
import { useTranslation } from 'react-i18next';
import { CHECKOUT_QUESTIONS, CHECKOUT_SCALE, type CheckoutResult } from '../../shared/checkout';
import './check-out-counts.css';

export function CheckOutCounts({ result, labelledBy }: { result: CheckoutResult; labelledBy?: string }) {
  const { t } = useTranslation('console');
  if ('tooFew' in result) {
    return (
      <p className="checkout-counts__few muted">
        {t('checkoutResults.tooFew')} · {t('checkoutResults.answered', { count: result.answered })}
      </p>
    );
  }
  const most = Math.max(1, ...CHECKOUT_QUESTIONS.flatMap((question) => result.counts[question]));
  return (
    <div className="checkout-counts stack-small">
      <p className="small muted">
        {t('checkoutResults.answered', { count: result.answered })} · {t('checkoutResults.scale')}
      </p>
      <table className="checkout-counts__table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <td />
            {CHECKOUT_SCALE.map((value) => (
              <th key={value} scope="col">
                {value}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CHECKOUT_QUESTIONS.map((question) => (
            <tr key={question}>
              <th scope="row">{t(`checkoutResults.${question}`)}</th>
              {result.counts[question].map((count, index) => (
                <td key={index} aria-label={t('checkoutResults.valueCount', { value: index + 1, count })}>
                  <span className="checkout-counts__bar" style={{ blockSize: `${(count / most) * 2}rem` }} aria-hidden="true" />
                  <span className="checkout-counts__count">{count}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
