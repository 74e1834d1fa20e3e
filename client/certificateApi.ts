// Attendance certificates over HTTP, and the certificate as a file and a QR code. Types only from
// shared/: its certificate module brings zod, which has no place on a phone's page.
import type { Attestation } from '../shared/certificates';
import { request, type ApiResult } from './api';

export interface Verdict {
  valid: boolean;
  attests?: Attestation;
}

export interface VerifyKey {
  id: string;
  publicKey: string;
  current: boolean;
}

/** The member's own token, the name they typed, and their time zone for the meeting's date. */
export function takeCertificate(sessionId: string, token: string, name: string): Promise<ApiResult<{ certificate: string }>> {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return request('POST', `/api/sessions/${encodeURIComponent(sessionId)}/certificates`, { token, body: { name, tz } });
}

export function verifyCertificate(certificate: string): Promise<ApiResult<Verdict>> {
  return request('POST', '/api/verify', { body: { certificate } });
}

export function fetchVerifyKeys(): Promise<ApiResult<{ keys: VerifyKey[] }>> {
  return request('GET', '/api/verify/keys');
}

/** Three base64url parts joined by dots: the payload, the key id, the signature. */
const CERTIFICATE = /[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{1,32}\.[A-Za-z0-9_-]{16,}/g;

/** The certificate in a saved file, pasted text or a scanned address; the longest if several. */
export function findCertificate(text: string): string | null {
  const found = text.match(CERTIFICATE) ?? [];
  return found.reduce<string | null>((longest, next) => (longest && longest.length >= next.length ? longest : next), null);
}

/** Where a certificate is checked: scanning its QR code with any phone opens this and checks it. */
export function verifyAddress(certificate?: string): string {
  return `${location.origin}/verify${certificate ? `#${certificate}` : ''}`;
}

/** The meeting's date inside a certificate ("2026-11-30"), for the file's name; null if unreadable. */
export function certificateDate(certificate: string): string | null {
  try {
    const base64 = certificate.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const { date } = JSON.parse(new TextDecoder().decode(bytes)) as { date?: unknown };
    return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  } catch {
    return null;
  }
}

/** The file a member keeps: a line saying what it is and where to check it, then the certificate. */
export function certificateFile(certificate: string, title: string): { name: string; text: string } {
  const date = certificateDate(certificate) ?? new Date().toISOString().slice(0, 10);
  return {
    name: `balint-attendance-${date}.txt`,
    text: `${title}\n${verifyAddress()}\n\n${certificate}\n`,
  };
}
