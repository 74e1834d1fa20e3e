import { navigate } from '../routes';
import { useTranslation } from 'react-i18next';

/** From the ended meeting to the leaders' debrief, which opens with the token this device holds. */
export function DebriefLink({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const href = `/s/${encodeURIComponent(sessionId)}/debrief`;
  return (
    <div className="stack-small">
      <a
        className="button button--primary button--large"
        href={href}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          navigate(href);
        }}
      >
        {t('common.openDebrief')}
      </a>
      <p className="hint">{t('common.openDebriefHint')}</p>
    </div>
  );
}
