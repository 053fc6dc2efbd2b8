/**
 * One server under test, in its own process so that its CPU and memory are its own:
 *   peninsula — the real Peninsula server (startPeninsulaServer, PGlite in a temp dir, botDelayMs 0);
 *   ungated   — the same without the socket gate (what the gate costs: bench/gate.ts);
 *   baseline  — the same from another checkout (argv[3]): the code before a change, measured in the same run;
 *   tictactoe — boardgame.io's Server with the tiny TicTacToe game on the same storage (CachedStorage over SQL): the peer;
 *   echo      — a bare socket.io server that echoes each message to its room (the limit).
 * Talks to bench/run.ts over IPC: {ready, url}, then answers {memory} requests after a GC and
 * {usage} requests with its CPU time (every thread's) and event-loop utilisation so far, and the event loop's
 * longest stalls since the previous request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Server as BgioServer } from 'boardgame.io/server';
import { Server as IoServer } from 'socket.io';
import { startPeninsulaServer, type RunningServer, type ServerOptions } from '../server/app';
import { openDriver } from '../server/storage/driver';
import { migrate } from '../server/storage/migrations';
import { CachedStorage } from '../server/storage/cachedStorage';
import { SqlStorage } from '../server/storage/sqlStorage';
import { TicTacToe } from './ticTacToe';

const kind = process.argv[2];
/** BENCH_DATA_DIR: a folder kept after the run (the restart measurement); otherwise a temporary one. */
const keptDataDir = process.env.BENCH_DATA_DIR;
const dataDir = keptDataDir ?? mkdtempSync(join(tmpdir(), `peninsula-bench-${kind}-`));
const emptyClientDir = mkdtempSync(join(tmpdir(), 'peninsula-bench-client-'));

async function start(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (kind === 'peninsula' || kind === 'ungated') {
    return startPeninsulaServer({
      port: 0,
      dataDir,
      clientDir: emptyClientDir,
      logLevel: 'silent',
      botDelayMs: 0,
      matchCreateLimit: 0,
      ungatedSocketForBench: kind === 'ungated',
    });
  }
  if (kind === 'baseline') {
    const app = (await import(pathToFileURL(join(process.argv[3]!, 'server/app.ts')).href)) as {
      startPeninsulaServer: (o: ServerOptions) => Promise<RunningServer>;
    };
    // No creation limit: the bench opens hundreds of matches from one address (a checkout without the option ignores it).
    return app.startPeninsulaServer({ port: 0, dataDir, clientDir: emptyClientDir, logLevel: 'silent', botDelayMs: 0, matchCreateLimit: 0 });
  }
  if (kind === 'tictactoe') {
    const driver = await openDriver({ dataDir });
    await migrate(driver);
    const storage = new SqlStorage(driver);
    const server = BgioServer({ games: [TicTacToe], db: new CachedStorage(storage) });
    const running = await server.run({ port: 0 });
    const port = (running.appServer.address() as AddressInfo).port;
    return {
      url: `http://127.0.0.1:${port}`,
      stop: async () => {
        // Its sockets closed first (koa-socket-2's socket.io server) so no move starts after the writes settle:
        // a write failing with the database closed rejects inside boardgame.io's master, which exits Node.
        (server.app as unknown as { _io?: { close(): void } })._io?.close();
        running.appServer.close();
        await new Promise((resolve) => setImmediate(resolve));
        await storage.batch.idle();
        await driver.close();
      },
    };
  }
  if (kind === 'echo') {
    const http = createServer();
    const io = new IoServer(http, { transports: ['websocket'] });
    io.of('/echo').on('connection', (socket) => {
      socket.on('join', (room: string) => void socket.join(room));
      socket.on('update', (room: string, payload: unknown) => void io.of('/echo').to(room).emit('update', payload));
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
      stop: async () => {
        io.close();
      },
    };
  }
  throw new Error(`unknown server kind ${kind}`);
}

/** How long the event loop was held at a time (a statement run on it, a big encode): reset at each usage reading. */
const stalls = monitorEventLoopDelay({ resolution: 5 });
stalls.enable();

// bench:profile --tail: each move traced through the server (it wraps prototypes; nothing else changes).
if (process.env.BENCH_TAIL_FILE) await import('./tailTrace');
const server = await start();
process.send?.({ type: 'ready', url: server.url });
process.on('message', async (message: { type: string }) => {
  if (message.type === 'usage') {
    const cpu = process.cpuUsage();
    const elu = performance.eventLoopUtilization();
    const stallP99Ms = stalls.percentile(99) / 1e6;
    const stallMaxMs = stalls.max / 1e6;
    stalls.reset();
    process.send?.({ type: 'usage', cpuMs: (cpu.user + cpu.system) / 1000, idle: elu.idle, active: elu.active, stallP99Ms, stallMaxMs });
  } else if (message.type === 'memory') {
    for (let i = 0; i < 3; i++) globalThis.gc?.();
    const m = process.memoryUsage();
    process.send?.({ type: 'memory', heapUsed: m.heapUsed, rss: m.rss, external: m.external, arrayBuffers: m.arrayBuffers });
  } else if (message.type === 'stop') {
    await server.stop().catch(() => undefined);
    if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
    rmSync(emptyClientDir, { recursive: true, force: true });
    process.exit(0);
  }
});
