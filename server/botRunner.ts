import type { State } from 'boardgame.io';
import { io, type Socket } from 'socket.io-client';
import { chooseBotMove } from '../shared/bots';
import type { PeninsulaState } from '../shared/state';
import type { BotSeat, BotSeats } from './botSeats';
import type { Logger } from './logger';
import { metrics } from './metrics/registry';

/** A move a bot refused by the rules would otherwise be retried forever; after this it may try again. */
const INFLIGHT_TIMEOUT_MS = 2000;

interface MatchBots {
  seats: BotSeat[];
  /** The last move each bot seat sent and when: the same choice is not sent twice while it is on its way. */
  sent: Map<string, { key: string; at: number }>;
  timer: NodeJS.Timeout | null;
  latest: State<PeninsulaState> | null;
}

/**
 * Plays the bot seats of server-hosted matches (boardgame.io never built this: issue #383).
 * After each stored state it asks the ruleset's bot what each bot seat does, one move at a time
 * per match, and sends it like any client does: over socket.io, with the seat's credentials.
 */
export class BotRunner {
  private readonly matches = new Map<string, MatchBots>();
  private socket: Socket | null = null;

  constructor(
    private readonly seats: BotSeats,
    private readonly log: Logger,
    private readonly delayMs: number,
  ) {}

  /** Matches whose bots wait, checked before each bot move (a paused class table: server/timers; resuming calls attach). */
  hold: (matchID: string) => boolean = () => false;

  /**
   * The match's state as stored now (the store: memory, else the database), read when a bot move brought
   * no new state. After a take-over the process that died may have stored a move after the stand-in read
   * the match: the stand-in's next write is refused (the database is ahead) and no state is announced, so
   * bots that only retried the state they knew were refused for a stale state id until a phase timer fired.
   */
  storedState: (matchID: string) => Promise<State<PeninsulaState> | undefined> = () => Promise.resolve(undefined);

  /** Told of each state of a match with bot seats while it is not held: bots open talks in the press room (server/press). */
  onBotState: (matchID: string, state: State<PeninsulaState>, seats: readonly BotSeat[]) => void = () => undefined;

  /** Stops playing a match (a deleted class table). */
  detach(matchID: string): void {
    const bots = this.matches.get(matchID);
    if (bots?.timer) clearTimeout(bots.timer);
    this.matches.delete(matchID);
  }

  /** Sends one move for a seat over the server's own socket, as the bots do (the phase timers act this way). */
  send(matchID: string, playerID: string, credentials: string, move: string, args: unknown[], stateID: number): void {
    this.socket?.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID, credentials } }, stateID, matchID, playerID);
  }

  /** Stops playing the matches `only` keeps (a shard handed back to its home process). */
  detachWhere(only: (matchID: string) => boolean): void {
    for (const matchID of [...this.matches.keys()]) if (only(matchID)) this.detach(matchID);
  }

  connect(serverUrl: string): void {
    this.socket = io(`${serverUrl}/peninsula`, { transports: ['websocket'], reconnection: true });
  }

  stop(): void {
    for (const bots of this.matches.values()) if (bots.timer) clearTimeout(bots.timer);
    this.matches.clear();
    this.socket?.close();
    this.socket = null;
  }

  /**
   * (Re)loads a match's bot seats, e.g. after seating bots or after a restart, and lets them act on
   * `state` unless a newer one has reached them meanwhile. A restore passes the seats it read.
   */
  async attach(matchID: string, state: State<PeninsulaState> | undefined, known?: BotSeat[]): Promise<void> {
    const bots = this.register(matchID, known ?? (await this.seats.forMatch(matchID)));
    if (state && state._stateID >= (bots.latest?._stateID ?? -1)) this.onState(matchID, state);
  }

  /**
   * The bot seats of a match, before its state is read (a restore): a state stored from now on
   * reaches them, so the one read afterwards cannot be older than the newest they know of.
   */
  register(matchID: string, seats: BotSeat[]): MatchBots {
    const bots: MatchBots = this.matches.get(matchID) ?? { seats, sent: new Map(), timer: null, latest: null };
    bots.seats = seats;
    this.matches.set(matchID, bots);
    return bots;
  }

  onState(matchID: string, state: State<PeninsulaState>): void {
    const bots = this.matches.get(matchID);
    if (!bots || bots.seats.length === 0) return;
    bots.latest = state;
    if (!this.hold(matchID)) this.onBotState(matchID, state, bots.seats);
    if (state.ctx.gameover !== undefined) {
      this.matches.delete(matchID);
      return;
    }
    // A new state replaces any pending retry: the bots look at it after the usual pause.
    if (bots.timer) clearTimeout(bots.timer);
    bots.timer = setTimeout(() => this.act(matchID), this.delayMs);
  }

  private act(matchID: string): void {
    const bots = this.matches.get(matchID);
    if (!bots?.latest) return;
    bots.timer = null;
    // A held match waits without polling; whoever lifts the hold attaches the bots again.
    if (this.hold(matchID)) return;
    const state = bots.latest;
    const botSeats = bots.seats.map((s) => s.playerID);
    const now = Date.now();
    let waiting = false;
    for (const seat of bots.seats) {
      const deciding = performance.now();
      const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID: seat.playerID, personality: seat.personality, botSeats });
      metrics.botDecisionSeconds.observeMs(performance.now() - deciding);
      if (!choice) continue;
      // Another seat's move may land first; a bot that would repeat the move it just sent waits for it instead.
      const key = `${choice.move}:${JSON.stringify(choice.args)}`;
      const previous = bots.sent.get(seat.playerID);
      if (previous && previous.key === key && now - previous.at < INFLIGHT_TIMEOUT_MS) {
        waiting = true;
        continue;
      }
      this.send(matchID, seat.playerID, seat.credentials, choice.move, choice.args, state._stateID);
      bots.sent.set(seat.playerID, { key, at: now });
      this.log.debug({ matchID, playerID: seat.playerID, move: choice.move }, 'bot move');
      waiting = true;
      break;
    }
    // If a move is refused no new state arrives: look again once the in-flight window passes.
    if (waiting) bots.timer = setTimeout(() => void this.retry(matchID, bots), INFLIGHT_TIMEOUT_MS + this.delayMs);
  }

  /** No new state since the bots' last move: act on the stored state if it is newer than theirs, else on theirs again. */
  private async retry(matchID: string, bots: MatchBots): Promise<void> {
    bots.timer = null;
    const stored = await this.read(matchID);
    // Detached meanwhile, or a new state reached the bots and scheduled their next look.
    if (this.matches.get(matchID) !== bots || bots.timer) return;
    if (stored && stored._stateID > (bots.latest?._stateID ?? -1)) return this.onState(matchID, stored);
    this.act(matchID);
  }

  /** A state was stored that the bots were not told of (a write of this process refused: the database is ahead): they look at it. */
  async recheck(matchID: string): Promise<void> {
    const stored = await this.read(matchID);
    const bots = this.matches.get(matchID);
    if (bots && stored && stored._stateID > (bots.latest?._stateID ?? -1)) this.onState(matchID, stored);
  }

  private async read(matchID: string): Promise<State<PeninsulaState> | undefined> {
    try {
      return await this.storedState(matchID);
    } catch (error) {
      this.log.warn({ matchID, err: error }, 'bots: could not read the stored state');
      return undefined;
    }
  }
}
