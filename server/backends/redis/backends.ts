// The Redis backends: meetings, presence, broadcasts and rate limits shared by any number of
// processes. Imported only when REDIS_URL is set.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import { redisLimiters } from '../../limits';
import type { Backends } from '../contract';
import { storeOptions } from '../store-options';
import { connectRedis, durabilityWarnings, reportOutages } from './connection';
import { createHistoryEraser } from './history';
import { RedisPresence } from './presence';
import { adoptOlderGroups, openRedisStore } from './store';

const BROADCAST_STREAM = 'balint:socket.io';
/**
 * The stream only carries broadcasts to the other processes, which read it within milliseconds
 * (connection state recovery is not used: a client that reconnects is sent the full view).
 */
const BROADCAST_STREAM_MAX_LEN = 2_000;

export async function openRedisBackends(url: string, config: Config, log: FastifyBaseLogger): Promise<Backends> {
  const client = await connectRedis(url, 'state');
  const limits = await connectRedis(url, 'limits').catch(async (error: unknown) => {
    client.disconnect();
    throw error;
  });
  for (const warning of await durabilityWarnings(client)) log.warn(warning);
  reportOutages(client, log);

  const history = createHistoryEraser(client, BROADCAST_STREAM, log);
  await adoptOlderGroups(client, storeOptions(config));
  const presence = await RedisPresence.start(client, config.takeoverAfterSec * 1000, log, BROADCAST_STREAM);
  return {
    store: openRedisStore(client, { ...storeOptions(config), afterErase: history.eraseSoon }),
    presence,
    limiters: redisLimiters(limits),
    limitsRedis: limits,
    adapter: createAdapter(client, {
      streamName: BROADCAST_STREAM,
      channelPrefix: BROADCAST_STREAM,
      maxLen: BROADCAST_STREAM_MAX_LEN,
      // Views are JSON: no need to look for binary data in every packet.
      onlyPlaintext: true,
    }),
    async close() {
      await presence.close();
      await history.flush();
      // QUIT waits for the replies to everything sent before it.
      await Promise.allSettled([client.quit(), limits.quit()]);
    },
  };
}
