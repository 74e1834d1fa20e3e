import { CopyButton } from '../../components/CopyButton';
import { useTranslation } from 'react-i18next';

/** The private link, for the group's other leader; it opens everything here, so it says so. */
export function GroupLink({ groupId, token }: { groupId: string; token: string }) {
  const { t } = useTranslation('console');
  const link = `${location.origin}/g/${encodeURIComponent(groupId)}#${token}`;
  return (
    <section className="card stack-small" aria-labelledby="group-link-heading">
      <h2 id="group-link-heading">{t('group.linkHeading')}</h2>
      <p className="hint">{t('group.linkHint')}</p>
      <div>
        <CopyButton value={link} label={t('group.linkLabel')} />
      </div>
    </section>
  );
}
