import type { SqlDriver } from '../storage/driver';
import { KNOWN_FOR_MS, type JoinGate } from './rateLimit';

/** Wrong codes are pruned once in this many failures (the table holds one window's worth). */
const PRUNE_EVERY = 200;

/**
 * The join-code gate (JoinCodeGate's rules) kept in the database, so that every process serving
 * one Postgres counts the same wrong codes and knows the same class networks: partitioned, a
 * guesser's requests land on whichever process owns the class they name, or none, and a limit per
 * process would multiply by the number of processes.
 */
export class SqlJoinGate implements JoinGate {
  private failures = 0;

  constructor(
    private readonly db: SqlDriver,
    private readonly maxFailures = 10,
    private readonly windowMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  async retryAfter(address: string, sessionId: string | undefined): Promise<number> {
    const now = this.clock();
    const recent = await this.db.query<{ at: string }>('SELECT at FROM join_failures WHERE address = $1 AND at > $2 ORDER BY at LIMIT $3', [
      address,
      now - this.windowMs,
      this.maxFailures,
    ]);
    if (recent.length < this.maxFailures) return 0;
    const wait = Math.max(1, Math.ceil((Number(recent[0]!.at) + this.windowMs - now) / 1000));
    if (sessionId === undefined) return wait;
    const known = await this.db.query('SELECT 1 FROM join_networks WHERE address = $1 AND session_id = $2 AND seen_at > $3', [
      address,
      sessionId,
      now - KNOWN_FOR_MS,
    ]);
    return known.length > 0 ? 0 : wait;
  }

  async fail(address: string): Promise<void> {
    await this.db.query('INSERT INTO join_failures (address, at) VALUES ($1, $2)', [address, this.clock()]);
    if (++this.failures % PRUNE_EVERY === 0) await this.db.query('DELETE FROM join_failures WHERE at <= $1', [this.clock() - this.windowMs]);
  }

  async seen(address: string, sessionId: string): Promise<void> {
    await this.db.query(
      'INSERT INTO join_networks (address, session_id, seen_at) VALUES ($1, $2, $3) ON CONFLICT (address, session_id) DO UPDATE SET seen_at = $3',
      [address, sessionId, this.clock()],
    );
  }
}
