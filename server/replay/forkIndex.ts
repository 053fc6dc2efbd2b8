import type { ForkChild } from '../../shared/api/replay';
import type { SqlDriver } from '../storage/driver';

/** The matches forked from one, read off the stored metadata (`fork.parentID`): no table of its own to keep in step. */
export async function forksOf(db: SqlDriver, parentID: string): Promise<ForkChild[]> {
  const rows = await db.query<{ match_id: string; round: string; exact: boolean | string }>(
    `SELECT match_id, metadata->'fork'->>'round' AS round, (metadata->'fork'->>'exact')::boolean AS exact
       FROM matches WHERE metadata->'fork'->>'parentID' = $1 ORDER BY (metadata->>'createdAt')::bigint, match_id`,
    [parentID],
  );
  return rows.map((r) => ({ matchID: r.match_id, round: Number(r.round), exact: r.exact === true || r.exact === 'true' }));
}
