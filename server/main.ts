// Reads the environment, starts the app and listens. Everything else lives in buildApp.
import { networkInterfaces } from 'node:os';
import { buildApp } from './app';
import { readConfig } from './config';

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address!.address);
}

const config = readConfig(process.env);
const app = await buildApp(config);
await app.http.listen({ port: config.port, host: config.host });

const port = (app.http.server.address() as { port: number }).port;
const urls = [`http://localhost:${port}`];
if (config.host === '0.0.0.0' || config.host === '::') {
  urls.push(...lanAddresses().map((address) => `http://${address}:${port}`));
}
process.stdout.write(
  `\nBalint Live is running.\n  On this computer: ${urls[0]}\n` +
    urls.slice(1).map((url) => `  On the room's network: ${url}\n`).join('') +
    '\n',
);

let closing = false;
async function shutDown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.http.log.info({ signal }, 'shutting down');
  await app.http.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutDown('SIGTERM'));
process.on('SIGINT', () => void shutDown('SIGINT'));
