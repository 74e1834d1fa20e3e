// The one socket to the meeting. It keeps the store in step with the server, sends commands with
// their acknowledgement as a promise, and comes back by itself after a restart, a network drop or a
// phone that slept — without reloading the page.
import { io, type Socket } from 'socket.io-client';
import type { Command } from '../shared/commands';
import type { ClientToServerEvents, CommandReply, ServerToClientEvents } from '../shared/protocol';
import { PROTOCOL_VERSION } from '../shared/protocol-version';
import { bestOffset, type ClockSample } from './clock';
import { AFTER_RESTARTING, RECONNECTION } from './reconnection';
import {
  askReload,
  closeMeeting,
  receiveMe,
  receiveView,
  refuseToken,
  reportProblem,
  setClockOffset,
  setConnection,
  useViewStore,
} from './store';
import i18next from 'i18next';
import { registerOptions } from './i18n/informal';
import { refusalWords } from './i18n/refusal';
import { roomRegister } from './i18n/roomWords';

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type CommandResult =
  | CommandReply
  | { ok: false; error: { code: 'offline' | 'timeout'; message: string } };

const COMMAND_TIMEOUT_MS = 8_000;
/** A retry later than this could move the room by surprise: better to tell the person. */
const RETRY_WITHIN_MS = 10_000;
const CLOCK_SAMPLES = 5;
const CLOCK_TIMEOUT_MS = 3_000;
/** A socket that says it is connected but does not answer this fast after a wake-up is dead. */
const WAKE_PROBE_MS = 4_000;

let socket: RoomSocket | null = null;

export function openSocket(token: string): () => void {
  closeSocket();
  const current: RoomSocket = io({
    // The protocol this page was built for: a newer server asks an older page to reload.
    auth: { token, protocol: PROTOCOL_VERSION },
    ...RECONNECTION,
    // A websocket first: the first view arrives two round trips sooner than over long-polling. A
    // hospital proxy that refuses websockets still gets the meeting, over polling.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
  });
  socket = current;
  // Set by the server's `closed` or a refused token: that token is spent and we must stay away.
  let stayAway = false;

  current.on('connect', () => {
    current.io.reconnectionDelay(RECONNECTION.reconnectionDelay);
    current.io.reconnectionDelayMax(RECONNECTION.reconnectionDelayMax);
    setConnection('connected');
    void sampleClock(current);
  });
  current.on('state', receiveView);
  current.on('me', receiveMe);
  current.on('reload', askReload);
  current.on('closed', (reason) => {
    stayAway = true;
    closeMeeting(reason);
    current.disconnect();
  });
  current.on('restarting', () => {
    current.io.reconnectionDelay(AFTER_RESTARTING.reconnectionDelay);
    current.io.reconnectionDelayMax(AFTER_RESTARTING.reconnectionDelayMax);
    setConnection('reconnecting');
  });
  current.on('disconnect', (reason) => {
    if (stayAway) return;
    setConnection('reconnecting');
    // Socket.IO treats a server-side disconnect as final; ours only ever means "back soon"
    // unless `closed` came first, so ask again ourselves.
    if (reason === 'io server disconnect') current.connect();
  });
  current.on('connect_error', (error) => {
    if (error.message === 'unauthorized') {
      stayAway = true;
      refuseToken();
      current.disconnect();
      return;
    }
    if (useViewStore.getState().view) setConnection('reconnecting');
  });

  const resume = () => {
    if (stayAway || document.visibilityState !== 'visible') return;
    if (!current.connected) {
      current.connect();
      return;
    }
    // A phone that slept may hold a socket that only looks alive: probe it, and start over if mute.
    current.timeout(WAKE_PROBE_MS).emit('clock', (error) => {
      if (error && socket === current) {
        current.disconnect().connect();
      } else {
        void sampleClock(current);
      }
    });
  };
  document.addEventListener('visibilitychange', resume);
  window.addEventListener('online', resume);

  return () => {
    document.removeEventListener('visibilitychange', resume);
    window.removeEventListener('online', resume);
    current.removeAllListeners();
    current.disconnect();
    if (socket === current) socket = null;
  };
}

function closeSocket(): void {
  socket?.removeAllListeners();
  socket?.disconnect();
  socket = null;
}

async function sampleClock(current: RoomSocket): Promise<void> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < CLOCK_SAMPLES && current.connected; i += 1) {
    const sentAt = Date.now();
    try {
      const serverNow = await current.timeout(CLOCK_TIMEOUT_MS).emitWithAck('clock');
      samples.push({ sentAt, receivedAt: Date.now(), serverNow });
    } catch {
      break;
    }
  }
  const offset = bestOffset(samples);
  if (offset !== null) setClockOffset(offset);
}

/**
 * Sends a command and resolves with the server's answer. While offline it fails at once instead of
 * queueing: a "next phase" replayed minutes later would move the room by surprise. A refusal is
 * shown to the user unless the caller says it explains the outcome itself (`quiet`).
 */
export async function sendCommand(
  command: Command,
  { quiet = false }: { quiet?: boolean } = {},
): Promise<CommandResult> {
  const current = socket;
  // A phone hears its trouble in the room's register, as it hears everything else.
  const register = roomRegister(useViewStore.getState());
  if (!current?.connected) {
    const result = { ok: false, error: { code: 'offline', message: i18next.t('common.offline', registerOptions(register)) } } as const;
    if (!quiet) reportProblem(result.error.message);
    return result;
  }
  // The id lets the server recognise the one retry below as a repeat: an answer lost on the way
  // back must not turn one tap into two flags.
  const payload = { ...command, commandId: newCommandId() };
  let result: CommandResult;
  try {
    result = await current.timeout(COMMAND_TIMEOUT_MS).emitWithAck('command', payload);
  } catch {
    result = { ok: false, error: { code: 'timeout', message: i18next.t('common.noAnswer', registerOptions(register)) } };
    // No answer while "connected" means the line is dead (a network that vanished without a word):
    // start over now instead of waiting for the heartbeat to notice, and show the indicator meanwhile.
    if (socket === current && current.connected) current.disconnect().connect();
    if (await reconnected(current)) {
      try {
        result = await current.timeout(COMMAND_TIMEOUT_MS).emitWithAck('command', payload);
      } catch {
        // Still no answer: say so, and let the person look before trying again.
      }
    }
  }
  if (result.ok) reportProblem(null);
  else if (!quiet) reportProblem(refusalWords(result.error, register));
  return result;
}

/** Random, and available on plain http too (crypto.randomUUID is not, outside secure contexts). */
function newCommandId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Resolves true once the socket is connected again, false if that takes too long to be useful. */
function reconnected(current: RoomSocket): Promise<boolean> {
  if (current.connected) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      current.off('connect', onConnect);
      resolve(ok);
    };
    const onConnect = () => done(true);
    const timer = setTimeout(() => done(false), RETRY_WITHIN_MS);
    current.on('connect', onConnect);
  });
}
