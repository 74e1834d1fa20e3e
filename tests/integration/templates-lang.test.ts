// GET /api/templates?lang=…: the formats in the room's language, with the same ids and times.
import { describe, expect, it } from 'vitest';
import { serverForFile } from './harness';

const server = serverForFile();

interface Template {
  id: string;
  title: string;
  phases: { id: string; title: string; durationSec: number; prompt: string; presenterRole?: string }[];
}

async function templates(query = ''): Promise<{ status: number; language: string | null; body: Template[] }> {
  const response = await fetch(`${server.url}/api/templates${query}`);
  return { status: response.status, language: response.headers.get('content-language'), body: await response.json() };
}

const phaseOf = (body: Template[], formatId: string, phaseId: string) =>
  body.find((format) => format.id === formatId)!.phases.find((phase) => phase.id === phaseId)!;

/** Everything but the words. */
const skeleton = (body: Template[]) =>
  body.map((format) => ({
    id: format.id,
    phases: format.phases.map(({ id, durationSec, presenterRole }) => ({ id, durationSec, presenterRole })),
  }));

describe('templates in the room’s language', () => {
  it('answers ?lang=de in German', async () => {
    const english = await templates();
    const german = await templates('?lang=de');
    expect(german.status).toBe(200);
    expect(german.language).toBe('de');
    const presentation = phaseOf(german.body, 'standard', 'presentation');
    expect(presentation.title).not.toBe(phaseOf(english.body, 'standard', 'presentation').title);
    expect(presentation.title).toBe('Fallvorstellung');
    expect(phaseOf(german.body, 'standard', 'clarifying-questions').prompt).not.toBe(
      phaseOf(english.body, 'standard', 'clarifying-questions').prompt,
    );
  });

  it('answers French and Spanish too', async () => {
    expect(phaseOf((await templates('?lang=fr')).body, 'standard', 'presentation').title).toBe('Récit du cas');
    expect(phaseOf((await templates('?lang=es')).body, 'standard', 'presentation').title).toBe('Presentación del caso');
  });

  it('keeps ids, durations and presenter roles identical across languages', async () => {
    const english = skeleton((await templates('?lang=en')).body);
    expect(english.map((format) => format.id)).toContain('standard');
    for (const lang of ['de', 'fr', 'es']) {
      expect(skeleton((await templates(`?lang=${lang}`)).body)).toEqual(english);
    }
  });

  it('falls back to English for an unknown, malformed or missing language', async () => {
    const english = await templates();
    expect(english.status).toBe(200);
    expect(english.language).toBe('en');
    expect(phaseOf(english.body, 'standard', 'presentation').title).toBe('Case presentation');
    for (const query of ['?lang=xx', '?lang=', '?lang=de&lang=fr', `?lang=${'x'.repeat(500)}`]) {
      const answer = await templates(query);
      expect(answer.status, query).toBe(200);
      expect(answer.body, query).toEqual(english.body);
    }
  });

  it('reads a regional tag as its language', async () => {
    const german = await templates('?lang=de');
    expect((await templates('?lang=de-AT')).body).toEqual(german.body);
  });
});
