// The version the server runs, from package.json: bundled in at build time, so the built server
// says the version it was built from, whatever package.json says later.
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
