// The Lua scripts behind the Redis store. Each change to a meeting is one script, so Redis runs it
// whole or not at all, and the version check and the write cannot be split by another process.
//
// Keys (all under `balint:`):
//   session:{id}           hash: state (JSON), version, joinCode, ended (0|1), groupId, writeId
//   session:{id}:tokens    hash: token hash → participant id ('' for leader, co-leader, display)
//   token:{hash}           the grant a token opens (JSON); only hashes, never tokens
//   joincode:{code}        the running meeting that holds the code; gone once it ends
//   sessions:updated       sorted set: session id by last change (ms), for the retention sweep
//   group:{id}             hash: group (JSON), tokenHash
//   group:{id}:meetings    list: the group's meetings, oldest first
//   grouptoken:{hash}      the group a group token opens
//   presence:{id}          who is connected (server/presence-redis.ts)
//
// The scripts name keys they compute, so they need a single Redis (with replicas if wanted),
// not Redis Cluster.

export const KEY_PREFIX = 'balint:';

export const keys = {
  session: (sessionId: string) => `${KEY_PREFIX}session:${sessionId}`,
  token: (hash: string) => `${KEY_PREFIX}token:${hash}`,
  joinCode: (code: string) => `${KEY_PREFIX}joincode:${code}`,
  updated: `${KEY_PREFIX}sessions:updated`,
  group: (groupId: string) => `${KEY_PREFIX}group:${groupId}`,
  groupMeetings: (groupId: string) => `${KEY_PREFIX}group:${groupId}:meetings`,
  groupToken: (hash: string) => `${KEY_PREFIX}grouptoken:${hash}`,
  presence: (sessionId: string) => `${KEY_PREFIX}presence:${sessionId}`,
};

const HELPERS = `
local P = '${KEY_PREFIX}'
local function sessionKey(id) return P .. 'session:' .. id end

-- ARGV from position 'from' on holds triples: token hash, grant JSON, participant id or ''.
local function addTokens(id, from)
  for i = from, #ARGV, 3 do
    redis.call('SET', P .. 'token:' .. ARGV[i], ARGV[i + 1])
    redis.call('HSET', sessionKey(id) .. ':tokens', ARGV[i], ARGV[i + 2])
  end
end

local function releaseJoinCode(id, code)
  local codeKey = P .. 'joincode:' .. code
  if redis.call('GET', codeKey) == id then redis.call('DEL', codeKey) end
end

local function eraseSession(id)
  local key = sessionKey(id)
  local tokensKey = key .. ':tokens'
  for _, hash in ipairs(redis.call('HKEYS', tokensKey)) do redis.call('DEL', P .. 'token:' .. hash) end
  redis.call('ZREM', P .. 'sessions:updated', id)
  redis.call('DEL', P .. 'presence:' .. id, tokensKey)
  if redis.call('EXISTS', key) == 0 then return 0 end
  local code = redis.call('HGET', key, 'joinCode')
  local groupId = redis.call('HGET', key, 'groupId')
  if code then releaseJoinCode(id, code) end
  if groupId and groupId ~= '' then redis.call('LREM', P .. 'group:' .. groupId .. ':meetings', 0, id) end
  redis.call('DEL', key)
  return 1
end
`;

/** ARGV: id, state, version, joinCode, ended, groupId, now, then token triples. */
export const CREATE_SESSION = `${HELPERS}
local id = ARGV[1]
local key = sessionKey(id)
-- Ids are random: an existing key is this very create, sent again after a lost reply.
if redis.call('EXISTS', key) == 1 then return 1 end
redis.call('HSET', key, 'state', ARGV[2], 'version', ARGV[3], 'joinCode', ARGV[4], 'ended', ARGV[5], 'groupId', ARGV[6])
if ARGV[5] == '0' then redis.call('SET', P .. 'joincode:' .. ARGV[4], id) end
redis.call('ZADD', P .. 'sessions:updated', ARGV[7], id)
if ARGV[6] ~= '' then redis.call('RPUSH', P .. 'group:' .. ARGV[6] .. ':meetings', id) end
addTokens(id, 8)
return 1
`;

/**
 * ARGV: id, expectedVersion, newVersion, state, ended, now, writeId, revokeParticipant or '',
 * then token triples. Returns 1 when saved, 0 when another process saved first.
 */
export const SAVE_SESSION = `${HELPERS}
local id = ARGV[1]
local key = sessionKey(id)
local current = redis.call('HGET', key, 'version')
if not current then return 0 end
if current ~= ARGV[2] then
  -- The client resends a script whose reply was lost in a reconnect: it is already saved.
  if current == ARGV[3] and redis.call('HGET', key, 'writeId') == ARGV[7] then return 1 end
  return 0
end
redis.call('HSET', key, 'state', ARGV[4], 'version', ARGV[3], 'ended', ARGV[5], 'writeId', ARGV[7])
redis.call('ZADD', P .. 'sessions:updated', ARGV[6], id)
if ARGV[5] == '1' then releaseJoinCode(id, redis.call('HGET', key, 'joinCode')) end
addTokens(id, 9)
if ARGV[8] ~= '' then
  local tokensKey = key .. ':tokens'
  local entries = redis.call('HGETALL', tokensKey)
  for i = 1, #entries, 2 do
    if entries[i + 1] == ARGV[8] then
      redis.call('DEL', P .. 'token:' .. entries[i])
      redis.call('HDEL', tokensKey, entries[i])
    end
  end
end
return 1
`;

/** ARGV: id. Returns 1 when there was a meeting to erase. */
export const ERASE_SESSION = `${HELPERS}
return eraseSession(ARGV[1])
`;

/** ARGV: before (ms). Returns the ids of the meetings erased. */
export const SWEEP_SESSIONS = `${HELPERS}
local erased = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', P .. 'sessions:updated', '-inf', '(' .. ARGV[1])) do
  if eraseSession(id) == 1 then table.insert(erased, id) end
end
return erased
`;

/** ARGV: groupId, group JSON. A group erased meanwhile stays erased. */
export const SAVE_GROUP = `${HELPERS}
local key = P .. 'group:' .. ARGV[1]
if redis.call('EXISTS', key) == 0 then return 0 end
redis.call('HSET', key, 'group', ARGV[2])
return 1
`;

/** ARGV: groupId. Returns the ids of the group's meetings, all erased with it. */
export const ERASE_GROUP = `${HELPERS}
local key = P .. 'group:' .. ARGV[1]
local listKey = key .. ':meetings'
local meetings = redis.call('LRANGE', listKey, 0, -1)
for _, id in ipairs(meetings) do eraseSession(id) end
local tokenHash = redis.call('HGET', key, 'tokenHash')
if tokenHash then redis.call('DEL', P .. 'grouptoken:' .. tokenHash) end
redis.call('DEL', key, listKey)
return meetings
`;
