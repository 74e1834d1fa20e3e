// The single-process backends: meetings in SQLite, presence and rate limits in memory, and
// Socket.IO's own in-memory adapter.
import type { Config } from '../../config';
import { memoryLimiters } from '../../limits';
import { PresenceBook } from '../../presence';
import type { Backends } from '../contract';
import { storeOptions } from '../store-options';
import { openSqliteStore } from './store';

export async function openSqliteBackends(config: Config): Promise<Backends> {
  const store = await openSqliteStore(config.dataDir, storeOptions(config));
  return {
    store,
    presence: new PresenceBook(config.takeoverAfterSec * 1000),
    limiters: memoryLimiters,
    limitsRedis: null,
    close: () => store.close(),
  };
}
