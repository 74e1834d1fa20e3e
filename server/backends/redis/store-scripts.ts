// The Lua scripts behind the Redis store. Each change to a meeting is one script, so Redis runs it
// whole or not at all, and the version check and the write cannot be split by another process.
//
// Keys (all under `balint:`):
//   session:{id}           hash: state (JSON), version, joinCode, ended (0|1), groupId, writeId,
//                          ttlAt (when its tokens' expiry was last pushed back)
//   session:{id}:tokens    hash: token hash → participant id ('' for leader, co-leader, display)
//   token:{hash}           the grant a token opens (JSON); only hashes, never tokens
//   joincode:{code}        the running meeting that holds the code; gone once it ends
//   sessions:updated       sorted set: session id by last change or connection (ms), for the
//                          retention sweep, the idle end and the joins' one-day limit
//   group:{id}             hash: group (JSON), tokenHash
//   group:{id}:meetings    list: the group's meetings, oldest first
//   group:{id}:records     hash: the group's own records (leader list, log rows, report parts),
//                          key → "version|json"; lives and goes with the group
//   grouptoken:{hash}      the group a group token opens
//   groups:updated         sorted set: group id by last use (ms), for the group retention sweep
//   presence:{id}          who is connected (server/backends/redis/presence.ts)
//   attended:{id}          set: the members who had the meeting open (bare ids), until it ends
//
// Every key expires. The sweeps erase first (and have the append-only file rewritten); the
// expiry is the backstop, a day after the sweep would have run: a meeting's keys RETENTION_DAYS
// after its last change or connection, a group's GROUP_RETENTION_DAYS after its last use, the
// shared sorted sets that long after their last write.
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
  groupRecords: (groupId: string) => `${KEY_PREFIX}group:${groupId}:records`,
  groupToken: (hash: string) => `${KEY_PREFIX}grouptoken:${hash}`,
  presence: (sessionId: string) => `${KEY_PREFIX}presence:${sessionId}`,
  attended: (sessionId: string) => `${KEY_PREFIX}attended:${sessionId}`,
  /** Who has answered the check-out: a set apart from the meeting's state (the counts). */
  checkoutMarks: (sessionId: string) => `${KEY_PREFIX}session:${sessionId}:checkout`,
};

/** How often a meeting's token keys have their expiry pushed back: every save would be too often. */
export const TOKEN_TTL_REFRESH_MS = 24 * 60 * 60 * 1000;

const HELPERS = `
local P = '${KEY_PREFIX}'
local function sessionKey(id) return P .. 'session:' .. id end

-- ARGV from position 'from' on holds triples: token hash, grant JSON, participant id or ''.
local function addTokens(id, from, ttl)
  for i = from, #ARGV, 3 do
    redis.call('SET', P .. 'token:' .. ARGV[i], ARGV[i + 1], 'PX', ttl)
    redis.call('HSET', sessionKey(id) .. ':tokens', ARGV[i], ARGV[i + 2])
  end
end

-- The meeting was used at 'now': its keys live 'ttl' ms from here. Its tokens' keys are pushed
-- back at most once a day (a hall has a thousand), which keeps them alive past the sweep still.
local function keepAlive(id, now, ttl)
  local key = sessionKey(id)
  if redis.call('EXISTS', key) == 0 then return 0 end
  redis.call('ZADD', P .. 'sessions:updated', 'GT', now, id)
  redis.call('PEXPIRE', P .. 'sessions:updated', ttl)
  redis.call('PEXPIRE', key, ttl)
  redis.call('PEXPIRE', key .. ':tokens', ttl)
  local code = redis.call('HGET', key, 'joinCode')
  if code and redis.call('GET', P .. 'joincode:' .. code) == id then redis.call('PEXPIRE', P .. 'joincode:' .. code, ttl) end
  local ttlAt = tonumber(redis.call('HGET', key, 'ttlAt') or '0')
  if now - ttlAt >= ${TOKEN_TTL_REFRESH_MS} or now < ttlAt then
    for _, hash in ipairs(redis.call('HKEYS', key .. ':tokens')) do redis.call('PEXPIRE', P .. 'token:' .. hash, ttl) end
    redis.call('HSET', key, 'ttlAt', now)
  end
  return 1
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
  redis.call('DEL', P .. 'presence:' .. id, tokensKey, key .. ':checkout')
  if redis.call('EXISTS', key) == 0 then return 0 end
  local code = redis.call('HGET', key, 'joinCode')
  local groupId = redis.call('HGET', key, 'groupId')
  if code then releaseJoinCode(id, code) end
  if groupId and groupId ~= '' then redis.call('LREM', P .. 'group:' .. groupId .. ':meetings', 0, id) end
  redis.call('DEL', key)
  return 1
end
`;

