import { useState } from 'react';
import { sendCommand } from '../../socket';
import { useRoomWords } from '../../i18n/roomWords';

/** "I have a case": pressed state comes from the server (`me.volunteer`), never guessed locally. */
export function CaseToggle({ volunteer }: { volunteer: boolean }) {
  const { t } = useRoomWords();
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
        {t('member.caseToggle')}
      </button>
      <p className="hint" aria-live="polite">
        {volunteer ? t('member.caseOn') : t('member.caseHint')}
      </p>
    </section>
  );
}
