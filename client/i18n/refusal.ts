// The server's "no", in the reader's words. The server explains a refusal in English; a device set
// to English shows that explanation, any other device the words for its code. Offline and
// timeouts are said by the client itself, already in the device's language.
//
// The codes are the server's one list (shared/errors.ts): the English words are typed against it,
// so every code has its words in every language (tests/unit/ui-words.test.ts), and a code the
// list does not have is said in the server's own words.
import i18next from 'i18next';
import type { Register } from '../../shared/language';
import { isHttpErrorCode } from '../../shared/errors';
import { registerOptions } from './informal';

/** A phone says it in the room's register (roomRegister), the leaders' screens formally. */
export function refusalWords({ code, message }: { code: string; message: string }, register: Register = 'formal'): string {
  const options = registerOptions(register);
  if (code === 'offline') return i18next.t('common.offline', options);
  if (!isHttpErrorCode(code) || (i18next.resolvedLanguage ?? 'en') === 'en') return message;
  return i18next.t(`problems.${code}`, options);
}
