import type { Socket } from 'socket.io';
import type { Refusal } from '../socket/messageGate';

interface NamespaceLike {
  on(event: 'connection', listener: (socket: Socket) => void): unknown;
}

/**
 * Server-side pause: while a match is paused, every move sent for it over the socket (people,
 * bots, the timer service) is dropped before boardgame.io's master sees it, so nobody can act.
 * Syncs still pass, so people see the table. The ruleset itself knows nothing of pauses.
 * The sender hears why, as from the socket gate (server/socket/messageGate.ts); it runs after the gate.
 */
export function installPauseGuard(app: unknown, gameName: string, isPaused: (matchID: string) => boolean): void {
  const io = (app as { _io?: { of(name: string): NamespaceLike } })._io;
  if (!io) throw new Error('installPauseGuard needs the boardgame.io server app after its socket transport is attached');
  io.of(gameName).on('connection', (socket) => {
    socket.use((packet, next) => {
      const [event, , , matchID] = packet as [string, unknown, unknown, unknown];
      if (event === 'update' && typeof matchID === 'string' && isPaused(matchID)) {
        const reason: Refusal = 'PAUSED';
        socket.emit('refused', { event, reason, matchID });
        return;
      }
      next();
    });
  });
}
