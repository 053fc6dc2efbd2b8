import { SocketIO } from 'boardgame.io/multiplayer';
import { isSocketRefused } from '../../shared/api/socketRefusals';
import { publishSocketRefusal } from './socketRefusalFeed';
import { WIRE_PATCHES, WIRE_QUERY_KEY } from '../../shared/api/wire';

type TransportOpts = Parameters<ReturnType<typeof SocketIO>>[0];
type Transport = ReturnType<ReturnType<typeof SocketIO>>;

/** After the server lets a socket go, the next try waits this long, doubling up to the cap, until a sync succeeds. */
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/**
 * boardgame.io's socket.io transport with the match id in the handshake's query (`?matchID=`), so a
 * proxy in front of partitioned servers sends the socket to the process owning the match
 * (docs/DEPLOY.md). The id is fixed for the socket's life: a page that shows another match mounts a
 * new client (its `key` is the match id). The query also asks for moves as patches from the view the
 * socket holds (boardgame.io's client applies them; shared/api/wire.ts).
 *
 * Two things boardgame.io's transport does not do: it ignores the server's `refused` answers (a
 * move or a sync the server would not take; published here for the page to say why), and after
 * the server closes a socket (a seat handed to someone else, a match moved to another process)
 * socket.io does not reconnect by itself, so the page would say "reconnecting…" forever.
 */
export function matchSocket(server: string) {
  return (opts: TransportOpts): Transport => {
    const transport = SocketIO({ server, socketOpts: { query: { matchID: opts.matchID, [WIRE_QUERY_KEY]: WIRE_PATCHES } } })(opts);
    const connect = transport.connect.bind(transport);
    transport.connect = () => {
      connect();
      watch(transport, opts.matchID ?? 'default');
    };
    return transport;
  };
}

function watch(transport: Transport, matchID: string): void {
  const socket = transport.socket;
  let retryMs = FIRST_RETRY_MS;
  socket.on('refused', (message: unknown) => {
    if (isSocketRefused(message)) publishSocketRefusal(matchID, message);
  });
  socket.on('sync', () => (retryMs = FIRST_RETRY_MS));
  socket.on('disconnect', (reason: string) => {
    if (reason !== 'io server disconnect') return; // socket.io retries every other loss itself
    const wait = retryMs;
    retryMs = Math.min(LAST_RETRY_MS, retryMs * 2);
    // Not if the page has closed this transport (or opened another socket) meanwhile.
    setTimeout(() => {
      if (transport.socket === socket && !socket.connected) socket.connect();
    }, wait);
  });
}
