import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Context, Next } from 'koa';
import { Server, SocketIO } from 'boardgame.io/server';
import { Peninsula } from '../shared/game';
import { wireView } from '../shared/playerView';
import type { PeninsulaState } from '../shared/state';
import type { Game, State } from 'boardgame.io';
import { BotRunner } from './botRunner';
import { BotSeats } from './botSeats';
import { installFreeSeat } from './http/freeSeat';
import { installMatchStart } from './http/matchStart';
import { hostAwayFromEnv } from './http/waitingPresence';
import { probes } from './http/probes';
import { errorMapper } from './http/refusals';
import { routeTable } from './http/routeTable';
import { edgeRoutes } from './http/routes';
import { securityHeaders } from './http/securityHeaders';
import { ClassroomAccess } from './press/classroomAccess';
import { MatchReplays } from './replay/matchReplays';
import { staticClient } from './http/staticClient';
import { createLogger } from './logger';
import { installClassroom } from './classroom';
import { MeasuredMatchStore } from './metrics/measuredStore';
import { serverGauges } from './metrics/serverGauges';
import { MatchLocks } from './matchLocks';
import { releaseMatches } from './matchRelease';
import { MatchRestore } from './matchRestore';
import { PressRoom } from './press';
import { openDriver } from './storage/driver';
import { migrate } from './storage/migrations';
import { createLimitFromEnv } from './http/createLimit';
import { inputGuard } from './http/inputGuard';
import { GatedSocketIO } from './socket/gatedSocketIO';
import { parseOrigins, socketOptions } from './socket/origins';
import { seatCredentialsMatch, syncRefusalOf } from './socket/seatCredentials';
import { SqlStorage } from './storage/sqlStorage';
import { guardShards } from './shard/ownerGuard';
import { shardOwnership } from './shard/ownership';

/** The ruleset as the server runs it: each update trimmed to what the seat needs (wireView: recent headlines only). */
const servedGame: Game<PeninsulaState> = { ...Peninsula, playerView: ({ G, ctx, playerID }) => wireView(G, playerID, ctx.gameover !== undefined) };

export interface ServerOptions {
  port: number;
  /** The address to listen on (HOST): unset listens on every interface; 127.0.0.1 keeps the server to this machine. */
  host?: string | undefined;
  /** PUBLIC_URL: the address people use (a domain, a proxy); the classroom's join address and QR code show it. */
  publicUrl?: string | undefined;
  dataDir: string;
  databaseUrl?: string | undefined;
  clientDir: string;
  logLevel?: string;
  /** Pause before a bot moves, so people can follow; 0 in tests. */
  botDelayMs?: number;
  /** Origins besides the server's own whose pages may use the socket and the Lobby API (ORIGINS). */
  origins?: readonly string[];
  /** Lobby matches an address may create a minute (MATCH_CREATE_LIMIT); 0: no limit. */
  matchCreateLimit?: number;
  /** How long an online match's host may be away before anyone seated may start it (HOST_AWAY_MS); default 60 s. */
  hostAwayMs?: number;
  /** Benchmark only (bench/gate.ts measures what the socket gate costs): boardgame.io's transport as it comes. Never in a server people use. */
  ungatedSocketForBench?: boolean;
  /** Whether this process may serve (it holds the writer lock: server/writer); /readyz answers it. Default: always. */
  ready?: () => boolean;
  /** When set, /metrics asks for it as a bearer token. */
  metricsToken?: string | undefined;
}

export interface RunningServer {
  url: string;
  /** Where students join a class (PUBLIC_URL, the LAN address, or localhost when nothing else can reach it). */
  joinBase: { base: string; reachable: boolean };
  /** Partitioned: a shard was taken (its lock is held): its matches' bots, timers and holds come back here; resolves with how many. */
  adopt(shard: number): Promise<{ matches: number; listedMs: number; askedFor: number }>;
  /** Partitioned: a shard handed back (its ownership already gone): resolves once nothing of its matches is left to write here. */
  release(shard: number): Promise<void>;
  stop(): Promise<void>;
}

/** How long an idle HTTP keep-alive connection stays open (above the 60 s idle timeout of common proxies). */
const KEEP_ALIVE_MS = 65_000;

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The whole server: boardgame.io's Server and Lobby, our storage, bots, guards and routes, the built client. */
export async function startPeninsulaServer(options: ServerOptions): Promise<RunningServer> {
  const log = createLogger(options.logLevel);
  const driver = await openDriver({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const migrated = await migrate(driver);
  if (migrated.length > 0) log.info({ migrated }, 'database migrated');
  const store = new MeasuredMatchStore(new SqlStorage(driver), log);
  const seats = new BotSeats(driver);
  const bots = new BotRunner(seats, log, options.botDelayMs ?? 400);
  const locks = new MatchLocks();
  // First: with ackAfterStore, the stored state's broadcast goes out before the bots look at it.
  store.onStateChange((matchID, state) => gated.stored(matchID, state._stateID));
  store.onStateChange((matchID, state) => bots.onState(matchID, state));
  bots.storedState = async (matchID) => (await store.fetch(matchID, { state: true })).state as State<PeninsulaState> | undefined;

  const origins = [...(options.origins ?? parseOrigins(process.env.ORIGINS))];
  const gated = new GatedSocketIO(Peninsula, {
    log,
    syncRefusal: async (matchID, playerID, credentials) => syncRefusalOf((await store.fetch(matchID, { metadata: true })).metadata, playerID, credentials),
    socketOpts: socketOptions(origins),
    // A move is shown once stored, on every database: what a seat was shown survives a crash (on Postgres another
    // process may take the match over), and what a player asks next (the Lobby, /headlines, a replay) finds it.
    ackAfterStore: true,
    latestStateID: async (matchID) => (await store.fetch(matchID, { state: true })).state?._stateID,
  });
  store.onMetadataChange((matchID, metadata) => gated.revokeStaleSeats(matchID, metadata));
  // A write refused, the database ahead (a killed process's last move, stored after this one read the match): show it.
  store.onStoredAhead((matchID) => {
    // Worth a warning: it means another process wrote this match lately (the partition bench counts these after its kill).
    log.warn({ matchID }, 'a move was refused: the database holds a newer state of the match');
    gated.catchUpMatch(matchID);
    void bots.recheck(matchID);
  });
  const transport = options.ungatedSocketForBench ? new SocketIO() : gated;
  // Partitioned: a Lobby match is made in a shard this process owns (its id says which: shared/shard.ts).
  const uuid = shardOwnership.partitioned ? { uuid: () => shardOwnership.newId(randomBytes(15).toString('base64url')) } : {};
  const server = Server({ games: [servedGame], db: store, transport, origins, authenticateCredentials: seatCredentialsMatch, ...uuid });
  const { app } = server;

  app.use(securityHeaders);
  const ready = options.ready ?? (() => true);
  app.use(probes({ ready: () => ready() && driver.usable(), storage: driver.name, metricsToken: options.metricsToken }));
  app.use(async (ctx: Context, next: Next) => {
    const started = Date.now();
    await next();
    if (!ctx.path.startsWith('/socket.io')) log.info({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started }, 'request');
  });
  app.use(errorMapper);
  app.use(inputGuard);
  const classroom = installClassroom({
    gate: options.ungatedSocketForBench ? null : gated,
    driver,
    store,
    seats,
    bots,
    locks,
    log,
    publicUrl: options.publicUrl,
    host: options.host,
    inMoveQueue,
  });
  const hostAwayMs = options.hostAwayMs ?? hostAwayFromEnv();
  const matchStart = installMatchStart({ store, seats, locks, timers: classroom.timers, attachBots, hostAwayMs });
  const pressAllowed = (matchID: string) => classroom.classroom.view.pressAllowed(matchID);
  const press = new PressRoom({ driver, store, seats, log, botDelayMs: options.botDelayMs ?? 400, pressAllowed });
  bots.onBotState = (matchID, state, botSeats) => press.botsOpen(matchID, state, botSeats);
  classroom.classroom.teacher.pressSwitched = (matchIDs) => press.pressSwitched(matchIDs);
  const replays = new MatchReplays(store, new ClassroomAccess(driver));
  const routes = edgeRoutes({
    store,
    locks,
    timers: classroom.timers,
    starts: matchStart,
    frees: installFreeSeat({ store, seats, attachBots, inMoveQueue }),
    inMoveQueue,
    classroom: classroom.classroom,
    press,
    createPerMinute: options.matchCreateLimit ?? createLimitFromEnv(),
    forks: { replays, store, seats, locks, hold: matchStart.created, attachBots },
    driver,
  });
  app.use(routeTable(routes));
  app.use(staticClient(options.clientDir));

  /** InMoveQueue (server/matchLocks.ts). A declaration, not a const: the classroom and the routes above take it before this line. */
  function inMoveQueue<T>(matchID: string, job: () => Promise<T>): Promise<T> {
    return transport.getMatchQueue(matchID).add(job);
  }

  async function attachBots(matchID: string): Promise<void> {
    const { state } = await store.fetch(matchID, { state: true });
    await bots.attach(matchID, state as State<PeninsulaState> | undefined);
  }

  // boardgame.io passes `port` to Koa's listen, which hands it to Node's server.listen: an options object carries the host too.
  const listenOn = (options.host ? { port: options.port, host: options.host } : options.port) as number;
  const running = await server.run({ port: listenOn });
  // Node closes an idle keep-alive connection after 5 s; a client (a proxy, a busy test runner) that
  // reuses it at that moment gets ECONNRESET. Keep idle connections longer than proxies' usual 60 s.
  running.appServer.keepAliveTimeout = KEEP_ALIVE_MS;
  running.appServer.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const address = running.appServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}`;
  bots.connect(url);
  const removeGauges = serverGauges(app, driver);
  classroom.start(address.port);
  const restorer = new MatchRestore({ driver, store, seats, bots, log, starts: matchStart, classroom });
  if (shardOwnership.partitioned) guardShards(running.appServer, restorer);
  /** Shards handed back to their home process, and how to lift the fence on their matches' writes (MatchStore.handOver). */
  const handedBack = new Map<number, () => void>();
  // Partitioned, a process owns no shard yet: each comes with adopt() once its lock is taken.
  await restorer.restore((matchID) => shardOwnership.ownsId(matchID));
  log.info({ url, storage: driver.name, version: VERSION }, 'Peninsula server listening');

  return {
    url,
    joinBase: classroom.joinBase(),
    adopt: (shard) => {
      // Handed back earlier and taken over again (its home died again): its matches are written here again.
      handedBack.get(shard)?.();
      handedBack.delete(shard);
      return restorer.restore((matchID) => shardOwnership.shardOf(matchID) === shard);
    },
    release: async (shard) => {
      const writeAgain = await releaseMatches(
        { bots, starts: matchStart, classroom, press, gate: options.ungatedSocketForBench ? null : gated, store },
        (id) => shardOwnership.shardOf(id) === shard,
      );
      handedBack.set(shard, writeAgain);
    },
    async stop() {
      removeGauges();
      bots.stop();
      classroom.stop();
      press.stop();
      // The sockets first (koa-socket-2's socket.io server): closing the HTTP server leaves upgraded sockets open, and a
      // move that arrived after the database closed failed with it.
      (server.app as unknown as { _io?: { close(): void } })._io?.close();
      await new Promise<void>((resolve) => {
        running.appServer.close(() => resolve());
        running.appServer.closeAllConnections?.();
      });
      // The writes already asked for (every one goes through the store) land before the database closes, instead of failing with it closed.
      await store.settled(() => true);
      await store.flush();
      await driver.close();
      log.info('server stopped');
    },
  };
}
