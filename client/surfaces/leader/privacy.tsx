// When the projector mirrors the laptop, the room reads the console. One key hides everything
// private on it (flags and their notes, names, links and the QR) and brings it back; what stays is
// what the room may see anyway: the phase, the clock, the notice, counts.
import { createContext, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const PrivacyContext = createContext(false);

/** Whether the console hides what is private right now. */
export function usePrivateHidden(): boolean {
  return useContext(PrivacyContext);
}

/** Stands in for a private card: its heading stays, so the console keeps its shape and its outline. */
export function PrivateCover({ heading, headingId }: { heading: string; headingId: string }) {
  const { t } = useTranslation('console');
  return (
    <section className="card stack-small" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="muted">{t('leader.privateHidden')}</p>
    </section>
  );
}

type ScreenWithExtent = Screen & Partial<EventTarget> & { isExtended?: boolean };

/**
 * Whether the laptop may be mirroring onto the projector. `screen.isExtended` says false with one
 * screen (mirroring shows as one); a browser without it cannot tell, so it counts as maybe.
 */
export function useMaybeMirrored(): boolean {
  const read = () => (window.screen as ScreenWithExtent).isExtended !== true;
  const [maybe, setMaybe] = useState(read);
  useEffect(() => {
    // Chromium fires `change` on the screen when a display is plugged in or out.
    const onChange = () => setMaybe(read());
    const screen = window.screen as ScreenWithExtent;
    screen.addEventListener?.('change', onChange);
    return () => screen.removeEventListener?.('change', onChange);
  }, []);
  return maybe;
}
