// The edge where input is checked: a zod failure becomes one plain sentence, the same over a
// socket and over HTTP, and Fastify checks a route's declared schemas with zod itself.
import type { FastifySchemaCompiler } from 'fastify';
import type { ZodError, ZodType } from 'zod';

/** The first thing wrong with the input, and where: "title: Too big: …". */
export function describeIssue(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid input.';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Bad input, already said in one sentence: the error handler answers it as a 400 `invalid`. */
class InvalidInput extends Error {
  readonly statusCode = 400;
}

/**
 * Checks a route's zod schema (typed for the handler by fastify-type-provider-zod). Not the
 * provider's own compiler: its failures lose the issue's path from the message, and a request
 * without a body is read as an empty one here, as the routes have always read it.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const parsed = schema.safeParse(httpPart === 'body' ? (data ?? {}) : data);
    return parsed.success ? { value: parsed.data } : { error: new InvalidInput(describeIssue(parsed.error)) };
  };
