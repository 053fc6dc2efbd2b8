import type { SqlDriver } from '../storage/driver';
import { registry } from './registry';

/** koa-socket-2, under boardgame.io's transport, keeps the socket.io server on the app as `_io`. */
interface WithSocketServer {
  _io?: { engine?: { clientsCount?: number } };
}

/** The gauges of one running server, read when scraped; the returned function removes them. */
export function serverGauges(app: object, driver: SqlDriver): () => void {
  const removers = [
    registry.gauge('peninsula_matches_open', 'Matches not over, in the database.', async () => {
      const [row] = await driver.query<{ open: string | number }>('SELECT count(*) AS open FROM matches WHERE is_gameover = FALSE');
      return Number(row?.open ?? 0);
    }),
    registry.gauge(
      'peninsula_sockets',
      "Open socket.io connections (players, spectators and the server's own bot socket).",
      () => (app as WithSocketServer)._io?.engine?.clientsCount ?? 0,
    ),
  ];
  return () => removers.forEach((remove) => remove());
}
