// Every way the server says no, once: each code with its HTTP status. The reducer's codes, a
// command's refusals, the HTTP mapping and the client's words for a refusal all come from here.
// Plain data without zod, so that the pages that only show a refusal can import it.

export const HTTP_ERROR_STATUS = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  locked: 423,
  rate_limited: 429,
} as const;

export type HttpErrorCode = keyof typeof HTTP_ERROR_STATUS;

/** What the reducer can answer: no tokens and no bodies there, so no `unauthorized` or `too_large`. */
export type ErrorCode = Exclude<HttpErrorCode, 'unauthorized' | 'too_large'>;

/** Every way a command can be refused: a list, so that what counts them can name each one. */
export const COMMAND_ERROR_CODES = [
  'invalid',
  'forbidden',
  'conflict',
  'not_found',
  'rate_limited',
] as const satisfies readonly ErrorCode[];
export type CommandErrorCode = (typeof COMMAND_ERROR_CODES)[number];

/** The code a status stands for, for errors that arrive as a bare status (Fastify's own, a fetch). */
export const CODE_BY_STATUS: Readonly<Partial<Record<number, HttpErrorCode>>> = Object.fromEntries(
  (Object.keys(HTTP_ERROR_STATUS) as HttpErrorCode[]).map((code) => [HTTP_ERROR_STATUS[code], code]),
);

export function isHttpErrorCode(code: string): code is HttpErrorCode {
  return Object.hasOwn(HTTP_ERROR_STATUS, code);
}

/** Commands never meet a locked room (only joins do): a refusal of that kind is a conflict. */
export function commandErrorCode(code: ErrorCode): CommandErrorCode {
  return (COMMAND_ERROR_CODES as readonly string[]).includes(code) ? (code as CommandErrorCode) : 'conflict';
}
