// The group's own formats, for "Save for the group": saving under an existing id replaces it.
import type { Format } from '../../../shared/phase-plan';
import { fetchGroup } from '../../groupApi';
import { readGroupToken } from '../../tokens';
import { useFetched } from '../../useFetched';

/** Empty without a group, or without the group's token on this device. */
export function useGroupFormats(groupId: string | null, active: boolean): Format[] {
  const token = groupId ? readGroupToken(groupId) : null;
  const group = useFetched(active && groupId && token ? () => fetchGroup(groupId, token) : null, [active, groupId, token]);
  return group.status === 'ready' ? group.value.formats : [];
}
