// Reads the environment, starts the app and listens. Everything else lives in buildApp.
import { networkInterfaces } from 'node:os';
import { buildApp } from './app';
import { bannerText } from './banner';
import { readConfig } from './config';
import { logFormatFor } from './logging';

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address!.address);
}

const settings = readConfig(process.env);
const terminal = process.stdout.isTTY === true;
const config = { ...settings, logFormat: logFormatFor(settings.logFormat, terminal) };
const app = await buildApp(config);
await app.http.listen({ port: config.port, host: config.host });
// Only METRICS_HOST opens this listener: a private address that the room's network cannot reach.
if (app.metricsHttp && config.metricsHost !== null) {
  const address = await app.metricsHttp.listen({ port: config.metricsPort, host: config.metricsHost });
  app.http.log.info(`metrics served at ${address}/metrics`);
}

const port = (app.http.server.address() as { port: number }).port;
const urls = [`http://localhost:${port}`];
if (config.host === '0.0.0.0' || config.host === '::') {
  urls.push(...lanAddresses().map((address) => `http://${address}:${port}`));
}
process.stdout.write(await bannerText(urls, terminal));

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
