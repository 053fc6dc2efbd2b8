import type { Game } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import type { IntermediateTransportData } from 'boardgame.io/dist/types/src/master/master';
import type { Server, Socket } from 'socket.io';

/** A socket synced to a match, and the seat it synced as (null or undefined: a spectator). */
export interface Listener {
  playerID: string | null | undefined;
  socket: Socket;
}

export type Broadcast = (listeners: Iterable<Listener>, payload: IntermediateTransportData) => void;

/**
 * boardgame.io's broadcast, with one view per seat instead of one per socket. boardgame.io filters the
 * state and socket.io serialises it again for every socket of a match, though every socket of one seat
 * (a player's second tab, the projector and the other spectators of a class table) gets the same
 * message. Here each seat's view is filtered once and sent to its sockets as one socket.io broadcast,
 * which serialises it once. Each socket still receives exactly what boardgame.io would have sent it
 * (test/server/seatBroadcast.test.ts).
 *
 * Each seat's message is serialised whole by JSON.stringify, though the seats' views share most of their
 * parts. Two encoders that write a shared part once were measured in this server under the bench's load
 * (K = 200, issue 18) and left out: one keeping the text of every frozen subtree by identity across seats
 * and moves (a WeakMap), one reusing the first seat's text of every field the next seats hold the same
 * object in. At the sizes sent (2-7 KB) neither beat JSON.stringify (34 vs 35 µs, 28 vs 24 µs a message,
 * timed alternately on the same messages): walking the wrappers in JavaScript costs what native
 * serialising of the whole saves.
 */
export function seatBroadcast(game: Game): Broadcast {
  const filter = getFilterPlayerView(game);
  return (listeners, payload) => {
    const bySeat = new Map<string | null | undefined, Socket[]>();
    for (const { playerID, socket } of listeners) {
      const sockets = bySeat.get(playerID);
      if (sockets) sockets.push(socket);
      else bySeat.set(playerID, [socket]);
    }
    for (const [playerID, sockets] of bySeat) {
      // boardgame.io hands its filter a spectator's playerID as it came (null or undefined): so do we.
      const { type, args } = filter(playerID as string | null, payload);
      if (sockets.length === 1) sockets[0]!.emit(type, ...args);
      // One room per socket id, added one by one: boardgame.io runs socket.io 3 (koa-socket-2's), whose `to` takes one room.
      else
        sockets
          .slice(1)
          .reduce((to, s) => to.to(s.id), sockets[0]!.nsp.to(sockets[0]!.id))
          .emit(type, ...args);
    }
  };
}

/**
 * socket.io walks every outgoing packet's whole tree for binary data (hasBinary) before it serialises
 * it: under load that walk took 3% of the main thread, two thirds of what the serialising took. This server
 * sends only JSON (states, logs, metadata, refusals), so its packets go out as text at once, in the
 * very format socket.io's encoder writes for a packet without binary. If socket.io's encoder ever lacks
 * the method this relies on, it is left as it is.
 */
export function sendPacketsAsText(io: Server): void {
  const encoder = io.encoder as unknown as { encode(packet: unknown): unknown[]; encodeAsString?: (packet: unknown) => string };
  const asText = encoder.encodeAsString;
  if (typeof asText !== 'function') return;
  encoder.encode = (packet) => [asText.call(encoder, packet)];
}
