// The room language over real sockets: started with the meeting, set by the leader, carried to the
// display (and every other view), and a junk language refused at the edge without a change.
import { describe, expect, it } from 'vitest';
import { createMeeting, joinMeeting, postJson, serverForFile } from './harness';

const served = serverForFile({ joinRatePerMinute: 1000 });
const client = served.client;

describe('the room language', () => {
  it('starts as the language the meeting was created with, else English', async () => {
    const plain = await createMeeting(served.url, { title: 'Plain' });
    expect((await client(plain.displayToken)).latest().language).toBe('en');
    const german = await createMeeting(served.url, { title: 'Dienstagsgruppe', language: 'de' });
    expect((await client(german.displayToken)).latest().language).toBe('de');
  });

  it('refuses a meeting asked for in an unknown language', async () => {
    const { status, body } = await postJson(`${served.url}/api/sessions`, { title: 'Klingon', language: 'tlh' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid');
  });

  it('reaches the display when the leader sets it, and a junk language changes nothing', async () => {
    const meeting = await createMeeting(served.url, { title: 'Room language' });
    const anna = await joinMeeting(served.url, meeting.joinCode, 'Anna');
    const leader = await client(meeting.leaderToken);
    const display = await client(meeting.displayToken);
    const member = await client(anna.token);

    const set = await leader.send({ type: 'language.set', language: 'fr' });
    expect(set).toMatchObject({ ok: true });
    const version = set.ok ? set.version : -1;
    expect((await display.waitForView((view) => view.version === version)).language).toBe('fr');
    expect((await member.waitForView((view) => view.version === version)).language).toBe('fr');

    for (const junk of ['xx', 'FR', '', 7, null, { language: 'de' }]) {
      expect(await leader.send({ type: 'language.set', language: junk })).toMatchObject({
        ok: false,
        error: { code: 'invalid' },
      });
    }
    expect(await leader.send({ type: 'language.set' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await member.send({ type: 'language.set', language: 'de' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await display.send({ type: 'language.set', language: 'de' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    // Nothing above changed the meeting: the next accepted change is one version on, still French.
    const next = await leader.send({ type: 'language.set', language: 'es' });
    expect(next).toMatchObject({ ok: true, version: version + 1 });
    expect((await display.waitForView((view) => view.version === version + 1)).language).toBe('es');
  });
});
