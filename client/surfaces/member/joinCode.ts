// A join code field keeps what is typed to the code's own characters and length.
import { cleanJoinCode, JOIN_CODE_LENGTH } from '../../../shared/join-codes';

export { JOIN_CODE_LENGTH };

export function typedJoinCode(typed: string): string {
  return cleanJoinCode(typed).slice(0, JOIN_CODE_LENGTH);
}
