import { afterAll, beforeAll } from 'vitest';
import type { PeninsulaClient } from './players';
import { startServerProcess, type ServerProcess } from './serverProcess';

/** The real server a test file talks to, and the socket clients its tests open. */
export interface ServerSession {
  readonly url: string;
  /** Clients to stop once the file's tests are over. */
  keep(...clients: PeninsulaClient[]): void;
  /** Stops a client now (a closed tab); it is not stopped again at the end (boardgame.io's client throws then). */
  close(client: PeninsulaClient): void;
}

/** One server process for the test file (startServerProcess), started before its tests; it and every kept client stopped after them. */
export function useServerProcess(): ServerSession {
  let server: ServerProcess | undefined;
  const clients = new Set<PeninsulaClient>();
  // A loaded machine (CI on two cores) can take a while to start a process.
  beforeAll(async () => {
    server = await startServerProcess();
  }, 180_000);
  // The process goes whatever a client's stop does: a leaked server outlives the run.
  afterAll(async () => {
    try {
      for (const client of clients) client.stop();
    } finally {
      await server?.dispose();
    }
  });
  return {
    get url() {
      if (!server) throw new Error('The server starts in beforeAll: read its url inside a test.');
      return server.url;
    },
    keep: (...kept) => kept.forEach((client) => clients.add(client)),
    close(client) {
      client.stop();
      clients.delete(client);
    },
  };
}
