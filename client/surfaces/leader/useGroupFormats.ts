// The group's own formats, for "Save for the group": saving under an existing id replaces it.
import { useEffect, useState } from 'react';
import type { Format } from '../../../shared/phase-plan';
import { fetchGroup } from '../../groupApi';
import { readGroupToken } from '../../tokens';

/** Empty without a group, or without the group's token on this device. */
export function useGroupFormats(groupId: string | null, active: boolean): Format[] {
  const [formats, setFormats] = useState<Format[]>([]);
  useEffect(() => {
    const token = groupId ? readGroupToken(groupId) : null;
    if (!active || !groupId || !token) return;
    let live = true;
    void fetchGroup(groupId, token).then((group) => {
      if (live && group.ok) setFormats(group.value.formats);
    });
    return () => {
      live = false;
    };
  }, [active, groupId]);
  return formats;
}
