// The writer thread when the server runs from its TypeScript sources (tests, `npm run dev`):
// tsx compiles writer.ts on the way in. The built server starts sqlite-writer.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./writer.ts');
