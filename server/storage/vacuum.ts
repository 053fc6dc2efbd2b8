import type { SqlDriver } from './driver';

/** About 3 MB of dead state versions between two runs (a late state is ~6 KB once TOAST has compressed it). */
export const VACUUM_EVERY_WRITES = 500;

/**
 * Every move rewrites its match's state row, leaving the old version behind as dead space.
 * Postgres's autovacuum reclaims it; PGlite runs Postgres single-user, where nothing does, so the
 * database grew by ~850 KB per finished game. A plain VACUUM (not FULL: it takes no lock that stops
 * the moves, and returns nothing to the OS but lets new rows reuse the space) every few hundred state
 * writes keeps the file flat. One at a time; a failure is reported, never thrown into a move.
 */
export class Vacuum {
  private writes = 0;
  private running: Promise<void> | null = null;
  runs = 0;

  constructor(
    private readonly db: SqlDriver,
    private readonly every: number,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  wrote(): void {
    if (this.db.name !== 'pglite' || this.every <= 0 || ++this.writes < this.every || this.running) return;
    this.writes = 0;
    this.running = this.now().finally(() => (this.running = null));
  }

  async now(): Promise<void> {
    try {
      await this.db.script('VACUUM matches');
      this.runs += 1;
    } catch (error) {
      this.onError(error);
    }
  }

  /** Waits for a run in progress (before the database closes). */
  async settled(): Promise<void> {
    await this.running;
  }
}
