// The yardstick: Socket.IO 4.8 on its own, in a process of its own, with the same engine options
// as ours. A "leader" socket's `command` makes it send the member view ours sent last (same
// bytes, next version) to one room of "member" sockets, and acknowledge at once: no auth, no
// validation, no reducer, no disk, no views.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

type Request = { type: 'payload'; view: string };

const httpServer = createServer();
const io = new Server(httpServer, {
  maxHttpBufferSize: 16 * 1024,
  serveClient: false,
  pingInterval: 10_000,
  pingTimeout: 10_000,
});

let payload: Record<string, unknown> = {};
let version = 0;

io.on('connection', (socket) => {
  if (socket.handshake.auth?.role !== 'leader') void socket.join('members');
  socket.on('command', (_command: unknown, ack?: unknown) => {
    version += 1;
    io.to('members').emit('state', { ...payload, version });
    if (typeof ack === 'function') ack({ ok: true, version });
  });
});

process.on('message', (request: Request) => {
  if (request.type === 'payload') {
    payload = JSON.parse(request.view) as Record<string, unknown>;
    process.send?.({ type: 'payload' });
  }
});
process.on('disconnect', () => process.exit(0));

httpServer.listen(0, '127.0.0.1', () => {
  const { port } = httpServer.address() as { port: number };
  process.send?.({ type: 'listening', port });
});
