// The Lua scripts behind presence in Redis (presence.ts). Keys, under `balint:`:
//   presence:{session}         hash: `<process>|leader` and `<process>|m|<participant>` → sockets,
//                              and leaderLeftAt (ms)
//   process:{process}          exists while the process is alive (renewed by its heartbeat)
//   processes                  sorted set: process → its last heartbeat (Redis's clock)
//   process:{process}:meetings the meetings in which the process has sockets
import { KEY_PREFIX } from './store-scripts';

/** A meeting's presence outlives its last socket by a day at most (every key in Redis expires). */
export const PRESENCE_TTL_MS = 24 * 60 * 60 * 1000;
/** The processes' own keys: renewed by every heartbeat, gone an hour after the last process stopped. */
export const PROCESS_KEYS_TTL_MS = 60 * 60 * 1000;

const LIVENESS = `
local P = '${KEY_PREFIX}'
local alive = {}
local function isAlive(field)
  local processId = string.sub(field, 1, string.find(field, '|', 1, true) - 1)
  if alive[processId] == nil then
    alive[processId] = redis.call('EXISTS', P .. 'process:' .. processId) == 1
  end
  return alive[processId]
end
local function isLeaderField(field) return string.sub(field, -7) == '|leader' end

-- Drops dead processes' entries; returns whether a live leader socket remains and the members.
local function liveEntries(key, now)
  local leaderLive, leaderDropped, members = false, false, {}
  local entries = redis.call('HGETALL', key)
  for i = 1, #entries, 2 do
    local field = entries[i]
    if field ~= 'leaderLeftAt' then
      if not isAlive(field) then
        redis.call('HDEL', key, field)
        if isLeaderField(field) then leaderDropped = true end
      elseif isLeaderField(field) then
        leaderLive = true
      else
        local participantId = string.sub(field, string.find(field, '|m|', 1, true) + 3)
        members[participantId] = true
      end
    end
  end
  if leaderDropped and not leaderLive then redis.call('HSET', key, 'leaderLeftAt', now) end
  return leaderLive, members
end
`;

/** ARGV: key, field, count, now. Writes one process's count; notes when the last leader left. */
export const SET_COUNT = `${LIVENESS}
local key, field, count, now = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
if count > 0 then
  redis.call('HSET', key, field, count)
  redis.call('HSETNX', key, 'leaderLeftAt', now)
  redis.call('PEXPIRE', key, ${PRESENCE_TTL_MS})
  return 1
end
if redis.call('HDEL', key, field) == 1 and isLeaderField(field) then
  local leaderLive = liveEntries(key, now)
  if not leaderLive then redis.call('HSET', key, 'leaderLeftAt', now) end
end
return 1
`;

/** ARGV: key, now. Returns leader connected (0|1), leaderLeftAt, then the connected members. */
export const SNAPSHOT = `${LIVENESS}
local key, now = ARGV[1], ARGV[2]
if redis.call('EXISTS', key) == 0 then return {0, now} end
local leaderLive, members = liveEntries(key, now)
-- The leader was never seen: their absence counts from the first time anyone looked.
redis.call('HSETNX', key, 'leaderLeftAt', now)
redis.call('PEXPIRE', key, ${PRESENCE_TTL_MS})
local result = {leaderLive and 1 or 0, redis.call('HGET', key, 'leaderLeftAt')}
for participantId in pairs(members) do table.insert(result, participantId) end
return result
`;

/**
 * ARGV: process, expiry (ms), the broadcast stream's key. Renews the process's liveness, and
 * claims the processes that have been silent past the expiry (each is claimed by one process
 * only). Returns whether the liveness had lapsed (0|1), then the meetings the dead processes had
 * sockets in. Pushes back the expiry of the keys every process shares (the stream included), so
 * that they go an hour after the last process stopped.
 */
export const HEARTBEAT = `
local P = '${KEY_PREFIX}'
local processId, expiry = ARGV[1], tonumber(ARGV[2])
for _, shared in ipairs({P .. 'processes', P .. 'process:' .. processId .. ':meetings', ARGV[3]}) do
  redis.call('PEXPIRE', shared, ${PROCESS_KEYS_TTL_MS})
end
-- Redis's clock, not each process's: a process with a skewed clock must not bury the others.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local lapsed = redis.call('EXISTS', P .. 'process:' .. processId) == 0
redis.call('SET', P .. 'process:' .. processId, '1', 'PX', expiry)
redis.call('ZADD', P .. 'processes', now, processId)
redis.call('PEXPIRE', P .. 'processes', ${PROCESS_KEYS_TTL_MS})
local result = {lapsed and 1 or 0}
for _, dead in ipairs(redis.call('ZRANGEBYSCORE', P .. 'processes', '-inf', '(' .. (now - expiry))) do
  redis.call('ZREM', P .. 'processes', dead)
  local meetingsKey = P .. 'process:' .. dead .. ':meetings'
  for _, sessionId in ipairs(redis.call('SMEMBERS', meetingsKey)) do table.insert(result, sessionId) end
  redis.call('DEL', meetingsKey)
end
return result
`;
