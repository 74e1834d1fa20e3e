// Attendance certificates: who may take one (the pure rules), and the signature (sign, verify,
// tamper, wrong key, rotation) with real Ed25519 keys in a temporary folder.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  attestationOf,
  CERTIFICATE_WINDOW_MS,
  closeCertificateWindow,
  issueCertificate,
  type CertificatePayload,
} from '../../shared/certificates';
import { buildReport } from '../../shared/report';
import { CERTIFICATE_KEY_FILE, openCertificateKeys, rotateCertificateKey } from '../../server/certificates/keys';
import { readCertificate, signCertificate } from '../../server/certificates/signing';
import { MIN, newMeeting, send, T0, withMembers } from './meeting';

const folders: string[] = [];
function keyFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'balint-keys-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const PAYLOAD: CertificatePayload = {
  v: 1,
  name: 'Dr. Ana Müller',
  title: 'Thursday group',
  format: 'Standard',
  date: '2026-01-15',
  plannedMin: 45,
  actualMin: 47,
  group: 'Residents 2026',
  issued: '2026-01-15',
};

/** Flips one character of the text at `index` to another URL-safe one. */
function changed(text: string, index: number): string {
  const swapped = text[index] === 'A' ? 'B' : 'A';
  return text.slice(0, index) + swapped + text.slice(index + 1);
}

