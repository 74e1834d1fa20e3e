// After the meeting: names and notes are gone; the process record stays for the leaders' debrief
// until they delete it or it expires.
import { useState } from 'react';
import { deleteMeeting } from '../../api';
import { downloadRecord } from '../../debriefApi';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DebriefLink } from '../../components/DebriefLink';
import { StatusScreen } from '../../components/StatusScreen';
import { selectLeadersView, useViewStore } from '../../store';
import { forgetLinks, forgetToken, readGroupToken, readToken } from '../../tokens';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { mayRequest } from '../../../shared/permissions';

export function LeaderEnded() {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const identity = useViewStore((state) => state.identity);
  // A meeting of a group leads back to the group, where its record now joins the others.
  const groupId = useViewStore((state) => selectLeadersView(state)?.groupId ?? null);
  const toGroup = groupId !== null && readGroupToken(groupId) !== null;
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const token = identity ? readToken(identity.sessionId, identity.role) : null;

  const download = async (format: 'md' | 'json') => {
    if (!identity || !token) return;
    const ok = await downloadRecord(identity.sessionId, token, format, lang);
    setProblem(ok ? null : t('leader.downloadFailed'));
  };

  const erase = async () => {
    setConfirmDelete(false);
    if (!identity || !token) return;
    const result = await deleteMeeting(identity.sessionId, token);
    if (!result.ok) {
      setProblem(t('leader.deleteFailed'));
      return;
    }
    forgetToken(identity.sessionId, identity.role);
    forgetLinks(identity.sessionId);
    // The server now closes our socket with 'deleted', which shows its own screen.
  };

  return (
    <StatusScreen title={t('leader.endedTitle')} body={t('leader.endedBody')}>
      {token && identity && <DebriefLink sessionId={identity.sessionId} />}
      {token && (
        <div className="stack-small">
          <button className="button" type="button" onClick={() => void download('md')}>
            {t('leader.downloadMd')}
          </button>
          <button className="button" type="button" onClick={() => void download('json')}>
            {t('leader.downloadJson')}
          </button>
          {identity && mayRequest(identity.role, 'meeting.erase') && (
            <button className="button button--danger" type="button" onClick={() => setConfirmDelete(true)}>
              {t('leader.deleteRecord')}
            </button>
          )}
        </div>
      )}
      {problem && <Alert>{problem}</Alert>}
      {toGroup && (
        <a className="button button--primary" href={`/g/${encodeURIComponent(groupId)}`}>
          {t('debrief.backToGroup')}
        </a>
      )}
      <a className="button" href="/">
        {t('leader.newMeeting')}
      </a>
      <ConfirmDialog
        open={confirmDelete}
        title={t('leader.deleteConfirm')}
        confirmLabel={t('leader.deleteRecord')}
        danger
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void erase()}
      />
    </StatusScreen>
  );
}
