/** The messages between PGliteDriver (the main thread) and pgliteWorker.mjs (the thread that owns the database). */
export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[]; tx?: number }
  | { id: number; op: 'script'; sql: string; tx?: number }
  /** Opens a transaction; the answer's `value` is its number, which later queries name in `tx`. */
  | { id: number; op: 'begin' }
  | { id: number; op: 'commit' | 'rollback'; tx: number }
  | { id: number; op: 'close' };

/** An error as it crosses the thread boundary: its message, and Postgres's SQLSTATE when it has one. */
export interface WorkerError {
  message: string;
  code?: string | undefined;
}

export type WorkerReply = { id: number; value: unknown } | { id: number; error: WorkerError } | { ready: true } | { openFailed: WorkerError };
