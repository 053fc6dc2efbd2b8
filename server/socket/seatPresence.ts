import type { Socket } from 'socket.io';
import { seatCredentialsMatch } from './seatCredentials';

/** What boardgame.io's socket.io transport keeps of each synced socket (its `clientInfo` and `roomInfo`). */
interface Client {
  matchID: string;
  playerID: string | null;
  credentials?: string | undefined;
}
export interface SocketTable {
  clientInfo: Map<string, Client>;
  roomInfo: Map<string, Set<string>>;
  removeClient(socketID: string): void;
}

/**
 * A seat stays shown connected while any of its sockets is. boardgame.io marks the seat disconnected
 * (`isConnected: false`, stored and sent to every seat) when any one socket that synced for it goes:
 * a second tab closed, or — after a network drop — the old socket timing out (socket.io pings for up
 * to ~45 s) after the page had reconnected on a new one, so a player back at the table showed
 * "offline" to everyone. This runs just before boardgame.io's disconnect handler: when another socket
 * still holds the seat (same match, seat and credentials), it lets this one go itself
 * (boardgame.io's own removeClient), and boardgame.io's handler, finding no client, changes nothing.
 */
export function keepSeatWhileHeld(socket: Socket, table: SocketTable): void {
  socket.prependListener('disconnect', () => {
    const client = table.clientInfo.get(socket.id);
    if (!client || client.playerID === null || client.playerID === undefined) return;
    for (const other of table.roomInfo.get(client.matchID) ?? []) {
      const held = other === socket.id ? undefined : table.clientInfo.get(other);
      if (held?.playerID === client.playerID && seatCredentialsMatch(held.credentials, { credentials: client.credentials })) {
        table.removeClient(socket.id);
        return;
      }
    }
  });
}
