// Every HTTP error is a 4xx with { error: { code, message } }; bad input never becomes a 500.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { CODE_BY_STATUS, HTTP_ERROR_STATUS, type HttpErrorCode } from '../../shared/errors';

export function sendError(reply: FastifyReply, code: HttpErrorCode, message: string): FastifyReply {
  return reply.code(HTTP_ERROR_STATUS[code]).send({ error: { code, message } });
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: { code: 'internal', message: 'Something went wrong.' } });
  }
  // Malformed JSON, a wrong content type, poisoned keys, a route's schema refused: all plain bad input.
  const code = CODE_BY_STATUS[status] ?? 'invalid';
  const message = code === 'too_large' ? 'The request body is larger than 16 KiB.' : error.message;
  return sendError(reply, code, message);
}

/** The token from `Authorization: Bearer <token>`, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S{1,256})$/i.exec(header.trim());
  return match ? match[1]! : null;
}
