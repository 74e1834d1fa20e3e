// A private link given out again: the leader issues a new co-leader or display link, and the old
// one stops working at once (its sockets are closed). For a link that went to the wrong phone, or
// was on the projector for a moment.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotatedLink, MeetingLinks } from '../../../shared/protocol';
import { request } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { readToken, rememberLinks } from '../../tokens';

const LINK_OF: Record<RotatedLink['role'], keyof MeetingLinks> = { 'co-leader': 'coLeader', display: 'display' };

export function RenewLink({
  sessionId,
  links,
  role,
  screen,
  onRenewed,
}: {
  sessionId: string;
  links: MeetingLinks;
  role: RotatedLink['role'];
  screen: string;
  onRenewed: () => void;
}) {
  const { t } = useTranslation('console');
  const [asking, setAsking] = useState(false);
  const [said, setSaid] = useState<string | null>(null);

  const renew = async () => {
    setAsking(false);
    const result = await request<RotatedLink>('POST', `/api/sessions/${sessionId}/links`, {
      body: { role },
      token: readToken(sessionId, 'leader') ?? undefined,
    });
    if (!result.ok) {
      setSaid(t('screens.renewFailed'));
      return;
    }
    rememberLinks(sessionId, { ...links, [LINK_OF[role]]: result.value.link });
    setSaid(t('screens.renewed'));
    onRenewed();
  };

  return (
    <>
      <button className="button" type="button" onClick={() => setAsking(true)} aria-label={t('screens.renewLabel', { screen })}>
        {t('screens.renew')}
      </button>
      <span className="hint" role="status">
        {said}
      </span>
      <ConfirmDialog
        open={asking}
        title={t('screens.renewTitle')}
        body={t('screens.renewBody')}
        confirmLabel={t('screens.renew')}
        onCancel={() => setAsking(false)}
        onConfirm={() => void renew()}
      />
    </>
  );
}
