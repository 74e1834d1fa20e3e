import type { RoomView } from '../../shared/views';
import { useTranslation } from 'react-i18next';
import './notice-banner.css';

/** The leader's words to the room: a redirect or a free notice, the same on every surface. */
export function NoticeBanner({
  notice,
  size = 'large',
}: {
  notice: RoomView['notice'];
  size?: 'display' | 'large';
}) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <aside className={`notice-banner notice-banner--${size}`} aria-label={t('common.noticeLabel')}>
      <p>{notice.text}</p>
    </aside>
  );
}
