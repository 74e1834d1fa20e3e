// What of an error may reach a log. An error can carry the data it failed on: ioredis attaches the
// failed command with its arguments (a whole meeting as JSON: names, notes, token hashes) as
// `command.args`, and earlier errors of a transaction as `previousErrors`; a logger that prints
// errors as they are writes all of it. Only what tells an operator what went wrong, and where, is
// kept: the kind of error, its message, its code, its stack, and which Redis command failed.

export interface LoggedError {
  [key: string]: unknown;
  type: string;
  message: string;
  code?: string | number;
  stack: string;
  /** The Redis command that failed (its name only, never its arguments). */
  redisCommand?: string;
}

export function safeError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'a value that is not an Error was thrown', stack: '' };
  const { code, command } = error as Error & { code?: unknown; command?: { name?: unknown } };
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    stack: error.stack ?? '',
    ...(typeof command?.name === 'string' ? { redisCommand: command.name } : {}),
  };
}
