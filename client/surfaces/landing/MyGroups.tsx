import { useState } from 'react';
import { recallGroups } from '../../tokens';
import { useTranslation } from 'react-i18next';

/** The groups whose private link this device holds, one tap back to each. */
export function MyGroups() {
  const { t } = useTranslation('room');
  const [groups] = useState(recallGroups);
  if (groups.length === 0) return null;
  return (
    <nav className="card stack-small" aria-labelledby="my-groups">
      <h2 id="my-groups">{t('landing.myGroups')}</h2>
      <ul className="plain-list">
        {groups.map((group) => (
          <li key={group.groupId}>
            <a className="my-groups__link" href={`/g/${encodeURIComponent(group.groupId)}`}>
              {group.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
