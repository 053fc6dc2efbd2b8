import type { LogEntry, State } from 'boardgame.io';
import { io, type Socket } from 'socket.io-client';
import { chooseBotMove } from '../../../shared/bots';
import type { PeninsulaState } from '../../../shared/state';

/** How long a seat waits before trying the next process after a refusal or a lost connection. */
const RETRY_MS = 200;

/**
 * A person at one seat of a partitioned match, with no proxy in front: it connects (the match id in
 * the handshake, as the browser does) to whichever process of `urls()` accepts it — the others
 * answer 503 NOT_OWNER — and, dropped, tries them again in turn. It plays the ruleset's bot on its
 * own view. A move of its own is *acknowledged* when a state whose log holds it arrives: `acks`
 * keeps each one's state id and the process that sent it.
 */
export class FollowingSeat {
  readonly acks: { stateID: number; url: string }[] = [];
  state: State<PeninsulaState> | null = null;
  private socket: Socket | null = null;
  private url = '';
  private tried = 0;
  private stopped = false;
  private readonly nudge: NodeJS.Timeout;

  constructor(
    private readonly urls: () => string[],
    private readonly matchID: string,
    private readonly playerID: string,
    private readonly credentials: string,
  ) {
    this.open();
    // A move refused or lost with its process: look again every half second.
    this.nudge = setInterval(() => this.decide(), 500);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.nudge);
    this.socket?.close();
  }

  private open(): void {
    if (this.stopped) return;
    const candidates = this.urls();
    const url = candidates[this.tried++ % candidates.length]!;
    const socket = io(`${url}/peninsula`, { transports: ['websocket'], query: { matchID: this.matchID }, forceNew: true, reconnection: false });
    this.socket = socket;
    this.url = url;
    const again = () => {
      socket.removeAllListeners();
      socket.close();
      if (this.socket === socket) setTimeout(() => this.open(), RETRY_MS);
    };
    socket.on('connect_error', again);
    socket.on('disconnect', again);
    socket.on('connect', () => socket.emit('sync', this.matchID, this.playerID, this.credentials, 5));
    socket.on('sync', (id: string, info: { state: State<PeninsulaState> }) => id === this.matchID && this.take(info.state, []));
    socket.on('update', (id: string, state: State<PeninsulaState>, log: LogEntry[] | undefined) => id === this.matchID && this.take(state, log ?? []));
  }

  private take(state: State<PeninsulaState>, log: readonly LogEntry[]): void {
    if (this.state && state._stateID <= this.state._stateID) return;
    this.state = state;
    if (log.some((e) => e.action.type === 'MAKE_MOVE' && e.action.payload.playerID === this.playerID))
      this.acks.push({ stateID: state._stateID, url: this.url });
    this.decide();
  }

  private decide(): void {
    const state = this.state;
    if (!state || state.ctx.gameover !== undefined || !this.socket?.connected) return;
    const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID: this.playerID, personality: 'dealmaker' });
    if (!choice) return;
    const action = { type: 'MAKE_MOVE', payload: { type: choice.move, args: choice.args, playerID: this.playerID, credentials: this.credentials } };
    this.socket.emit('update', action, state._stateID, this.matchID, this.playerID);
  }
}
