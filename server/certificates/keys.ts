// The keys that sign attendance certificates. Made at first start in the key folder (DATA_DIR, or
// CERTIFICATE_KEY_DIR where several processes share one), in one file only the server may read
// (0600). Rotating makes a new key current and keeps the old public keys listed, without their
// private halves: certificates signed before still verify, and nobody can sign with an old key.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CERTIFICATE_KEY_FILE = 'certificate-keys.json';

interface StoredKey {
  id: string;
  /** Base64url of the raw 32 bytes. */
  publicKey: string;
  /** PKCS#8 PEM; only the current key keeps it. */
  privateKey?: string;
  createdAt: number;
}

interface KeyFile {
  keys: StoredKey[];
}

/** What `GET /api/verify/keys` lists. */
export interface PublicKeyEntry {
  id: string;
  publicKey: string;
  current: boolean;
}

export interface SigningKey {
  id: string;
  privateKey: KeyObject;
}

export interface CertificateKeys {
  current(): SigningKey;
  /** The public key of this id, current or retired; undefined for an unknown id. */
  find(id: string): KeyObject | undefined;
  list(): PublicKeyEntry[];
}

const rawPublicKey = (key: KeyObject): string => key.export({ format: 'jwk' }).x!;

/** A short name for a public key: the first characters of its SHA-256, in base64url. */
export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('base64url').slice(0, 10);
}

function publicKeyObject(publicKey: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
}

function newKey(now: number): StoredKey {
  const pair = generateKeyPairSync('ed25519');
  const publicKey = rawPublicKey(pair.publicKey);
  return {
    id: keyIdOf(publicKey),
    publicKey,
    privateKey: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    createdAt: now,
  };
}

/**
 * Written whole, then put in place: a reader never sees half a file. The first key is linked in
 * (which fails if the file is there), so two processes starting at once on one folder agree on one key.
 */
function writeKeyFile(file: string, content: KeyFile, onlyIfNew: boolean): void {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  if (!onlyIfNew) return renameSync(temporary, file);
  try {
    linkSync(temporary, file);
  } catch (error) {
    // Another process sharing the folder made it first (or an earlier start did): keep that one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}

function readKeyFile(file: string): KeyFile {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  if (!Array.isArray(parsed.keys) || parsed.keys.length === 0) throw new Error(`${file} holds no certificate key`);
  return parsed;
}

function ensureKeyFile(dir: string, now: number): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, CERTIFICATE_KEY_FILE);
  if (!existsSync(file)) writeKeyFile(file, { keys: [newKey(now)] }, true);
  chmodSync(file, 0o600);
  return file;
}

/** Makes the current key a retired one and a new key current; returns the new key's id. */
export function rotateCertificateKey(dir: string, now = Date.now()): string {
  const file = ensureKeyFile(dir, now);
  const { keys } = readKeyFile(file);
  const fresh = newKey(now);
  const retired = keys.map(({ privateKey: _dropped, ...key }) => key);
  writeKeyFile(file, { keys: [...retired, fresh] }, false);
  return fresh.id;
}

/**
 * The key ring, made on first use. The file is read again whenever it changed, so a rotation
 * reaches every running process sharing the folder without a restart.
 */
export function openCertificateKeys(dir: string): CertificateKeys {
  const file = ensureKeyFile(dir, Date.now());
  let seen = -1;
  let ring: { current: SigningKey; publics: Map<string, KeyObject>; list: PublicKeyEntry[] } | null = null;

  function load() {
    const changedAt = statSync(file).mtimeMs;
    if (ring && changedAt === seen) return ring;
    const { keys } = readKeyFile(file);
    const current = keys.findLast((key) => key.privateKey !== undefined);
    if (!current?.privateKey) throw new Error(`${file} holds no current certificate key`);
    ring = {
      current: { id: current.id, privateKey: createPrivateKey(current.privateKey) },
      publics: new Map(keys.map((key) => [key.id, publicKeyObject(key.publicKey)])),
      list: keys.map((key) => ({ id: key.id, publicKey: key.publicKey, current: key.id === current.id })),
    };
    seen = changedAt;
    return ring;
  }
  load();

  return {
    current: () => load().current,
    find: (id) => load().publics.get(id),
    list: () => load().list,
  };
}