describe('who may take a certificate', () => {
  const ended = (attended: string[]) =>
    send(withMembers(newMeeting(), ['Ana', 'Ben', 'Cleo']), { type: 'session.end' }, T0 + 60 * MIN, undefined, {
      leaderAway: false,
      attended,
    });

  it('a member who was connected takes one, once; the record counts it and never who', () => {
    const state = ended(['p1', 'p2']);
    expect(state.participants).toEqual([]);
    const first = issueCertificate(state, 'p1', T0 + 61 * MIN);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.state.version).toBe(state.version + 1);
    expect(buildReport(first.state, T0 + 62 * MIN).certificates).toBe(1);
    const again = issueCertificate(first.state, 'p1', T0 + 62 * MIN);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(issueCertificate(first.state, 'p2', T0 + 62 * MIN).ok).toBe(true);
  });

  it('a member who never had the meeting open is refused with forbidden', () => {
    expect(issueCertificate(ended(['p1']), 'p3', T0 + 61 * MIN)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('only members still in the meeting at the end keep their mark', () => {
    expect(ended(['p1', 'p9']).certificates?.attended).toEqual(['p1']);
  });

  it('not before the end, and not after the day that follows it', () => {
    const running = withMembers(newMeeting(), ['Ana']);
    expect(issueCertificate(running, 'p1', T0)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const state = ended(['p1']);
    expect(issueCertificate(state, 'p1', T0 + 60 * MIN + CERTIFICATE_WINDOW_MS).ok).toBe(true);
    expect(issueCertificate(state, 'p1', T0 + 60 * MIN + CERTIFICATE_WINDOW_MS + 1)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('after the day only the count remains', () => {
    const state = ended(['p1', 'p2']);
    const issued = issueCertificate(state, 'p1', T0 + 61 * MIN);
    if (!issued.ok) throw new Error('refused');
    expect(closeCertificateWindow(issued.state, T0 + 61 * MIN).ok).toBe(false);
    const closed = closeCertificateWindow(issued.state, T0 + 60 * MIN + CERTIFICATE_WINDOW_MS + 1);
    expect(closed.ok && closed.state.certificates).toEqual({ attended: [], issued: [], count: 1 });
    if (closed.ok) expect(closeCertificateWindow(closed.state, T0 + 3 * CERTIFICATE_WINDOW_MS).ok).toBe(false);
  });

  it('attests the meeting, the format, the planned and the worked length, and the typed name', () => {
    const state = ended(['p1']);
    const attests = attestationOf(state, { name: 'Ana', group: null, timeZone: 'Europe/Berlin' });
    expect(attests).toMatchObject({ name: 'Ana', title: 'Thursday group', date: '2026-01-15', plannedMin: 45 });
    expect(attests.format).not.toBe('');
    expect(attests).not.toHaveProperty('group');
    // The name went into the attestation only: the meeting holds no name after its end.
    expect(JSON.stringify(state)).not.toContain('Ana');
  });

  it("names who led and co-led by their initials when the group keeps its leaders, and no one otherwise", () => {
    const state = { ...ended(['p1']), leaders: { ledBy: 'l1', coLedBy: 'l2' } };
    const list = { leaders: [{ leaderId: 'l1', name: 'Anna Berg' }, { leaderId: 'l2', name: 'C. Dupont' }], version: 1 };
    expect(attestationOf(state, { name: 'Ana', group: null, leaderList: list }).leaders).toBe('A.B., C.D.');
    // A leader taken off the list since is on no later certificate.
    expect(attestationOf(state, { name: 'Ana', group: null, leaderList: { leaders: [list.leaders[1]!], version: 2 } }).leaders).toBe('C.D.');
    expect(attestationOf(state, { name: 'Ana', group: null, leaderList: { leaders: [], version: 0 } })).not.toHaveProperty('leaders');
    expect(attestationOf({ ...state, leaders: undefined }, { name: 'Ana', group: null, leaderList: list })).not.toHaveProperty('leaders');
  });
});

describe('signature', () => {
  it('a signed certificate verifies and gives back what it attests', () => {
    const keys = openCertificateKeys(keyFolder());
    const text = signCertificate(PAYLOAD, keys.current());
    expect(text).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(readCertificate(text, keys)).toEqual(PAYLOAD);
    // Saved as a file it may gain a line break: still the same certificate.
    expect(readCertificate(`${text}\n`, keys)).toEqual(PAYLOAD);
  });

  it('any changed character makes it invalid', () => {
    const keys = openCertificateKeys(keyFolder());
    const text = signCertificate(PAYLOAD, keys.current());
    for (let index = 0; index < text.length; index += 1) {
      if (text[index] === '.') continue;
      expect(readCertificate(changed(text, index), keys), `character ${index}`).toBeNull();
    }
  });

  it('a payload re-signed by another key, or one with a key id nobody knows, is invalid', () => {
    const ours = openCertificateKeys(keyFolder());
    const theirs = openCertificateKeys(keyFolder());
    const forged = signCertificate({ ...PAYLOAD, name: 'Someone else' }, theirs.current());
    expect(readCertificate(forged, ours)).toBeNull();
    // Their signature under our key's id.
    const [payload, , signature] = forged.split('.');
    expect(readCertificate(`${payload}.${ours.current().id}.${signature}`, ours)).toBeNull();
  });

  it('unsigned or malformed text is invalid, never an error', () => {
    const keys = openCertificateKeys(keyFolder());
    for (const text of ['', 'hello', 'a.b', 'a.b.c.d', '...', `${Buffer.from('{}').toString('base64url')}.x.y`]) {
      expect(readCertificate(text, keys)).toBeNull();
    }
    const valid = signCertificate(PAYLOAD, keys.current());
    const [, keyId, signature] = valid.split('.');
    const extra = Buffer.from(JSON.stringify({ ...PAYLOAD, admin: true })).toString('base64url');
    expect(readCertificate(`${extra}.${keyId}.${signature}`, keys)).toBeNull();
  });

  it('the key file is made once, readable by the server alone', () => {
    const folder = keyFolder();
    const first = openCertificateKeys(folder).current().id;
    expect(openCertificateKeys(folder).current().id).toBe(first);
    const file = join(folder, CERTIFICATE_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const [listed] = openCertificateKeys(folder).list();
    expect(listed).toMatchObject({ id: first, current: true });
    expect(Buffer.from(listed!.publicKey, 'base64url')).toHaveLength(32);
  });

  it('after a rotation old certificates still verify, new ones use the new key, and the old private key is gone', () => {
    const folder = keyFolder();
    const keys = openCertificateKeys(folder);
    const before = signCertificate(PAYLOAD, keys.current());
    const oldId = keys.current().id;
    const newId = rotateCertificateKey(folder);
    expect(newId).not.toBe(oldId);
    // The running ring picks the rotation up from the file.
    expect(keys.current().id).toBe(newId);
    expect(readCertificate(before, keys)).toEqual(PAYLOAD);
    const after = signCertificate(PAYLOAD, keys.current());
    expect(after.split('.')[1]).toBe(newId);
    expect(readCertificate(after, openCertificateKeys(folder))).toEqual(PAYLOAD);
    expect(keys.list()).toEqual([
      expect.objectContaining({ id: oldId, current: false }),
      expect.objectContaining({ id: newId, current: true }),
    ]);
    const stored = JSON.parse(readFileSync(join(folder, CERTIFICATE_KEY_FILE), 'utf8')) as { keys: { privateKey?: string }[] };
    expect(stored.keys.filter((key) => key.privateKey !== undefined)).toHaveLength(1);
    expect(statSync(join(folder, CERTIFICATE_KEY_FILE)).mode & 0o777).toBe(0o600);
  });
});
