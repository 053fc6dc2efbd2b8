import pg from 'pg';
import type { ShardLayout } from '../../shared/shard';
import type { Logger } from '../logger';
import { WRITER_LOCK_KEY } from '../writer/writerLock';

/**
 * One writer per shard: a session advisory lock per shard, all held on one connection, so that
 * Postgres drops every one of them the moment this process's session ends (a kill -9 included) and
 * a surviving process can take them over. Key: (the writer lock's class, 0x100 + shard).
 * Partitioned processes also hold the database's writer lock *shared*, so a one-writer process
 * (server/writer/writerLock.ts, exclusive) and a partitioned set never serve one database together.
 */
export const SHARD_LOCK_BASE = 0x100;
/**
 * A process's presence on its home shard, (the writer lock's class, 0x200 + home), held shared from
 * the moment it serves: a stand-in that sees the home of a shard it holds present hands the shard
 * back (drains it and lets its lock go), and no stand-in takes a shard whose home is present.
 */
export const PRESENCE_BASE = 0x200;
/** How often free shards are looked for (and the lock connection proven alive). */
export const SHARD_POLL_MS = 500;
/** A shard's stand-ins wait their turn round the ring: the next process at once, the one after this much later, … */
export const STAND_IN_STEP_MS = 2_000;
/**
 * A shard never seen owned (its home process has not started yet, as when a set of processes
 * starts together) is taken by a stand-in only after this long, so the first process up does not
 * take every shard.
 */
export const NEVER_OWNED_GRACE_MS = 20_000;

export interface ShardLocks {
  owned(): number[];
  /** Resolves when the lock connection is lost: every shard is gone, the process must stop writing. */
  readonly lost: Promise<Error>;
  release(): Promise<void>;
}

export interface ShardLockOptions {
  log: Logger;
  /** Called once per shard taken, one after another: the process restores that shard's bots and timers. */
  onGain(shard: number): Promise<void>;
  /**
   * Called before a stand-in lets go of a shard whose home process is back: stop serving it, finish
   * its writes. Its lock is released when this resolves, and the home process takes the shard.
   */
  onRelease(shard: number): Promise<void>;
  /** Called once if a one-writer process holds the database and this one waits for it. */
  onWait?: () => void;
  clock?: () => number;
}

/** Starts taking shards: the home one as soon as it is free, another whose owner is gone in ring order. */
export async function startShardLocks(connectionString: string, layout: ShardLayout, options: ShardLockOptions): Promise<ShardLocks> {
  const clock = options.clock ?? Date.now;
  const client = new pg.Client({ connectionString, keepAlive: true, application_name: `peninsula-shards-${layout.home}` });
  const owned = new Set<number>();
  let stopped = false;
  let markLost: (error: Error) => void = () => undefined;
  const lost = new Promise<Error>((resolve) => (markLost = resolve));
  const lose = (error: Error) => {
    if (stopped) return;
    stopped = true;
    owned.clear();
    markLost(error);
  };
  client.on('error', (error) => lose(error));
  client.on('end', () => lose(new Error('the shard lock connection closed')));
  await client.connect();

  const [key] = WRITER_LOCK_KEY;
  const shared = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock_shared($1, $2) AS locked', [...WRITER_LOCK_KEY]);
  if (!shared.rows[0]?.locked) {
    options.log.warn('A one-writer Peninsula process holds this database: waiting for it to stop before taking shards.');
    options.onWait?.();
    await client.query('SELECT pg_advisory_lock_shared($1, $2)', [...WRITER_LOCK_KEY]);
  }
  // This process is up and serving: a stand-in holding its home shard hands it back.
  await client.query('SELECT pg_advisory_lock_shared($1, $2)', [key, PRESENCE_BASE + layout.home]);

  /** When each shard was first seen without an owner (it is forgotten once someone holds it). */
  const freeSince = new Map<number, number>();
  /** Shards seen owned by some process: when one is free again its owner is gone, and a stand-in takes it at once. */
  const seenOwned = new Set<number>();
  const tick = async () => {
    const held = await client.query<{ lock: number }>(
      `SELECT objid::int AS lock FROM pg_locks
       WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND classid = $1 AND objsubid = 2 AND objid >= $2`,
      [key, SHARD_LOCK_BASE],
    );
    const locks = held.rows.map((r) => Number(r.lock));
    const taken = new Set(locks.filter((l) => l < PRESENCE_BASE).map((l) => l - SHARD_LOCK_BASE));
    /** Shards whose home process is up (another's presence: ours is our home's). */
    const homeUp = new Set(locks.filter((l) => l >= PRESENCE_BASE).map((l) => l - PRESENCE_BASE));
    for (let shard = 0; shard < layout.shards; shard++) {
      if (owned.has(shard) || stopped) continue;
      if (taken.has(shard)) {
        seenOwned.add(shard);
        freeSince.delete(shard);
        continue;
      }
      // Free, but its home process is up and takes it at once: no stand-in races it. (Not before the
      // line above: a shard must be seen owned, or after its owner's kill -9 it waits out the grace.)
      if (shard !== layout.home && homeUp.has(shard)) continue;
      const since = freeSince.get(shard) ?? clock();
      freeSince.set(shard, since);
      const distance = (layout.home - shard + layout.shards) % layout.shards;
      const wait = (distance - 1) * STAND_IN_STEP_MS + (seenOwned.has(shard) ? 0 : NEVER_OWNED_GRACE_MS);
      if (distance > 0 && clock() - since < wait) continue;
      const tried = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [key, SHARD_LOCK_BASE + shard]);
      if (!tried.rows[0]?.locked) continue;
      owned.add(shard);
      freeSince.delete(shard);
      // Standing in for another process means that one died: worth a warning in any log.
      if (shard === layout.home) options.log.info({ shard }, 'shard lock taken: this process serves its home shard');
      else options.log.warn({ shard, home: layout.home }, 'shard lock taken over');
      await options.onGain(shard);
    }
    for (const shard of [...owned]) {
      if (shard === layout.home || !homeUp.has(shard) || stopped) continue;
      options.log.warn({ shard, home: layout.home }, 'shard handing back: its home process is up');
      owned.delete(shard);
      await options.onRelease(shard);
      await client.query('SELECT pg_advisory_unlock($1, $2)', [key, SHARD_LOCK_BASE + shard]);
      options.log.warn({ shard, home: layout.home }, 'shard handed back');
    }
  };
  let timer: NodeJS.Timeout | null = null;
  const loop = async () => {
    try {
      await tick();
    } catch (error) {
      lose(error as Error);
    }
    if (!stopped) timer = setTimeout(() => void loop(), SHARD_POLL_MS);
  };
  await loop();

  return {
    owned: () => [...owned].sort((a, b) => a - b),
    lost,
    async release() {
      stopped = true;
      if (timer) clearTimeout(timer);
      owned.clear();
      await client.end().catch(() => undefined);
    },
  };
}
