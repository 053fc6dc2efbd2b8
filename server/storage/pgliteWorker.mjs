// @ts-check
/**
 * The thread that owns the embedded database (PGlite is synchronous WebAssembly: on the main thread
 * every statement would stop every socket). Opens the data folder once, answers the requests of
 * pgliteDriver.ts (their shapes: pgliteProtocol.ts) in the order they come (PGlite itself queues them),
 * and keeps each open transaction's callback waiting for its commit or rollback. Every failure goes back
 * as an answer; nothing here exits the process.
 *
 * Plain JavaScript on purpose: Node 20 does not hand tsx's loader to worker threads, so a TypeScript
 * worker would not load under `npm start`.
 */
import { mkdirSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

/** @typedef {import('./pgliteProtocol').WorkerRequest} WorkerRequest */
/** @typedef {import('./pgliteProtocol').WorkerReply} WorkerReply */
/** @typedef {{ tx?: import('@electric-sql/pglite').Transaction, decide: (commit: boolean) => void, ended?: Promise<void> }} OpenTransaction */

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
/** @param {WorkerReply} message */
const reply = (message) => port.postMessage(message);
/** @param {unknown} error @returns {import('./pgliteProtocol').WorkerError} */
const errorOf = (error) => {
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  return { message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : undefined };
};

/** @type {Map<number, OpenTransaction>} */
const transactions = new Map();
let nextTransaction = 1;

/**
 * Starts a PGlite transaction whose callback waits for the main thread's commit or rollback; resolves
 * with its number once it is open.
 * @param {PGlite} db
 * @returns {Promise<number>}
 */
function begin(db) {
  const number = nextTransaction++;
  /** @type {(commit: boolean) => void} */
  let decide = () => {};
  const decided = new Promise((resolve) => (decide = resolve));
  /** @type {OpenTransaction} */
  const entry = { decide };
  return new Promise((opened, failed) => {
    entry.ended = db
      .transaction(async (tx) => {
        entry.tx = tx;
        transactions.set(number, entry);
        opened(number);
        // PGlite rolls back when the callback throws.
        if (!(await decided)) throw new Error('rolled back');
      })
      .finally(() => transactions.delete(number));
    // Before it opened: the begin fails. After: a no-op here, the commit's answer reports it.
    entry.ended.catch(failed);
  });
}

/** @param {number} number */
function transactionOf(number) {
  const open = transactions.get(number);
  if (!open?.tx) throw new Error(`no open transaction ${number}`);
  return open;
}

/**
 * @param {PGlite} db
 * @param {WorkerRequest} request
 * @returns {Promise<unknown>}
 */
async function handle(db, request) {
  switch (request.op) {
    case 'query': {
      const on = request.tx === undefined ? db : transactionOf(request.tx).tx;
      return (await /** @type {PGlite} */ (on).query(request.sql, request.params)).rows;
    }
    case 'script': {
      const on = request.tx === undefined ? db : transactionOf(request.tx).tx;
      await /** @type {PGlite} */ (on).exec(request.sql);
      return null;
    }
    case 'begin':
      return begin(db);
    case 'commit':
    case 'rollback': {
      const open = transactionOf(request.tx);
      open.decide(request.op === 'commit');
      const outcome = await /** @type {Promise<void>} */ (open.ended).then(
        () => null,
        (error) => error,
      );
      // A rollback is what was asked for; a commit that failed is an error to report.
      if (request.op === 'commit' && outcome !== null) throw outcome;
      return null;
    }
    case 'close':
      await db.close();
      return null;
  }
}

/** This thread's nice value, above the main thread's (the process's, 0 by default): lower priority. */
const WORKER_NICE = 10;

/**
 * Lowers this thread's priority below the main thread's (Linux: a thread's own nice value, set through its
 * id; lowering needs no privilege). Woken by a statement, this thread was run at once, often on the main
 * thread's core, and the main thread, the one that serves the sockets, waited for a core while the
 * statement ran: a CPU profile of the main thread put 10-16% of its samples in postMessage. At a lower
 * priority it runs when a core is free, and the writes that queue meanwhile leave together (fewer, larger
 * statements). K = 200, interleaved against the same code without it: CPU per move 0.94x, moves/s 1.07x,
 * p99 0.93x, the loop's p99 stall 80 against 199 ms (issue 18). Elsewhere, or if refused, it keeps the
 * process's priority.
 */
function yieldToMainThread() {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, WORKER_NICE);
  } catch {
    // Not Linux (no /proc/thread-self), or not allowed.
  }
}

try {
  yieldToMainThread();
  const { dataDir } = /** @type {{ dataDir: string }} */ (workerData);
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  port.on('message', (/** @type {WorkerRequest} */ request) => {
    handle(db, request).then(
      (value) => reply({ id: request.id, value }),
      (error) => reply({ id: request.id, error: errorOf(error) }),
    );
  });
  reply({ ready: true });
} catch (error) {
  reply({ openFailed: errorOf(error) });
}
