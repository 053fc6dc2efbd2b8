import { mkdirSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

/** Unix socket paths are limited to about 104–108 bytes, depending on the system. */
const MAX_SOCKET_PATH = 100;

/** Whether a process listens on the socket: only a live one can answer, so a file left by a kill -9 does not count. */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * PGlite is one process by nature: two servers on one DATA_DIR would corrupt it. The server that
 * holds the folder listens on a Unix socket inside it; the next one finds it answering and refuses
 * to start. The kernel keeps this honest: a dead process's socket answers nobody.
 * Resolves with a warning instead when the path is too long for a socket.
 */
export async function holdDataDir(dataDir: string): Promise<{ warning?: string; release(): Promise<void> }> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'peninsula.sock');
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) {
    return { warning: `DATA_DIR is too long a path for its one-process guard (${path}); run one server on it at a time.`, release: async () => undefined };
  }
  if (await answers(path)) {
    throw new Error(
      `Another Peninsula process is serving ${dataDir}: the embedded database (PGlite) takes one process. Stop it first, or give this one its own DATA_DIR (or use DATABASE_URL).`,
    );
  }
  rmSync(path, { force: true });
  const server = createServer((socket) => socket.end());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  server.unref();
  return {
    release: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}
