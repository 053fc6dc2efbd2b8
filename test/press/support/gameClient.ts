import { connect, type Seat } from '../../server/support/players';

/** boardgame.io's own socket client (the server tests' `connect`), with every raw socket.io event it receives recorded. */
export function gameClient(url: string, matchID: string, seat?: Seat) {
  const client = connect(url, matchID, seat);
  const wire: string[] = [];
  const socket = (client as unknown as { transport: { socket: { onAny(fn: (...args: unknown[]) => void): void } } }).transport.socket;
  socket.onAny((...args: unknown[]) => wire.push(JSON.stringify(args)));
  return { client, wire };
}
