// How the server logs: JSON lines for a log collector, or short readable lines for a leader who
// started it in a terminal on their own laptop. Either way the same serializers decide what of a
// request or an error may reach a line (server/log-safety.ts): the pretty printer only re-formats
// lines that were already made safe.
import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { prettyFactory } from 'pino-pretty';
import type { Config } from './config';
import { safeError } from './log-safety';

export type LogFormat = 'json' | 'pretty';

/** LOG_FORMAT when set; otherwise readable lines on a terminal, JSON anywhere else. */
export function logFormatFor(setting: LogFormat | null, isTTY: boolean | undefined): LogFormat {
  return setting ?? (isTTY === true ? 'pretty' : 'json');
}

/** A request's lines at debug, so that LOG_LEVEL=debug brings them back; a failed one stays an error. */
export class RequestsAtDebug extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (!this.isLogDisabled(request)) request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    if (error) reply.log.error({ res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

type LoggerConfig = Pick<Config, 'logLevel' | 'logFormat' | 'logStream'>;

/** Fastify's logger options for a format (null is JSON: main.ts settles it from the terminal). */
export function loggerOptions(config: LoggerConfig): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  const readable = config.logFormat === 'pretty';
  const stream = readable ? prettyStream(config.logStream) : config.logStream;
  return {
    logger: {
      level: config.logLevel,
      ...(stream ? { stream } : {}),
      // Only what an operator needs: no bodies, no headers, so no names, notes or tokens; and of
      // an error only its kind, message and stack, never the data it carries (server/log-safety.ts).
      serializers: {
        req: (req) => ({ method: req.method, url: req.url }),
        res: (res) => ({ statusCode: res.statusCode }),
        err: safeError,
        error: safeError,
      },
    },
    // A leader's terminal shows what happens to the server, not a line for every phone's request.
    ...(readable ? { logController: new RequestsAtDebug() } : {}),
  };
}

/**
 * Each line made readable as it is written, in this thread: no worker, nothing buffered to lose
 * when Ctrl-C ends the process, and the same order as the JSON would have had.
 */
function prettyStream(destination: Config['logStream']): { write(line: string): void } {
  const out = destination ?? process.stdout;
  const readable = prettyFactory({
    // Colours only where the lines go to a terminal; a test's stream reads plain text.
    colorize: destination === undefined && process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,reqId',
  });
  return { write: (line) => void out.write(readable(line)) };
}
