import type { State } from 'boardgame.io';
import type { Socket } from 'socket.io';
import { WIRE_PATCHES, WIRE_QUERY_KEY } from '../../shared/api/wire';
import { viewPatch, type SharedDiffs } from './viewPatch';

/** The view a socket was last sent, by a `sync` answer or a broadcast: what its client holds. */
interface Held {
  matchID: string;
  stateID: number;
  view: object;
}

/**
 * Per socket that asked for them (shared/api/wire.ts), the view its client holds, so that a
 * broadcast can send it a patch from that view instead of the whole new one. boardgame.io's client
 * (0.50.2) applies a `patch` only when the `prevStateID` it names is the id of the state it holds,
 * and drops it silently otherwise (it asks for a sync only when an operation fails): a patch whose
 * base the client does not hold would leave it behind for good. So a socket gets one only from the
 * view this process last sent it, in the order socket.io delivers: its `sync` answer (a new or
 * reconnecting socket, every sync, the catch-up's resync) or its last update or patch. Anything
 * else goes whole: no view held, another match, a state not newer than the one held (the client
 * ignores an older update, and keeps what it held), the final state (it carries the whole record),
 * a view the patch cannot vouch for (viewPatch.ts). boardgame.io's client changes its state only on
 * these messages (its moves run on the server: `client: false`), so what is held here is what it holds.
 * The entry goes with the socket's disconnection.
 */
export class SeatPatches {
  private readonly held = new WeakMap<Socket, Held>();

  /** Whether the socket asked for patches in its handshake. */
  wants(socket: Socket): boolean {
    return socket.handshake.query[WIRE_QUERY_KEY] === WIRE_PATCHES;
  }

  /** Lets the socket's entry go with its disconnection. */
  watch(socket: Socket): void {
    if (this.wants(socket)) socket.once('disconnect', () => this.held.delete(socket));
  }

  /** A `sync` answer went to the socket (syncAnswers.ts): its client holds that view now. */
  synced(socket: Socket, matchID: string, state: State): void {
    if (this.wants(socket)) this.held.set(socket, { matchID, stateID: state._stateID, view: state });
  }

  /**
   * The `patch` message's text (boardgame.io's arguments: match, previous and new state id, the
   * operations, the seat's log) that brings this socket from what it holds to `view`; null: send the
   * whole update. `patches` keeps, per view held, the text for the seat (its sockets usually hold the
   * same view), `shared` the diffs of the other seats' views of this state.
   */
  patchFor(socket: Socket, matchID: string, view: State, log: unknown, patches: Map<object, string | null>, shared: SharedDiffs): string | null {
    const held = this.held.get(socket);
    if (!held || held.matchID !== matchID || view._stateID <= held.stateID || view.ctx.gameover !== undefined) return null;
    if (!patches.has(held.view)) {
      const ops = viewPatch(held.view, view, shared);
      patches.set(held.view, ops && JSON.stringify(['patch', matchID, held.stateID, view._stateID, ops, log]));
    }
    return patches.get(held.view)!;
  }

  /**
   * The socket was sent `view` (a patch or a whole update) of the match it synced to: its client holds
   * it now, unless it held a newer state (it ignores an older update). Nothing held (never synced, or
   * forgotten), or another match (its client ignores that): nothing changes.
   */
  sent(socket: Socket, matchID: string, view: State): void {
    const held = this.held.get(socket);
    if (held && held.matchID === matchID && view._stateID >= held.stateID) this.held.set(socket, { matchID, stateID: view._stateID, view });
  }

  /** The socket was sent something this cannot follow: whole updates until its next sync. */
  forget(socket: Socket): void {
    this.held.delete(socket);
  }
}
