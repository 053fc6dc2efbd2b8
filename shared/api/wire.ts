/*
 * The socket's wire beyond boardgame.io's own messages. A client that applies boardgame.io's `patch`
 * message (its 0.50.2 client does) says so in its socket's handshake query; the server then sends it,
 * move after move, a JSON patch (RFC 6902) from the view it last sent that socket to the new one,
 * instead of the whole view (server/socket/seatPatches.ts, docs/ARCHITECTURE.md "Wire size").
 */

/** The handshake query field and value by which a socket asks for patches. */
export const WIRE_QUERY_KEY = 'wire';
export const WIRE_PATCHES = 'patches';

/** One RFC 6902 operation as the server writes them: only add, replace and remove. */
export type ViewPatchOp = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };
