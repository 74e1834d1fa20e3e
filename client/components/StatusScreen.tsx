import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface StatusScreenProps {
  title: string;
  body?: string;
  /** Still working (loading, connecting): announced politely, no focus move. */
  busy?: boolean;
  children?: ReactNode;
}

/** A whole-page message: loading, an invalid link, a meeting that ended. */
export function StatusScreen({ title, body, busy = false, children }: StatusScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A final state replaces the whole page; moving focus to its heading lets a screen reader say why.
    if (!busy) heading.current?.focus();
  }, [busy, title]);
  return (
    <main className="status-screen" aria-busy={busy}>
      <div className="stack">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {body && <p className="muted">{body}</p>}
        {children}
      </div>
    </main>
  );
}

/** A page that will not come back by itself: say why, and offer the way to the start page. */
export function FinalScreen({ title, body }: { title: string; body?: string }) {
  const { t } = useTranslation();
  return (
    <StatusScreen title={title} body={body}>
      <a className="button" href="/">
        {t('common.backHome')}
      </a>
    </StatusScreen>
  );
}
