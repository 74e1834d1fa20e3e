// A leader who starts the server in a terminal reads short lines and a QR code; a log collector
// gets JSON; and in both, what a line may hold is decided by the same safe serializers.
import Fastify from 'fastify';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { bannerText } from '../../server/banner';
import { readConfig } from '../../server/config';
import { logFormatFor, loggerOptions, RequestsAtDebug } from '../../server/logging';

describe('the log format', () => {
  it('follows the terminal unless LOG_FORMAT says otherwise', () => {
    expect(logFormatFor(null, true)).toBe('pretty');
    expect(logFormatFor(null, false)).toBe('json');
    expect(logFormatFor(null, undefined)).toBe('json');
    expect(logFormatFor('json', true)).toBe('json');
    expect(logFormatFor('pretty', false)).toBe('pretty');
  });

  it('keeps request lines at info for JSON and moves them to debug in the readable lines', async () => {
    for (const [logFormat, level, expected] of [
      ['json', 'info', true],
      ['pretty', 'info', false],
      ['pretty', 'debug', true],
    ] as const) {
      const lines: string[] = [];
      const app = Fastify(loggerOptions({ logLevel: level, logFormat, logStream: { write: (line) => lines.push(line) } }));
      app.get('/ping', async () => 'pong');
      expect((await app.inject({ url: '/ping' })).body).toBe('pong');
      expect(lines.join('').includes('request completed'), `${logFormat} at ${level}`).toBe(expected);
      await app.close();
    }
    expect(loggerOptions({ logLevel: 'info', logFormat: 'pretty' }).logController).toBeInstanceOf(RequestsAtDebug);
  });

  /** An error as ioredis makes it: the failed command's arguments hold a whole meeting. */
  function leakyError(): Error {
    const error = new Error('EXECABORT Transaction discarded');
    Object.assign(error, { command: { name: 'set', args: ['balint:meeting:1', '{"name":"Quentaria","note":"her father"}'] } });
    return error;
  }

  for (const logFormat of ['json', 'pretty'] as const) {
    it(`writes ${logFormat} lines that hold no name or note of an error's data`, () => {
      const lines: string[] = [];
      const app = Fastify(loggerOptions({ logLevel: 'info', logFormat, logStream: { write: (line) => lines.push(line) } }));
      app.log.error({ err: leakyError() }, 'the change could not be saved');
      const text = lines.join('');
      expect(text).toContain('the change could not be saved');
      expect(text).toContain('EXECABORT');
      expect(text).toContain('set');
      expect(text).not.toContain('Quentaria');
      expect(text).not.toContain('her father');
      if (logFormat === 'json') expect(() => JSON.parse(lines[0]!)).not.toThrow();
      else expect(text.trimStart().startsWith('{')).toBe(false);
    });
  }
});

describe('the settings', () => {
  it('reads LOG_FORMAT and the metrics variables, and refuses a short metrics token', () => {
    expect(readConfig({})).toMatchObject({ logFormat: null, metricsToken: null, metricsHost: null, metricsPort: 9464 });
    const set = readConfig({ LOG_FORMAT: 'json', METRICS_TOKEN: 'a'.repeat(16), METRICS_HOST: '127.0.0.1', METRICS_PORT: '9500' });
    expect(set).toMatchObject({ logFormat: 'json', metricsToken: 'a'.repeat(16), metricsHost: '127.0.0.1', metricsPort: 9500 });
    expect(() => readConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => readConfig({ LOG_FORMAT: 'colourful' })).toThrow(/LOG_FORMAT/);
    expect(readConfig({ METRICS_TOKEN: '' }).metricsToken).toBeNull();
  });
});

describe('the banner', () => {
  const urls = ['http://localhost:8080', 'http://192.168.1.20:8080', 'http://10.0.0.5:8080'];

  it('shows a QR code of the room\'s first address in a terminal', async () => {
    const text = await bannerText(urls, true);
    for (const url of urls) expect(text).toContain(url);
    expect(text).toContain(await QRCode.toString('http://192.168.1.20:8080', { type: 'terminal', small: true }));
  });

  it('prints only the addresses when not in a terminal', async () => {
    const text = await bannerText(urls, false);
    for (const url of urls) expect(text).toContain(url);
    expect(text).not.toContain('▀');
    expect(text).not.toContain('█');
  });

  it('shows no code when the room cannot reach the server', async () => {
    expect(await bannerText(['http://localhost:8080'], true)).not.toContain('█');
  });
});
