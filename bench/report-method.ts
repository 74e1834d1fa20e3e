// The "How it is measured" section of docs/performance.md, written anew by bench/report.ts each run.
import { ACK_P95_TARGET_MS } from './capacity';

export const METHOD = `## How it is measured

\`npm run bench\` (bench/run.ts) starts the real server (\`node dist/server/main.js\`, the bundle \`npm start\` builds and runs)
as a child process on 127.0.0.1 with a temporary \`DATA_DIR\`, \`LOG_LEVEL=warn\` and a high
\`JOIN_RATE_PER_MINUTE\`. A preloaded probe (bench/server-probe.ts) answers the bench over IPC with
\`process.memoryUsage()\`, the event-loop delay, and starts and stops V8's profiler; it changes nothing in
the server. The clients are socket.io-client 4.8 sockets over websocket only, in separate worker
processes (\`child_process.fork\`), about 250–500 sockets each, so the clients never share the server's
event loop. All processes run on the same machine and stamp times with
\`performance.timeOrigin + performance.now()\`, one wall clock.

- **Fan-out.** One meeting that fills up as a hall does: each member joins with \`POST /api/join\` and
  connects at once (8 joins in flight per worker process), so every join reaches everyone already in;
  the fill time and join → first view are reported. Then the leader's socket sends \`phase.goto\` round
  the plan. Latency of one change = max over all member sockets of (time the
  \`state\` of that version arrived − time the leader sent the command). The bare server
  (bench/bare-server.ts) is Socket.IO 4.8 alone in its own process, with the same engine options; a
  "leader" socket's message makes it emit the very member views ours sent (same bytes, next version) to
  one room holding the same number of sockets in the same number of worker processes; ours and bare take
  turns change by change. Both include the clients' own work (2 cores are shared by the server and
  every worker), which is the same for both, so the latency ratio understates the server's difference;
  the server CPU per change does not.
- **Capacity.** M meetings of 12 sockets (leader, co-leader, display, 9 members), each doing something
  every 1–3 s: phase changes, timer pause/resume, flags raised with and without notes, flags
  acknowledged/resolved/dismissed, redirects shown and cleared, pause signals (at most one per member per
  minute), case volunteers, presenter changes, a member leaving and a newcomer joining (\`POST /api/join\`
  + connect, timed until the newcomer holds the view). Command latency = time to the acknowledgement,
  which ours sends once the change is durable. Sockets also take the phone client's 5 clock samples
  on connecting. M grows in steps; a step fails on ack p95 ≥ ${ACK_P95_TARGET_MS} ms or any failed command,
  join or set-up, and the run stops there; it also stops when the section's 4 minutes are up, and a
  step whose meetings cannot be set up within that time is reported as not reached (on this 2-core
  machine the clients' set-up work competes with the server). RSS from
  /proc/PID/status; the clients' CPU is reported beside the server's, because on this machine they
  compete for the same two cores.
- **Resume.** A meeting of 500 members connected with the phone client's reconnection settings
  (client/reconnection.ts: delay 500 ms, max 3 s, randomization 0.5; 250 ms–1 s once the server said
  \`restarting\`; reconnect again after a server-side disconnect); SIGTERM; the same command again on
  the same port and data folder; until every socket holds a \`state\` of the room's version on its new
  connection. Run twice: with the phone's settings, and with eager settings (100–500 ms) to separate
  the server's share from the clients' back-off. The resume clients keep to the last core, so that
  their retries never take CPU from the server while it starts.
- **Profiles** (\`npm run bench -- --profile\`): V8's sampling profiler (0.5 ms) in the server process
  during the fan-out changes at each size and during every capacity window; \`npx tsx bench/profile-top.ts
  bench/profiles/*.cpuprofile\` prints the tables below. tsx minifies whitespace, so the probe maps
  positions back to the .ts lines through tsx's source maps.
- Options: \`--quick\` (small sizes), \`--only fanout,capacity,resume,phone\`, \`--sizes 300,1000\`,
  \`--steps 100,250\`, \`--at <commit>\` (run
  the server from a clean export of a commit: the working tree may hold someone's half-done change),
  \`--server-root <dir>\` (an experimental tree), \`--pin-clients\` (clients on the last core only),
  \`--no-write\`.
`;
