import type { Game, Server as ServerTypes, State } from 'boardgame.io';
import { SocketIO } from 'boardgame.io/server';
import type { IntermediateTransportData } from 'boardgame.io/dist/types/src/master/master';
import type { Socket, ServerOptions } from 'socket.io';
import type { Logger } from '../logger';
import { gateMove, gateRulesOf, gateSync, type GateRules } from './messageGate';
import type { SocketRefusal } from '../../shared/api/socketRefusals';
import { seatBroadcast, sendPacketsAsText, type Broadcast } from './seatBroadcast';
import { seatCredentialsMatch } from './seatCredentials';
import { SeatPatches } from './seatPatches';
import { keepSeatWhileHeld, type SocketTable } from './seatPresence';
import { onSyncAnswer } from './syncAnswers';
import { SyncCatchUp, type SyncedClient } from './syncCatchUp';
import { shardOwnership } from '../shard/ownership';

type MatchQueue = ReturnType<SocketIO['getMatchQueue']>;
type InitArgs = Parameters<SocketIO['init']>;

export interface GateOptions {
  log: Logger;
  /**
   * Why a `sync` is refused, or null: an id that is not a stored match (boardgame.io would create one), or credentials
   * that do not hold the seat (boardgame.io answers those with silence, and the page would wait for the match forever).
   */
  syncRefusal(matchID: string, playerID: string | null, credentials: string | undefined): Promise<SocketRefusal | null>;
  /** socket.io's own options: origins, message size (see origins.ts). */
  socketOpts?: Partial<ServerOptions>;
  /**
   * Broadcast a new state only once it is stored (`stored` is called after each write). boardgame.io
   * sends it first and writes after, so a process killed between the two has shown players a move
   * the next owner of the match never sees, and a player's next request can read the state before it.
   */
  ackAfterStore?: boolean;
  /** The stored state's id (undefined: no such match), so a socket that missed a move while it synced is synced again (syncCatchUp.ts). */
  latestStateID?: (matchID: string) => Promise<number | undefined>;
}

/** States of one match waiting for their write, at most this many (a write that failed leaves its state here). */
const MAX_UNSTORED = 8;

/** Whether a match takes no moves now (paused by a teacher, or waiting for its host's Start), and why. */
export type MatchHold = (matchID: string) => SocketRefusal | null;

/** The move a socket sent, from the gate to the match queue, so the answer goes back to that socket. */
interface Sender {
  socket: Socket;
  matchID: string;
  move: string;
}

/** What happened to the move running in a match's queue, as seen from what the master published. */
type Turn = { outcome: 'none' | 'accepted' | 'refused' };

/**
 * boardgame.io's socket.io transport with one gate in front of its handlers (docs/ARCHITECTURE.md,
 * "Trust boundary"):
 * - every message passes messageGate first: `update` only as a checked MAKE_MOVE rebuilt from its
 *   parts, `sync` only for a stored match, nothing else (no `chat`);
 * - a move the engine refuses is not broadcast (boardgame.io sends the unchanged state to every
 *   socket of the match): only its sender hears, as `refused` with a reason code;
 * - a match on hold (addHold: a teacher's pause, a host not yet started) takes no move;
 * - when a match's seats change, a synced socket whose credentials no longer hold is dropped, so a
 *   seat's old socket stops receiving the view of whoever takes the seat next.
 * The server's bots and timers send their moves over a socket too, through the same gate.
 */
export class GatedSocketIO extends SocketIO {
  private readonly rules: GateRules;
  /** Set by the `update` listener that runs just before boardgame.io's own, read by getMatchQueue in the same call. */
  private pendingSender: Sender | null = null;
  private readonly turns = new Map<string, Turn>();
  private readonly holds: MatchHold[] = [];
  /** With ackAfterStore: per match, the broadcasts waiting for their state to be stored. */
  private readonly unstored = new Map<string, { stateID: number; send: () => void }[]>();
  /** Per namespace (one per game), boardgame.io's broadcast done once per seat (seatBroadcast.ts); set by init. */
  private readonly broadcasts = new Map<string, Broadcast>();
  private readonly catchUp: SyncCatchUp | null;
  /** Per socket that asked for patches, the view it holds (seatPatches.ts). */
  private readonly patches = new SeatPatches();

