// The server's "no", in the reader's words. The server explains a refusal in English; a device set
// to English shows that explanation, any other device the words for its code. Offline and
// timeouts are said by the client itself, already in the device's language.
//
// The codes are the server's one list (HTTP_ERROR_STATUS in shared/protocol.ts): the English words
// are typed against it, so every code has its words in every language (tests/unit/ui-words.test.ts)
// and a code the list does not have has none. The list itself is not imported here: its module
// brings zod along, which has no place in the pages that show a refusal.
import i18next from 'i18next';
import type { Register } from '../../shared/language';
import type { HttpErrorCode } from '../../shared/protocol';
import { registerOptions } from './informal';

function isRefusalCode(code: string): code is HttpErrorCode {
  return i18next.exists(`problems.${code}`);
}

/** A phone says it in the room's register (roomRegister), the leaders' screens formally. */
export function refusalWords({ code, message }: { code: string; message: string }, register: Register = 'formal'): string {
  const options = registerOptions(register);
  if (code === 'offline') return i18next.t('common.offline', options);
  if (!isRefusalCode(code) || (i18next.resolvedLanguage ?? 'en') === 'en') return message;
  return i18next.t(`problems.${code}`, options);
}
