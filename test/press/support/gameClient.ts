import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { Peninsula } from '../../../shared/game';
import type { PeninsulaState } from '../../../shared/state';
import type { Seat } from '../../server/support/players';

/** boardgame.io's own socket client, with every raw socket.io event it receives recorded. */
export function gameClient(url: string, matchID: string, seat?: Seat) {
  const client = Client<PeninsulaState>({
    game: Peninsula,
    numPlayers: 5,
    matchID,
    multiplayer: SocketIO({ server: url }),
    debug: false,
    ...(seat ?? {}),
  });
  client.start();
  const wire: string[] = [];
  const socket = (client as unknown as { transport: { socket: { onAny(fn: (...args: unknown[]) => void): void } } }).transport.socket;
  socket.onAny((...args: unknown[]) => wire.push(JSON.stringify(args)));
  return { client, wire };
}