/** ARGV: id, state, version, joinCode, ended, groupId, now, ttl, then token triples. */
export const CREATE_SESSION = `${HELPERS}
local id = ARGV[1]
local key = sessionKey(id)
local now, ttl = tonumber(ARGV[7]), tonumber(ARGV[8])
-- Ids are random: an existing key is this very create, sent again after a lost reply.
if redis.call('EXISTS', key) == 1 then return 1 end
redis.call('HSET', key, 'state', ARGV[2], 'version', ARGV[3], 'joinCode', ARGV[4], 'ended', ARGV[5], 'groupId', ARGV[6], 'ttlAt', now)
redis.call('PEXPIRE', key, ttl)
if ARGV[5] == '0' then redis.call('SET', P .. 'joincode:' .. ARGV[4], id, 'PX', ttl) end
redis.call('ZADD', P .. 'sessions:updated', now, id)
redis.call('PEXPIRE', P .. 'sessions:updated', ttl)
if ARGV[6] ~= '' then
  local groupKey = P .. 'group:' .. ARGV[6]
  redis.call('RPUSH', groupKey .. ':meetings', id)
  -- The list lives as long as its group.
  local groupTtl = redis.call('PTTL', groupKey)
  if groupTtl > 0 then redis.call('PEXPIRE', groupKey .. ':meetings', groupTtl) else redis.call('PEXPIRE', groupKey .. ':meetings', ttl) end
end
addTokens(id, 9, ttl)
redis.call('PEXPIRE', key .. ':tokens', ttl)
return 1
`;

/**
 * ARGV: id, expectedVersion, newVersion, state, ended, now, writeId, revokeParticipant or '', ttl,
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
local ttl = tonumber(ARGV[9])
redis.call('HSET', key, 'state', ARGV[4], 'version', ARGV[3], 'ended', ARGV[5], 'writeId', ARGV[7])
if ARGV[5] == '1' then
  releaseJoinCode(id, redis.call('HGET', key, 'joinCode'))
  -- The meeting ended: who answered the check-out goes with the names.
  redis.call('DEL', key .. ':checkout')
end
keepAlive(id, tonumber(ARGV[6]), ttl)
addTokens(id, 10, ttl)
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

/** ARGV: id, now, ttl. A connection came or went: the meeting is in use. */
export const TOUCH_SESSION = `${HELPERS}
return keepAlive(ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]))
`;

/** ARGV: before (ms). Returns the running meetings with no change or connection since then. */
export const IDLE_SESSIONS = `${HELPERS}
local idle = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', P .. 'sessions:updated', '-inf', '(' .. ARGV[1])) do
  if redis.call('HGET', sessionKey(id), 'ended') == '0' then table.insert(idle, id) end
end
return idle
`;

/**
 * ARGV: id, role, new token hash, its grant (JSON), ttl. The role's old tokens stop working in the
 * same step the new one starts. Returns 0 when the meeting is gone.
 */
export const REPLACE_ROLE_TOKEN = `${HELPERS}
local id, role = ARGV[1], ARGV[2]
local key = sessionKey(id)
if redis.call('EXISTS', key) == 0 then return 0 end
local tokensKey = key .. ':tokens'
local entries = redis.call('HGETALL', tokensKey)
for i = 1, #entries, 2 do
  if entries[i + 1] == '' then
    local grant = redis.call('GET', P .. 'token:' .. entries[i])
    if grant and cjson.decode(grant).role == role then
      redis.call('DEL', P .. 'token:' .. entries[i])
      redis.call('HDEL', tokensKey, entries[i])
    end
  end
end
redis.call('SET', P .. 'token:' .. ARGV[3], ARGV[4], 'PX', tonumber(ARGV[5]))
redis.call('HSET', tokensKey, ARGV[3], '')
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

const GROUP_HELPERS = `
-- The group was used at 'now': it and its keys live 'ttl' ms from here.
local function keepGroup(groupId, now, ttl)
  local key = P .. 'group:' .. groupId
  if redis.call('EXISTS', key) == 0 then return 0 end
  redis.call('ZADD', P .. 'groups:updated', now, groupId)
  redis.call('PEXPIRE', P .. 'groups:updated', ttl)
  redis.call('PEXPIRE', key, ttl)
  redis.call('PEXPIRE', key .. ':meetings', ttl)
  redis.call('PEXPIRE', key .. ':records', ttl)
  local tokenHash = redis.call('HGET', key, 'tokenHash')
  if tokenHash then redis.call('PEXPIRE', P .. 'grouptoken:' .. tokenHash, ttl) end
  return 1
