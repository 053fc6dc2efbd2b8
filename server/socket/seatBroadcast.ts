import type { Game, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import type { IntermediateTransportData } from 'boardgame.io/dist/types/src/master/master';
import type { Server, Socket } from 'socket.io';
import type { SeatPatches } from './seatPatches';
import { stringifyAlike } from './seatJson';
import type { SharedDiffs } from './viewPatch';

/** A socket synced to a match, and the seat it synced as (null or undefined: a spectator). */
export interface Listener {
  playerID: string | null | undefined;
  socket: Socket;
}

export type Broadcast = (listeners: Iterable<Listener>, payload: IntermediateTransportData) => void;

/** socket.io's encoder as this server uses it: packets without binary, written as text (sendPacketsAsText). */
interface TextEncoder {
  encode(packet: unknown): unknown[];
  encodeAsString?: (packet: unknown) => string;
}

/** socket.io's (internal) way to write a packet it already encoded, as its adapter's broadcast does. */
interface PacketWriter {
  packet?: (encoded: string[], options: { preEncoded: true }) => void;
}

/** socket.io's EVENT packet type (socket.io-parser's PacketType.EVENT). */
const EVENT = 2;

/**
 * What socket.io's encoder writes before an event's JSON array in a namespace ("2/peninsula,"), asked
 * of the encoder itself; null if it writes anything else around the array, or is not the text encoder.
 */
function eventPrefix(encoder: TextEncoder, nsp: string): string | null {
  if (typeof encoder.encodeAsString !== 'function') return null;
  const empty = encoder.encodeAsString({ type: EVENT, nsp, data: [] });
  return empty.endsWith('[]') ? empty.slice(0, -2) : null;
}

/**
 * boardgame.io's broadcast, with one message per seat instead of one per socket, and the seats'
 * messages serialised together. boardgame.io filters the state and socket.io serialises it again for
 * every socket of a match, though every socket of one seat (a player's second tab, the projector and the
 * other spectators of a class table) gets the same message, and the seats' messages hold mostly the same
 * objects (the board, ctx, the log). Here each seat's view is filtered once, the seats' messages are
 * serialised by stringifyAlike (seatJson.ts: what they share, once), and each is written to its sockets
 * pre-encoded, as socket.io's adapter writes a broadcast. Timed in this server under the bench's load
 * (K = 200, alternately on the same messages), it took 77 µs a message where JSON.stringify took 117 for
 * late-game updates (~7 KB), and was about even early in a game (28 against 24 µs at 2-3 KB). An
 * encoder that kept frozen subtrees' texts across moves (a WeakMap) saved less (82 against 94 µs at
 * ~7 KB; even at 2-3 KB) and held memory per open match: left out. Each socket still
 * receives, character for character, what boardgame.io would have sent it (test/server/seatBroadcast.test.ts).
 * With `patches`, a socket that asked for them gets a `patch` from the view it holds instead, when
 * seatPatches.ts can vouch for that view; only the seats with a socket left over are serialised whole.
 */
export function seatBroadcast(game: Game, io: Server, patches?: SeatPatches): Broadcast {
  const filter = getFilterPlayerView(game);
  const prefixes = new Map<string, string | null>();
  const prefixOf = (nsp: string) => {
    if (!prefixes.has(nsp)) prefixes.set(nsp, eventPrefix(io.encoder as unknown as TextEncoder, nsp));
    return prefixes.get(nsp)!;
  };
  return (listeners, payload) => {
    const bySeat = new Map<string | null | undefined, Socket[]>();
    for (const { playerID, socket } of listeners) {
      const sockets = bySeat.get(playerID);
      if (sockets) sockets.push(socket);
      else bySeat.set(playerID, [socket]);
    }
    const seats = [...bySeat];
    if (seats.length === 0) return;
    // boardgame.io hands its filter a spectator's playerID as it came (null or undefined): so do we.
    const messages = seats.map(([playerID]) => filter(playerID as string | null, payload));
    const prefix = prefixOf(seats[0]![1][0]!.nsp.name);
    const writers = seats.map(([, sockets]) => sockets as unknown as PacketWriter[]);
    if (prefix === null || !writers.every((sockets) => sockets.every((s) => typeof s.packet === 'function'))) {
      seats.forEach(([, sockets], i) =>
        sockets.forEach((socket) => {
          patches?.forget(socket);
          socket.emit(messages[i]!.type, ...messages[i]!.args);
        }),
      );
      return;
    }
    const matchID = payload.args[0] as string;
    const shared: SharedDiffs = new Map();
    // Per seat, its sockets that take a patch (and its text) and those that get the whole update.
    const plans = seats.map(([, sockets], i) => {
      const { type, args } = messages[i]!;
      const view = type === 'update' ? (args[1] as State) : undefined;
      const texts = new Map<object, string | null>();
      const patched: [PacketWriter, string][] = [];
      const whole: PacketWriter[] = [];
      for (const socket of sockets) {
        const text = view && patches?.wants(socket) ? patches.patchFor(socket, matchID, view, args[2], texts, shared) : null;
        if (text === null) whole.push(socket as unknown as PacketWriter);
        else patched.push([socket as unknown as PacketWriter, text]);
        if (view) patches?.sent(socket, matchID, view);
      }
      return { patched, whole };
    });
    const wholeSeats = plans.flatMap((plan, i) => (plan.whole.length > 0 ? [i] : []));
    const texts = stringifyAlike(wholeSeats.map((i) => [messages[i]!.type, ...messages[i]!.args]));
    wholeSeats.forEach((seat, i) => {
      const encoded = [prefix + texts[i]!];
      for (const socket of plans[seat]!.whole) socket.packet!(encoded, { preEncoded: true });
    });
    for (const { patched } of plans) for (const [socket, text] of patched) socket.packet!([prefix + text], { preEncoded: true });
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
  const encoder = io.encoder as unknown as TextEncoder;
  const asText = encoder.encodeAsString;
  if (typeof asText !== 'function') return;
  encoder.encode = (packet) => [asText.call(encoder, packet)];
}
