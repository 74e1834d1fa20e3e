// The French room words as a room reads them: the formal words with the tu overlay laid in under
// i18next's context suffix (informal.ts). One chunk, so a phone fetches one file for its room words.
import { withInformal } from '../informal';
import { words as formal } from './room';
import { words as informal } from './room-informal';

export const words = withInformal(formal as never, informal as never);
