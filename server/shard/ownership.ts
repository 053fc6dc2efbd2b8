import { randomUUID } from 'node:crypto';
import { idInShard, shardOfId, type ShardLayout } from '../../shared/shard';

/**
 * Which shards this process owns (docs/DEPLOY.md, "Partitioned across processes"). One per process,
 * like the metrics registry: the HTTP guard, the socket gate, the classroom and the restore after a
 * take-over all ask it. Unpartitioned (the default: PGlite, or one writer on Postgres) it owns
 * everything and makes ids as before.
 */
class ShardOwnership {
  private layout: ShardLayout = { shards: 0, home: 0 };
  private readonly owned = new Set<number>();

  configure(layout: ShardLayout): void {
    this.layout = layout;
    this.owned.clear();
  }

  get partitioned(): boolean {
    return this.layout.shards > 0;
  }

  get shards(): number {
    return this.layout.shards;
  }

  get home(): number {
    return this.layout.home;
  }

  /** The shard lock is held (server/shard/shardLocks.ts): this process writes the shard's matches. */
  gained(shard: number): void {
    this.owned.add(shard);
  }

  /** The shard was handed back: from now on its requests get 503 NOT_OWNER and its socket messages are refused. */
  lost(shard: number): void {
    this.owned.delete(shard);
  }

  ownedShards(): number[] {
    return [...this.owned].sort((a, b) => a - b);
  }

  shardOf(id: string): number {
    return this.partitioned ? shardOfId(id, this.layout.shards) : 0;
  }

  /** Whether this process serves the match or class with this id. */
  ownsId(id: string): boolean {
    return !this.partitioned || this.owned.has(this.shardOf(id));
  }

  /** The shard new matches and classes are made in: home while owned, else the first owned; null when none is. */
  creationShard(): number | null {
    if (!this.partitioned) return null;
    if (this.owned.has(this.layout.home)) return this.layout.home;
    return this.ownedShards()[0] ?? null;
  }

  /** A new id in the same shard as `id`: a class's tables with their class, a fork with its parent, so one process owns them all. */
  newIdBeside(id: string): string {
    return this.newId(randomUUID(), this.partitioned ? this.shardOf(id) : null);
  }

  /** A new id in `shard` (a class's table, a fork next to its parent), or in the creation shard. */
  newId(random: string = randomUUID(), shard: number | null = this.creationShard()): string {
    if (!this.partitioned) return random;
    if (shard === null) throw new NotOwnerError();
    return idInShard(shard, random);
  }
}

/** A request for a shard this process does not own (now): the proxy tries the next process (503, Retry-After). */
export class NotOwnerError extends Error {
  constructor() {
    super('This server does not own that shard now: try again (the proxy sends it to the owner).');
  }
}

export const shardOwnership = new ShardOwnership();
