import { SocketIO } from 'boardgame.io/multiplayer';

type TransportOpts = Parameters<ReturnType<typeof SocketIO>>[0];

/**
 * boardgame.io's socket.io transport with the match id in the handshake's query (`?matchID=`), so a
 * proxy in front of partitioned servers sends the socket to the process owning the match
 * (docs/DEPLOY.md). The id is fixed for the socket's life: a page that shows another match mounts a
 * new client (its `key` is the match id).
 */
export function matchSocket(server: string) {
  return (opts: TransportOpts) => SocketIO({ server, socketOpts: { query: { matchID: opts.matchID } } })(opts);
}