  constructor(
    game: Game,
    private readonly options: GateOptions,
  ) {
    // boardgame.io's type asks for every socket.io option, though it spreads these over its own defaults.
    super(options.socketOpts ? { socketOpts: options.socketOpts as ServerOptions } : {});
    this.rules = gateRulesOf(game);
    this.catchUp = options.latestStateID ? new SyncCatchUp(options.latestStateID, options.log) : null;
    // boardgame.io registers a synced socket for broadcasts in a private method (addClient), after its sync answer: the catch-up follows it.
    const transport = this as unknown as { addClient(client: SyncedClient, game: Game): void };
    const addClient = transport.addClient.bind(this);
    transport.addClient = (client, registeredFor) => {
      addClient(client, registeredFor);
      void this.catchUp?.registered(client, () => this.stillRegistered(client));
    };
    const inner = this.pubSub;
    this.pubSub = {
      // Every payload boardgame.io publishes names its match first.
      subscribe: (channel, callback) => inner.subscribe(channel, (payload) => this.broadcast(payload.args[0] as string, payload) || callback(payload)),
      unsubscribeAll: (channel) => inner.unsubscribeAll(channel),
      publish: (channel, payload) => {
        if (this.isRefusal(payload)) return;
        if (!options.ackAfterStore || payload.type !== 'update') return inner.publish(channel, payload);
        const [matchID, state] = payload.args as [string, State];
        const waiting = this.unstored.get(matchID) ?? [];
        waiting.push({ stateID: state._stateID, send: () => inner.publish(channel, payload) });
        this.unstored.set(matchID, waiting.slice(-MAX_UNSTORED));
      },
    };
  }

  override init(...[app, games, origins]: InitArgs): void {
    super.init(app, games, origins);
    const io = app._io;
    if (!io) throw new Error('boardgame.io attached no socket.io server');
    sendPacketsAsText(io);
    for (const game of games) this.broadcasts.set(`/${game.name ?? 'default'}`, seatBroadcast(game, io, this.patches));
    for (const game of games) io.of(game.name ?? 'default').on('connection', (socket) => this.guard(socket));
  }

  /**
   * A match on hold takes no move from anyone (people, bots, the timer service): the move is refused
   * here, before boardgame.io's master sees it. Syncs still pass, so people see the table.
   */
  addHold(hold: MatchHold): void {
    this.holds.push(hold);
  }

  /** A match's state was stored: its broadcast goes out now (ackAfterStore); older unsent ones are superseded. */
  stored(matchID: string, stateID: number): void {
    const waiting = this.unstored.get(matchID);
    if (!waiting) return;
    const later = waiting.filter((w) => w.stateID > stateID);
    if (later.length > 0) this.unstored.set(matchID, later);
    else this.unstored.delete(matchID);
    waiting.find((w) => w.stateID === stateID)?.send();
  }

  /** Sends a payload to every socket synced to the match, one view per seat; false if this match's game is not known here. */
  private broadcast(matchID: string, payload: IntermediateTransportData): boolean {
    const listeners = [...(this.roomInfo.get(matchID) ?? [])].flatMap((socketID) => this.clientInfo.get(socketID) ?? []);
    const send = listeners[0] && this.broadcasts.get(listeners[0].socket.nsp.name);
    if (!send) return listeners.length === 0;
    const state = payload.type === 'update' ? (payload.args[1] as State | undefined) : undefined;
    if (state) for (const { socket } of listeners) this.catchUp?.saw(socket, matchID, state._stateID);
    send(listeners, payload);
    return true;
  }

  /** Drops the synced sockets of a match whose seat credentials changed (a player left, another took the seat). */
  revokeStaleSeats(matchID: string, metadata: ServerTypes.MatchData): void {
    for (const socketID of this.roomInfo.get(matchID) ?? []) {
      const client = this.clientInfo.get(socketID);
      if (!client || client.playerID === null || client.playerID === undefined) continue;
      if (seatCredentialsMatch(client.credentials, metadata.players[Number(client.playerID)])) continue;
      this.refuse(client.socket, 'sync', 'SEAT_CHANGED', matchID);
      client.socket.disconnect(true);
    }
  }

  /** A newer state of the match was stored than this process announced (another process's): its synced sockets sync again. */
  catchUpMatch(matchID: string): void {
    const clients = [...(this.roomInfo.get(matchID) ?? [])].flatMap((socketID) => (this.clientInfo.get(socketID) as SyncedClient | undefined) ?? []);
    for (const client of clients) void this.catchUp?.registered(client, () => this.stillRegistered(client));
  }

  /** The socket is still registered for that match here: not gone, not synced again elsewhere, not of a match handed to another process (its socket is on its way there). */
  private stillRegistered(client: SyncedClient): boolean {
    return this.clientInfo.get(client.socket.id) === (client as unknown) && shardOwnership.ownsId(client.matchID);
  }

  /**
   * Partitioned, a shard handed back (its ownership already gone, so no new message is taken): the
   * moves queued for its matches run out, then the sockets synced to them are dropped and reconnect
   * through the proxy to the owner.
   */
  async dropMatches(only: (matchID: string) => boolean): Promise<void> {
    await Promise.all([...this.perMatchQueue].filter(([matchID]) => only(matchID)).map(([, queue]) => queue.onIdle()));
    for (const [matchID, sockets] of this.roomInfo)
      if (only(matchID)) for (const socketID of [...sockets]) this.clientInfo.get(socketID)?.socket.disconnect(true);
  }

  /** The match queue boardgame.io's `update` handler runs the move in; ours also answers the move's sender. */
  override getMatchQueue(matchID: string): MatchQueue {
    const queue = super.getMatchQueue(matchID);
    const sender = this.pendingSender;
    this.pendingSender = null;
    if (!sender) return queue;
    const answering = Object.create(queue) as MatchQueue;
    // boardgame.io's handler awaits the job and ignores its result, so a failed move may resolve to nothing.
    answering.add = <T>(job: () => T | PromiseLike<T>) => queue.add(async () => (await this.answered(sender, job)) as T);
    return answering;
  }

