// The browser tests run against the built client, exactly as `npm start` serves it.
import { execSync } from 'node:child_process';

export default function buildClient(): void {
  // Vitest sets NODE_ENV=test, and Vite would pass it on to React, which then ships its development
  // build (twice the bytes, other warnings): the tests would not be testing what users get.
  execSync('npx vite build --logLevel warn', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
