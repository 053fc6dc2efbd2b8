/**
 * Partitioned serving (docs/DEPLOY.md, "Partitioned across processes"): a match's shard is written
 * in its id, so a proxy can route a request by the id alone and every process agrees on the owner.
 *
 *   s<shard>-<random>      e.g. s2-V1StGXR8_Z5jdHi6B-myT, s0-9b2e…-uuid
 *
 * One grammar for the server, the proxy's map (deploy/nginx.conf.ts writes the same pattern) and
 * the tests. An id without the prefix (every id of a one-process server, or made before
 * partitioning) and a shard number not below the shard count belong to shard 0; the proxy sends
 * those anywhere and a process that does not own shard 0 answers 503, so the proxy tries the next.
 * A class's id carries its shard the same way, and all its tables are made in it.
 */

/** The shard prefix: no leading zeros, so "s01-" is no prefix at all for the proxy or the server. */
export const SHARD_PREFIX = /^s(0|[1-9][0-9]?)-/;
/** At most this many shards (two digits in the prefix). */
export const MAX_SHARDS = 100;

/** The shard an id belongs to among `shards` (0 when it names none, or one out of range). */
export function shardOfId(id: string, shards: number): number {
  const found = SHARD_PREFIX.exec(id);
  if (!found) return 0;
  const shard = Number(found[1]);
  return shard < shards ? shard : 0;
}

/** An id in `shard`: the prefix and the random part (a nanoid or a UUID). */
export function idInShard(shard: number, random: string): string {
  if (!Number.isInteger(shard) || shard < 0 || shard >= MAX_SHARDS) throw new Error(`no such shard: ${shard}`);
  return `s${shard}-${random}`;
}

/** The shard layout a process runs with: `shards` 0 (one process owns everything) or the count, and its home shard. */
export interface ShardLayout {
  shards: number;
  home: number;
}

/**
 * The order in which processes stand in for a shard whose owner is gone: its home process, then
 * the next ones round the ring. The proxy's upstream for the shard lists its servers in this order.
 */
export function standInOrder(shard: number, shards: number): number[] {
  return Array.from({ length: shards }, (_, i) => (shard + i) % shards);
}

/** SHARDS and SHARD_ID as read from the environment: a clear sentence for any value that is not a layout. */
export function parseShardLayout(shards: string | undefined, shardId: string | undefined): ShardLayout | string {
  if (shards === undefined || shards === '') return { shards: 0, home: 0 };
  const count = Number(shards);
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) return `SHARDS must be a whole number from 1 to ${MAX_SHARDS} (it is "${shards}").`;
  const home = Number(shardId ?? '');
  if (shardId === undefined || shardId === '' || !Number.isInteger(home) || home < 0 || home >= count)
    return `SHARD_ID must be this process's home shard, 0 to ${count - 1}, when SHARDS is set (it is "${shardId ?? ''}").`;
  return { shards: count, home };
}
