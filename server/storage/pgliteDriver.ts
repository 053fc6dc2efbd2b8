import { Worker } from 'node:worker_threads';
import type { SqlDriver, SqlExecutor } from './driver';
import type { WorkerError, WorkerReply, WorkerRequest } from './pgliteProtocol';

/** Request fields without the id the driver numbers them with. */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** An error from the database thread as the main thread throws it: the message, and the SQLSTATE `code` (e.g. 23505). */
export class PgliteError extends Error {
  readonly code: string | undefined;
  constructor(error: WorkerError) {
    super(error.message);
    this.name = 'PgliteError';
    this.code = error.code;
  }
}

/**
 * The embedded database: Postgres compiled to WebAssembly, in a data folder, nothing to install.
 * It runs in a worker thread (server/storage/pgliteWorker.mjs), so its statements never block the event
 * loop that serves the sockets; a query's promise settles when the worker has run it, so a write is
 * stored when it resolves, as before. Its first open runs initdb (seconds), so a process opens it once.
 * A failure in the worker is a rejected promise (PgliteError); if the thread itself dies, every pending
 * and later query rejects, and nothing exits the process.
 */
export async function openPglite(dataDir: string): Promise<SqlDriver> {
  const worker = new Worker(WORKER, { workerData: { dataDir } });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let dead: Error | null = null;
  const opened = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) return resolve();
      if ('openFailed' in reply) return reject(new PgliteError(reply.openFailed));
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new PgliteError(reply.error));
      else waiting?.resolve(reply.value);
    });
    const die = (error: Error) => {
      dead ??= error;
      reject(dead);
      for (const waiting of pending.values()) waiting.reject(dead);
      pending.clear();
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`the PGlite thread stopped (exit code ${code})`)));
  });
  const call = <T>(request: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (dead) return reject(dead);
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  try {
    await opened;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  const executor = (tx?: number): SqlExecutor => ({
    query: <T>(sql: string, params: unknown[] = []) => call<T[]>({ op: 'query', sql, params, ...(tx === undefined ? {} : { tx }) }),
    script: async (sql: string) => void (await call({ op: 'script', sql, ...(tx === undefined ? {} : { tx }) })),
  });
  return {
    name: 'pglite',
    ...executor(),
    async transaction(fn) {
      const tx = await call<number>({ op: 'begin' });
      let result;
      try {
        result = await fn(executor(tx));
      } catch (error) {
        await call({ op: 'rollback', tx }).catch(() => undefined);
        throw error;
      }
      await call({ op: 'commit', tx });
      return result;
    },
    usable: () => dead === null,
    async close() {
      if (!dead) await call({ op: 'close' });
      await worker.terminate();
    },
  };
}

/** The worker's module (plain JavaScript: Node 20 gives worker threads no TypeScript loader). */
const WORKER = new URL('./pgliteWorker.mjs', import.meta.url);
