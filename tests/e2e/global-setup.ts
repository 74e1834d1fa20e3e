// The browser tests run against the built client, exactly as `npm start` serves it.
import { execSync } from 'node:child_process';

export default function buildClient(): void {
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
