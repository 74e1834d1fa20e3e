import { useCallback, useEffect, useState } from 'react';
import type { GroupPage } from '../../../shared/groups';
import { fetchGroup } from '../../groupApi';

export type GroupState =
  | { status: 'loading' }
  | { status: 'unauthorized' }
  | { status: 'failed'; reload: () => void }
  | { status: 'ready'; page: GroupPage };

export function useGroup(groupId: string, token: string): GroupState {
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'unauthorized' } | { status: 'failed' } | { status: 'ready'; page: GroupPage }
  >({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void fetchGroup(groupId, token).then((result) => {
      if (!live) return;
      if (result.ok) setState({ status: 'ready', page: result.value });
      else setState({ status: result.status === 401 || result.status === 404 ? 'unauthorized' : 'failed' });
    });
    return () => {
      live = false;
    };
  }, [groupId, token, attempt]);

  return state.status === 'failed' ? { status: 'failed', reload } : state;
}
