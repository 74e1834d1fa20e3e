// With one screen the projector shows the console itself: flags, notes and names on the wall. Say
// how to extend the screen instead, once, in words that fit any computer; the privacy key helps
// until then.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStored, writeStored } from '../../storage';
import { useMaybeMirrored } from './privacy';

const DISMISSED_KEY = 'balint.mirrorHint.dismissed';
/** A co-leader leading from a phone: no projector hangs off a phone, so no hint about one. */
const PHONE = '(pointer: coarse) and (max-width: 720px)';

// Dismissed for the tab; without storage the hint comes back with the next page load only.
const wasDismissed = () => readStored(DISMISSED_KEY, 'session') === 'yes';

export function MirrorHint() {
  const { t } = useTranslation('console');
  const maybeMirrored = useMaybeMirrored();
  const [dismissed, setDismissed] = useState(wasDismissed);
  const [onPhone] = useState(() => window.matchMedia(PHONE).matches);
  if (!maybeMirrored || dismissed || onPhone) return null;
  const dismiss = () => {
    writeStored(DISMISSED_KEY, 'yes', 'session');
    setDismissed(true);
  };
  return (
    <aside className="mirror-hint" aria-label={t('leader.mirrorTitle')}>
      {/* Folded: one line on a laptop screen, where the running phase needs the height. */}
      <details className="mirror-hint__details">
        <summary className="mirror-hint__title">{t('leader.mirrorTitle')}</summary>
        <p className="mirror-hint__body">{t('leader.mirrorBody')}</p>
      </details>
      <button className="button" type="button" onClick={dismiss}>
        {t('leader.mirrorDismiss')}
      </button>
    </aside>
  );
}
