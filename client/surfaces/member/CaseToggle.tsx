import { useState } from 'react';
import { sendCommand } from '../../socket';
import { text } from '../../text';

/** "I have a case": pressed state comes from the server (`me.volunteer`), never guessed locally. */
export function CaseToggle({ volunteer }: { volunteer: boolean }) {
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    await sendCommand({ type: 'case.volunteer', volunteer: !volunteer });
    setBusy(false);
  };
  return (
    <section className="card stack-small">
      <button
        className="button button--large button--block"
        type="button"
        aria-pressed={volunteer}
        onClick={toggle}
        disabled={busy}
      >
        {text.member.caseToggle}
      </button>
      <p className="hint" aria-live="polite">
        {volunteer ? text.member.caseOn : text.member.caseHint}
      </p>
    </section>
  );
}
