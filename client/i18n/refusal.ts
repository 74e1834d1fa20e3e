// The server's "no", in the reader's words. The server explains a refusal in English; a device set
// to English shows that explanation, any other device the words for its code. Offline and
// timeouts are said by the client itself, already in the device's language.
import i18next from 'i18next';

const CODES = ['invalid', 'forbidden', 'conflict', 'not_found', 'rate_limited'] as const;
type RefusalCode = (typeof CODES)[number];

const isRefusalCode = (code: string): code is RefusalCode => (CODES as readonly string[]).includes(code);

export function refusalWords({ code, message }: { code: string; message: string }): string {
  if (code === 'offline') return i18next.t('common.offline');
  if (!isRefusalCode(code) || (i18next.resolvedLanguage ?? 'en') === 'en') return message;
  return i18next.t(`problems.${code}`);
}
