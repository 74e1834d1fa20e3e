// Attendance certificates: a member who was in the meeting takes one (signed, then forgotten:
// nothing of who took it or of the name in it is kept or logged, only the count); anyone can check
// one. The name comes in the body and leaves in the certificate; it is never in a log line, because
// the logger writes no bodies (server/app.ts), and never in an error, because no message echoes input.
import type { RouteShorthandOptions } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  attestationOf,
  certificateRequestBody,
  closeCertificateWindow,
  dateIn,
  issueCertificate,
  verifyBody,
  type Attestation,
  type CertificatePayload,
} from '../../shared/certificates';
import type { CertificateKeys } from '../certificates/keys';
import { readCertificate, signCertificate } from '../certificates/signing';
import { leaderList } from '../group-records';
import type { Meetings } from '../meetings';
import { describeIssue } from './validation';
import { hashToken } from '../secrets';
import type { MeetingStore } from '../backends/meeting-store';
import { bearerToken, sendError } from './errors';

const MINUTE_MS = 60 * 1000;

/**
 * Per address. Each member takes one, with their own token; but a hall of residents on one hospital
 * network ends together behind one address, and all of them take theirs in the same minute.
 */
export const CERTIFICATE_ISSUES_PER_MINUTE = 1000;
/** Per address: a residency office checking a stack of certificates, not a script trying forgeries. */
export const VERIFICATIONS_PER_MINUTE = 120;

const perMinute = (max: number): Pick<RouteShorthandOptions, 'config'> => ({
  config: {
    rateLimit: {
      max,
      timeWindow: MINUTE_MS,
      errorResponseBuilder: () => ({ statusCode: 429, message: 'Too many requests from this address; wait a minute.' }),
    },
  },
});

function attestationFrom({ v: _version, issued: _issued, ...attests }: CertificatePayload): Attestation {
  return attests;
}

export interface CertificateRoutesOptions {
  store: MeetingStore;
  meetings: Meetings;
  keys: CertificateKeys;
  now: () => number;
}

export const certificateRoutes: FastifyPluginAsyncZod<CertificateRoutesOptions> = async (app, { store, meetings, keys, now }) => {
  app.post<{ Params: { sessionId: string } }>(
    '/api/sessions/:sessionId/certificates',
    perMinute(CERTIFICATE_ISSUES_PER_MINUTE),
    async (request, reply) => {
      const { sessionId } = request.params;
      const token = bearerToken(request);
      const grant = token ? await store.resolveToken(hashToken(token)) : null;
      // A member's own token, and only theirs: after the end it serves for this alone.
      if (!grant || grant.sessionId !== sessionId || grant.role !== 'member' || !grant.participantId) {
        return sendError(reply, 'unauthorized', "This meeting's member link is required.");
      }
      const parsed = certificateRequestBody.safeParse(request.body ?? {});
      if (!parsed.success) return sendError(reply, 'invalid', describeIssue(parsed.error));
      const { participantId } = grant;
      // Everything that could fail is at hand before the certificate is counted: once counted, the
      // member cannot take another, so signing must not be able to fail after it.
      const key = keys.current();
      const meeting = await store.load(sessionId);
      const group = meeting?.groupId ? await store.loadGroup(meeting.groupId) : null;
      const leaders = group ? await leaderList(store, group.groupId) : null;

      const outcome = await meetings.change(sessionId, (state) => issueCertificate(state, participantId, now()));
      if (!outcome.ok) {
        const { code, message } = outcome.error;
        // Past the day, who was there and who took one are no longer needed: only the count stays.
        if (code === 'conflict') await meetings.change(sessionId, (state) => closeCertificateWindow(state, now()));
        return sendError(reply, code === 'forbidden' || code === 'not_found' ? code : 'conflict', message);
      }
      const attests = attestationOf(outcome.state, { name: parsed.data.name, group, leaderList: leaders, timeZone: parsed.data.tz });
      const payload: CertificatePayload = { v: 1, ...attests, issued: dateIn(now(), parsed.data.tz) };
      return reply.code(201).send({ certificate: signCertificate(payload, key) });
    },
  );

  app.post('/api/verify', { ...perMinute(VERIFICATIONS_PER_MINUTE), schema: { body: verifyBody } }, async (request) => {
    const payload = readCertificate(request.body.certificate, keys);
    return payload ? { valid: true, attests: attestationFrom(payload) } : { valid: false };
  });

  app.get('/api/verify/keys', async () => ({ keys: keys.list() }));
};
