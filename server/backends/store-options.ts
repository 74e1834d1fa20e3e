// How long what a store holds may live, read from the configuration: the same for both backends.
import type { Config } from '../config';
import type { StoreOptions } from './meeting-store';

const DAY_MS = 24 * 60 * 60 * 1000;

export function storeOptions(config: Config): StoreOptions {
  return {
    now: config.now,
    retentionMs: config.retentionDays * DAY_MS,
    groupRetentionMs: config.groupRetentionDays * DAY_MS,
  };
}