  private guard(socket: Socket): void {
    this.patches.watch(socket);
    keepSeatWhileHeld(socket, this as unknown as SocketTable);
    onSyncAnswer(socket, (matchID, state) => {
      this.catchUp?.saw(socket, matchID, state._stateID);
      this.patches.synced(socket, matchID, state);
    });
    socket.use((packet, next) => {
      const [event, ...message] = packet as [unknown, ...unknown[]];
      // Partitioned: another process owns this match now; the client reconnects through the proxy to it.
      const named = event === 'update' ? message[2] : message[0];
      if ((event === 'update' || event === 'sync') && typeof named === 'string' && !shardOwnership.ownsId(named)) {
        this.refuse(socket, String(event), 'NOT_OWNER', named);
        // A player's socket (its handshake names its match) goes; the server's own (bots, timers: many matches, none named)
        // stays, or a bot move in flight for a shard just handed back would cut every other match's bots off.
        if (socket.handshake.query['matchID'] !== undefined) socket.disconnect(true);
        return;
      }
      if (event === 'update') {
        const verdict = gateMove(message, this.rules);
        if (!verdict.ok) return this.refuse(socket, 'update', verdict.reason, message[2]);
        const held = this.heldBecause(verdict.value.matchID);
        if (held) return this.refuse(socket, 'update', held, verdict.value.matchID, verdict.value.move);
        packet.splice(1, packet.length - 1, ...verdict.value.args);
        return next();
      }
      if (event === 'sync') {
        const verdict = gateSync(message, this.rules);
        if (!verdict.ok) return this.refuse(socket, 'sync', verdict.reason, message[0]);
        const { matchID, args } = verdict.value;
        this.options.syncRefusal(...args).then(
          (refusal) => {
            if (refusal) return this.refuse(socket, 'sync', refusal, matchID);
            packet.splice(1, packet.length - 1, ...args);
            next();
          },
          (error: unknown) => {
            this.options.log.error({ matchID, err: error }, 'sync: could not look the match up');
            this.refuse(socket, 'sync', 'NOT_NOW', matchID);
          },
        );
        return;
      }
      this.refuse(socket, typeof event === 'string' ? event : '?', 'UNKNOWN_EVENT', undefined);
    });
    // Runs right before boardgame.io's `update` listener, which calls getMatchQueue synchronously.
    socket.prependListener('update', (_action: unknown, _stateID: unknown, matchID: string) => {
      const action = _action as { payload: { type: string } };
      this.pendingSender = { socket, matchID, move: action.payload.type };
    });
  }

  private heldBecause(matchID: string): SocketRefusal | null {
    for (const hold of this.holds) {
      const reason = hold(matchID);
      if (reason) return reason;
    }
    return null;
  }

  /** Runs one move in its match's queue and, unless the move was applied and broadcast, tells its sender why not. */
  private async answered<T>(sender: Sender, job: () => T | PromiseLike<T>): Promise<T | undefined> {
    const turn: Turn = { outcome: 'none' };
    this.turns.set(sender.matchID, turn);
    try {
      const result = (await job()) as T & { error?: string };
      if (turn.outcome !== 'accepted') {
        const reason: SocketRefusal =
          turn.outcome === 'refused' ? 'RULES' : result?.error === 'unauthorized action' ? 'UNAUTHORIZED' : result?.error ? 'NO_SUCH_MATCH' : 'NOT_NOW';
        this.refuse(sender.socket, 'update', reason, sender.matchID, sender.move);
      }
      return result;
    } catch (error) {
      // A storage failure must not become an unhandled rejection in boardgame.io's handler.
      this.options.log.error({ matchID: sender.matchID, move: sender.move, err: error }, 'move failed');
      this.refuse(sender.socket, 'update', 'NOT_NOW', sender.matchID, sender.move);
      return undefined;
    } finally {
      if (this.turns.get(sender.matchID) === turn) this.turns.delete(sender.matchID);
    }
  }

  /**
   * A move the rules refused leaves the state as it was, with an empty deltalog; boardgame.io still
   * publishes it to the whole match. It is recorded for the sender's answer and not broadcast.
   */
  private isRefusal(payload: IntermediateTransportData): boolean {
    if (payload.type !== 'update') return false;
    const [matchID, state] = payload.args as [string, State];
    const turn = this.turns.get(matchID);
    const refused = (state.deltalog?.length ?? 0) === 0;
    if (turn) turn.outcome = refused ? 'refused' : 'accepted';
    return refused;
  }

  private refuse(socket: Socket, event: string, reason: SocketRefusal, matchID: unknown, move?: string): void {
    this.options.log.debug({ socket: socket.id, event, reason, move }, 'socket message refused');
    socket.emit('refused', { event, reason, ...(typeof matchID === 'string' ? { matchID: matchID.slice(0, 64) } : {}), ...(move ? { move } : {}) });
  }
}
