// The browser tests run against the built client and server, exactly as `npm start` serves them.
import { buildClient, buildServer } from '../../scripts/build';

export default async function build(): Promise<void> {
  buildClient();
  await buildServer();
}
