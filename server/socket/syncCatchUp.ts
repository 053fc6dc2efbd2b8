import type { Socket } from 'socket.io';
import type { Logger } from '../logger';

/** A socket boardgame.io has just registered for a match's broadcasts (SocketIO.addClient's argument). */
export interface SyncedClient {
  socket: Socket;
  matchID: string;
  playerID: string | null | undefined;
  credentials: string | undefined;
}

/** Syncs again in a row for one socket while moves keep landing in each one's window, at most. */
const MAX_RESYNCS = 3;

/**
 * boardgame.io's `sync` handler reads the match (its state, then its whole log), answers, and only
 * then registers the socket for the match's broadcasts. A move stored in between is broadcast to
 * the match's other sockets and never to this one: it keeps showing the older state, its moves are
 * refused (stale, or no longer legal), and nothing it does brings the newer state. The partition
 * bench's failover met it once in ~170 matches: a player synced with the stand-in while the bots it
 * had just restored moved, and then only that player could act, so the match never went on.
 * So once a socket is registered, the newest state it was shown is compared with the stored one,
 * and if a newer one was stored meanwhile the socket is synced again (any later state reaches it as
 * a broadcast).
 */
export class SyncCatchUp {
  /** Per socket, the match and the newest state id it was sent, by a sync or a broadcast. */
  private readonly shown = new WeakMap<Socket, { matchID: string; stateID: number }>();
  private readonly resyncs = new WeakMap<Socket, number>();

  constructor(
    private readonly latestStateID: (matchID: string) => Promise<number | undefined>,
    private readonly log: Logger,
  ) {}

  /** A state of the match went to the socket: a `sync` answer (syncAnswers.ts) or a broadcast. */
  saw(socket: Socket, matchID: string, stateID: number): void {
    const shown = this.shown.get(socket);
    if (shown?.matchID === matchID && shown.stateID >= stateID) return;
    this.shown.set(socket, { matchID, stateID });
  }

  /** The socket is registered for the match's broadcasts: if a state was stored since its sync read, sync it again. */
  async registered(client: SyncedClient, stillRegistered: () => boolean): Promise<void> {
    const { socket, matchID } = client;
    try {
      const latest = await this.latestStateID(matchID);
      const shown = this.shown.get(socket);
      const behind = latest !== undefined && (shown?.matchID !== matchID || shown.stateID < latest);
      if (!behind || !socket.connected || !stillRegistered()) return void this.resyncs.delete(socket);
      const count = (this.resyncs.get(socket) ?? 0) + 1;
      if (count > MAX_RESYNCS) return void this.resyncs.delete(socket);
      this.resyncs.set(socket, count);
      this.log.debug({ matchID, shown: shown?.stateID, latest }, 'a state was stored while the socket synced: syncing it again');
      // boardgame.io's own handler, as if the socket had asked again (its message passed the gate the first time).
      for (const listener of socket.listeners('sync')) await (listener as (...args: unknown[]) => unknown)(matchID, client.playerID, client.credentials);
    } catch (error) {
      this.log.warn({ matchID, err: error }, 'could not bring a synced socket up to date');
    }
  }
}
