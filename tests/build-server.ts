// Tests that run the server as its own process run what `npm start` runs: the built bundle.
import { buildServer } from '../scripts/build';

export default async function buildServerOnce(): Promise<void> {
  await buildServer();
}