end

local function eraseGroup(groupId)
  local key = P .. 'group:' .. groupId
  local listKey = key .. ':meetings'
  local meetings = redis.call('LRANGE', listKey, 0, -1)
  for _, id in ipairs(meetings) do eraseSession(id) end
  local tokenHash = redis.call('HGET', key, 'tokenHash')
  if tokenHash then redis.call('DEL', P .. 'grouptoken:' .. tokenHash) end
  redis.call('DEL', key, listKey, key .. ':records')
  redis.call('ZREM', P .. 'groups:updated', groupId)
  return meetings
end
`;

/** ARGV: groupId, group JSON, token hash, now, ttl. */
export const CREATE_GROUP = `${HELPERS}${GROUP_HELPERS}
local key = P .. 'group:' .. ARGV[1]
redis.call('HSET', key, 'group', ARGV[2], 'tokenHash', ARGV[3])
redis.call('SET', P .. 'grouptoken:' .. ARGV[3], ARGV[1])
return keepGroup(ARGV[1], tonumber(ARGV[4]), tonumber(ARGV[5]))
`;

/** ARGV: groupId, group JSON, now, ttl. A group erased meanwhile stays erased. */
export const SAVE_GROUP = `${HELPERS}${GROUP_HELPERS}
local key = P .. 'group:' .. ARGV[1]
if redis.call('EXISTS', key) == 0 then return 0 end
redis.call('HSET', key, 'group', ARGV[2])
return keepGroup(ARGV[1], tonumber(ARGV[3]), tonumber(ARGV[4]))
`;

/** ARGV: groupId, now, ttl. */
export const TOUCH_GROUP = `${HELPERS}${GROUP_HELPERS}
return keepGroup(ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]))
`;

/**
 * ARGV: groupId, now, ttl. A group an older version saved, without a last use: it counts as used
 * now, so that it is swept and expires like any other. A group already counted is left as it is.
 */
export const ADOPT_GROUP = `${HELPERS}${GROUP_HELPERS}
if redis.call('ZSCORE', P .. 'groups:updated', ARGV[1]) then return 0 end
return keepGroup(ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]))
`;

/**
 * ARGV: groupId, record key, JSON, expected version, now, ttl. A record is kept as "version|json"
 * in the group's records hash; saved only over the version its writer read (0: not there yet).
 */
export const PUT_GROUP_RECORD = `${HELPERS}${GROUP_HELPERS}
local key = P .. 'group:' .. ARGV[1]
if redis.call('EXISTS', key) == 0 then return 0 end
local recordsKey = key .. ':records'
local held = redis.call('HGET', recordsKey, ARGV[2])
local version = 0
if held then version = tonumber(string.match(held, '^(%d+)|')) end
if version ~= tonumber(ARGV[4]) then return 0 end
redis.call('HSET', recordsKey, ARGV[2], (version + 1) .. '|' .. ARGV[3])
return keepGroup(ARGV[1], tonumber(ARGV[5]), tonumber(ARGV[6]))
`;

/** ARGV: groupId. Returns the ids of the group's meetings, all erased with it. */
export const ERASE_GROUP = `${HELPERS}${GROUP_HELPERS}
return eraseGroup(ARGV[1])
`;

/** ARGV: before (ms). Erases the groups unused since then; returns how many, then their meetings' ids. */
export const SWEEP_GROUPS = `${HELPERS}${GROUP_HELPERS}
local erased = {0}
for _, groupId in ipairs(redis.call('ZRANGEBYSCORE', P .. 'groups:updated', '-inf', '(' .. ARGV[1])) do
  erased[1] = erased[1] + 1
  for _, id in ipairs(eraseGroup(groupId)) do table.insert(erased, id) end
end
return erased
`;
