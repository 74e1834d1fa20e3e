// How a flag ended, as the record's words name it: how the leaders answered it, or, where they did
// not, where it stands. The debrief, the Markdown export and the supervision report say it alike.
import type { FlagHandling } from '../flags';
import type { FlagStatus } from '../meeting-state';
import type { ReportWords } from './types';

const HANDLED_KEY = {
  said: 'said',
  projected: 'projected',
  'projected-edited': 'projectedEdited',
  'set-aside': 'setAside',
  open: 'open',
  acknowledged: 'acknowledged',
  resolved: 'resolved',
  dismissed: 'dismissed',
} as const satisfies Record<FlagHandling | FlagStatus, keyof ReportWords['handled']>;

/** The key of `handled` in the record's words: pass `flag.handled ?? flag.status`. */
export function handledKey(handled: FlagHandling | FlagStatus): keyof ReportWords['handled'] {
  return HANDLED_KEY[handled];
}
