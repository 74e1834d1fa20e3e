// The start and the end of every browser test file: the real server serving the built client, and
// one Chromium; afterwards, the file's own browser contexts, Chromium, the server and its data folder
// go. One place, so that no file forgets to erase what a meeting left on disk.
import type { Browser, BrowserContext } from 'playwright-core';
import type { TestContext } from 'vitest';
import { MISSING_KEY_WARNING } from '../../client/i18n/load';
import type { Config } from '../../server/config';
import { removeDir, startServer, type Running } from '../integration/harness';
import { launchChromium } from './browser';
import { CLIENT_DIR, keepEvidence, type Person } from './room';

export interface Stage {
  server: Running;
  browser: Browser;
}

/** The server (serving the client as `npm start` does), then Chromium. */
export async function openStage(overrides: Partial<Config> = {}): Promise<Stage> {
  const server = await startServer({ clientDir: CLIENT_DIR, ...overrides });
  try {
    return { server, browser: await launchChromium() };
  } catch (error) {
    await closeStage({ server });
    throw error;
  }
}

/** Closes what `openStage` opened (whatever part of it did open), the file's contexts first. */
export async function closeStage(stage: Partial<Stage>, contexts: BrowserContext[] = []): Promise<void> {
  for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
  await stage.browser?.close();
  await stage.server?.stop();
  if (stage.server) removeDir(stage.server.dataDir);
}

/** An afterEach hook: when a step fails, every screen of `people()` as it was, to see which fell behind. */
export function evidenceOnFailure(people: () => readonly (Person | undefined)[]) {
  return async ({ task }: TestContext): Promise<void> => {
    if (task.result?.state === 'fail') await keepEvidence(people(), task.name);
  };
}

/** Every page of the device: a word a screen asked for and no language had goes into `missing`. */
export function noteMissingWords(context: BrowserContext, label: string, missing: string[]): void {
  context.on('console', (message) => {
    if (message.text().includes(MISSING_KEY_WARNING)) missing.push(`${label}: ${message.text()}`);
  });
}
