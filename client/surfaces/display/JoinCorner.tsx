import { spacedJoinCode } from '../../components/JoinCode';
import { useTranslation } from 'react-i18next';

/**
 * Once the meeting is under way the way in shrinks to a corner: small enough to be no one's focus,
 * there all meeting for whoever comes in late.
 */
export function JoinCorner({ joinCode }: { joinCode: string }) {
  const { t } = useTranslation();
  return (
    <aside className="display__join-corner" aria-label={t('common.joinCode')}>
      <span>{t('common.joinAt', { host: `${location.host}/join` })}</span>
      {/* Read out letter by letter; shown in two groups of three. */}
      <span className="visually-hidden">{joinCode.split('').join(' ')}</span>
      <strong className="display__join-corner-code" aria-hidden="true">
        {spacedJoinCode(joinCode)}
      </strong>
    </aside>
  );
}
