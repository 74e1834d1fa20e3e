// A certificate as text: base64url(JSON payload) "." key id "." base64url(Ed25519 signature of the
// two first parts). URL-safe and self-contained, small enough for a QR code; anyone holding the
// public key can check it, and only the server can make one.
import { sign, verify } from 'node:crypto';
import { certificatePayloadSchema, type CertificatePayload } from '../../shared/certificates';
import type { CertificateKeys, SigningKey } from './keys';

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * The bytes of a base64url text, only when that text is the one way to write them: the last
 * character carries unused bits, and a certificate with one character changed must never still pass.
 */
function canonicalBytes(text: string): Buffer | null {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

export function signCertificate(payload: CertificatePayload, key: SigningKey): string {
  const body = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${key.id}`;
  return `${body}.${sign(null, Buffer.from(body), key.privateKey).toString('base64url')}`;
}

/** The payload of a certificate signed by one of the keys, or null: altered, unsigned, unknown key, malformed. */
export function readCertificate(text: string, keys: Pick<CertificateKeys, 'find'>): CertificatePayload | null {
  // A file saved from the phone may end in a line break, or be pasted with spaces around.
  const parts = text.trim().split('.');
  if (parts.length !== 3) return null;
  const [payload, keyId, signature] = parts as [string, string, string];
  const payloadBytes = canonicalBytes(payload);
  const signatureBytes = canonicalBytes(signature);
  if (!payloadBytes || !signatureBytes || !KEY_ID.test(keyId)) return null;
  const publicKey = keys.find(keyId);
  if (!publicKey) return null;
  if (!verify(null, Buffer.from(`${payload}.${keyId}`), publicKey, signatureBytes)) return null;
  try {
    const parsed = certificatePayloadSchema.safeParse(JSON.parse(payloadBytes.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
