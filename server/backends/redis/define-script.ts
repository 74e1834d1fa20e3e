// The one way a Lua script is handed to Redis: loaded once and called by its SHA; ioredis sends
// it again if Redis forgot it. The scripts compute their keys, so none are passed as KEYS.
import type { Redis } from 'ioredis';

export type Script = (...args: (string | number)[]) => Promise<unknown>;

export function defineScript(client: Redis, name: string, lua: string): Script {
  client.defineCommand(name, { numberOfKeys: 0, lua });
  const commands = client as unknown as Record<string, Script>;
  return (...args) => commands[name]!(...args);
}
