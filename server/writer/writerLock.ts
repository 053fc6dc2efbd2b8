import pg from 'pg';
import type { Logger } from '../logger';

/**
 * One writer per database: boardgame.io keeps no version check on stored states, so two server
 * processes on one Postgres each accept a move on the same state and one of them is lost (issue 17),
 * and each would run every match's bots and timers. A session-level advisory lock says who writes;
 * Postgres drops it the moment that process's connection goes (a kill -9 included).
 * Advisory locks are per database, so one fixed key is "the lock for this database".
 */
export const WRITER_LOCK_KEY = [0x50454e, 0x1] as const;
/** How often the holder checks that its lock connection is alive (a silent network loses it too). */
const HEARTBEAT_MS = 5_000;

export interface WriterLock {
  holding(): boolean;
  /** Resolves when the lock is lost (connection closed or failed): the process must stop writing. */
  readonly lost: Promise<Error>;
  release(): Promise<void>;
}

export interface AcquireOptions {
  log: Logger;
  /** Called once if another process holds the lock and this one waits (hot standby). */
  onStandby?: () => void;
}

/** Takes the database's writer lock, waiting (hot standby) as long as another process holds it. */
export async function acquireWriterLock(connectionString: string, options: AcquireOptions): Promise<WriterLock> {
  const client = new pg.Client({ connectionString, keepAlive: true, application_name: 'peninsula-writer-lock' });
  let holding = false;
  let markLost: (error: Error) => void = () => undefined;
  const lost = new Promise<Error>((resolve) => (markLost = resolve));
  const lose = (error: Error) => {
    if (!holding) return;
    holding = false;
    markLost(error);
  };
  client.on('error', (error) => lose(error));
  client.on('end', () => lose(new Error('the lock connection closed')));
  await client.connect();

  const [a, b] = WRITER_LOCK_KEY;
  const tried = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [a, b]);
  if (!tried.rows[0]?.locked) {
    options.log.warn('Another Peninsula process holds the writer lock on this database: waiting as hot standby (/readyz answers 503 until it takes over).');
    options.onStandby?.();
    // Granted by Postgres as soon as the holder's session ends.
    await client.query('SELECT pg_advisory_lock($1, $2)', [a, b]);
  }
  holding = true;
  options.log.info('writer lock taken: this process serves the database');
  const heartbeat = setInterval(() => {
    client.query('SELECT 1').catch((error: Error) => lose(error));
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    holding: () => holding,
    lost,
    async release() {
      clearInterval(heartbeat);
      holding = false;
      await client.end().catch(() => undefined);
    },
  };
}
