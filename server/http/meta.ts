import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGES, languageOfTag, type Language } from '../../shared/language';
import { localizeFormat } from '../../shared/localize';
import type { TemplateSummary } from '../../shared/protocol';
import { FORMATS } from '../../shared/templates';
import type { Format } from '../../shared/phase-plan';
import { VERSION } from '../version';

// 'de', 'DE' and 'de-AT' are German; an unknown, missing or malformed language is English, not an
// error: the room still gets its formats.
const templatesQuery = z.object({
  lang: z.preprocess(languageOfTag, z.enum(LANGUAGES)).catch(DEFAULT_LANGUAGE),
});

function templateSummary(format: Format): TemplateSummary {
  return {
    id: format.id,
    title: format.title,
    phases: format.phases.map((phase) => ({
      id: phase.id,
      title: phase.title,
      durationSec: phase.durationSec,
      prompt: phase.prompt,
      ...(phase.presenterRole ? { presenterRole: phase.presenterRole } : {}),
    })),
  };
}

// The formats are fixed data, so each language's answer is built once.
const templatesByLanguage = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, FORMATS.map((format) => templateSummary(localizeFormat(format, lang)))]),
) as Record<Language, TemplateSummary[]>;

/** Which store holds the meetings: an operator's first question when reading a health check. */
export type StoreKind = 'sqlite' | 'redis';

export const metaRoutes: FastifyPluginAsync<{ store: StoreKind }> = async (app, { store }) => {
  const health = { status: 'ok', version: VERSION, store } as const;
  app.get('/api/health', async () => health);
  app.get('/api/templates', async (request, reply) => {
    const parsed = templatesQuery.safeParse(request.query ?? {});
    const lang = parsed.success ? parsed.data.lang : DEFAULT_LANGUAGE;
    reply.header('content-language', lang);
    return templatesByLanguage[lang];
  });
};
