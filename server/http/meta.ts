import type { FastifyInstance } from 'fastify';
import type { TemplateSummary } from '../../shared/protocol';
import { FORMATS } from '../../shared/templates';

// Languages arrive with the translations; until then every language gets English.
const templates: TemplateSummary[] = FORMATS.map((format) => ({
  id: format.id,
  title: format.title,
  phases: format.phases.map((phase) => ({
    id: phase.id,
    title: phase.title,
    durationSec: phase.durationSec,
    prompt: phase.prompt,
    ...(phase.presenterRole ? { presenterRole: phase.presenterRole } : {}),
  })),
}));

export function metaRoutes(app: FastifyInstance): void {
  app.get('/api/health', async () => ({ status: 'ok' }));
  app.get('/api/templates', async () => templates);
}
