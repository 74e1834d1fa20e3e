// The anonymous check-out on a phone at the closing: an invitation, optional and quiet, on the
// dark phones-down screen. One tap per question, then "Thank you". The answers leave the phone
// together after the last tap, as values only; "Not now" ends it for this meeting.
import { useState } from 'react';
import { CHECKOUT_QUESTIONS, CHECKOUT_SCALE, type CheckoutAnswers, type CheckoutQuestion } from '../../../shared/checkout';
import { sendCommand } from '../../socket';
import { useRoomWords } from '../../i18n/roomWords';
import type { RoomView } from '../../../shared/views';
import { checkoutDone, markCheckoutDone, type CheckoutDone } from './checkoutDone';

export function CheckOut({ sessionId, onDone }: { sessionId: string; onDone: (done: CheckoutDone) => void }) {
  const { t } = useRoomWords();
  const [given, setGiven] = useState<Partial<CheckoutAnswers>>({});
  const [sending, setSending] = useState(false);
  const step = CHECKOUT_QUESTIONS.findIndex((question) => given[question] === undefined);
  const question: CheckoutQuestion = CHECKOUT_QUESTIONS[step === -1 ? CHECKOUT_QUESTIONS.length - 1 : step]!;

  const finish = (done: CheckoutDone) => {
    markCheckoutDone(sessionId, done);
    onDone(done);
  };

  const answer = async (value: number) => {
    const answers = { ...given, [question]: value };
    setGiven(answers);
    if (CHECKOUT_QUESTIONS.some((other) => answers[other] === undefined)) return;
    setSending(true);
    const result = await sendCommand({ type: 'checkout.answer', answers: answers as CheckoutAnswers });
    setSending(false);
    // Already answered (from another tab, or before a reload): the same "Thank you".
    if (result.ok || result.error.code === 'conflict') return finish('answered');
    // Not arrived: the last question stays, to be tapped again (the problem toast says why).
    setGiven({ ...answers, [question]: undefined });
  };

  return (
    <section className="member__checkout stack" aria-labelledby="checkout-heading">
      <div className="stack-small">
        <h2 id="checkout-heading">{t('checkout.heading')}</h2>
        <p className="muted">{t('checkout.invitation')}</p>
      </div>
      <fieldset className="member__checkout-question stack-small" disabled={sending}>
        <legend className="stack-small">
          <span className="muted small">{t('checkout.progress', { number: CHECKOUT_QUESTIONS.indexOf(question) + 1, count: CHECKOUT_QUESTIONS.length })}</span>
          <span className="member__checkout-text" aria-live="polite">{t(`checkout.${question}`)}</span>
        </legend>
        <div className="member__checkout-scale">
          {CHECKOUT_SCALE.map((value) => (
            <button
              key={value}
              className="button member__checkout-value"
              type="button"
              aria-label={t('checkout.value', { value })}
              onClick={() => void answer(value)}
            >
              {value}
            </button>
          ))}
        </div>
        <div className="member__checkout-ends small muted" aria-hidden="true">
          <span>1 · {t('checkout.low')}</span>
          <span>5 · {t('checkout.high')}</span>
        </div>
      </fieldset>
      <div>
        <button className="button" type="button" onClick={() => finish('declined')}>
          {t('checkout.notNow')}
        </button>
      </div>
    </section>
  );
}

/** After the answers: thanks, and the word on what is kept. */
export function CheckOutThanks() {
  const { t } = useRoomWords();
  return (
    <section className="member__checkout stack-small" role="status">
      <h2>{t('checkout.thanks')}</h2>
      <p className="muted">{t('checkout.thanksBody')}</p>
    </section>
  );
}

/** Where a phone may show the check-out: while the server says it is open, until this phone is done. */
export function CheckOutOffer({ view }: { view: RoomView }) {
  const [done, setDone] = useState(() => checkoutDone(view.sessionId));
  if (!view.checkoutOpen || done === 'declined') return null;
  if (done === 'answered') return <CheckOutThanks />;
  return <CheckOut sessionId={view.sessionId} onDone={setDone} />;
}
