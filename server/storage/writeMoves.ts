/**
 * Migration 10: the statement a group of moves is written with (server/storage/writeBatch.ts), as a
 * function. PL/pgSQL keeps the plan of a function's statement for the session, so a write no longer
 * parses and plans this data-modifying CTE again each time it is sent as text: that was ~0.6 ms of
 * PGlite's CPU per statement, more than the rest of a small group's work (issue 18). A later change to
 * the statement is a new migration that replaces the function.
 *
 * For each write: the compare-and-set on the state id (and, for a patch, on the base it was made
 * against), then, only where it applied, the append of its log entries in their order. Never two writes
 * of one match (an UPDATE ... FROM applies one source row per target row). A patch leaves `state` as it
 * was: Postgres keeps the stored (TOASTed) base as it is, so a patch writes only its own few KB. Returns,
 * per write, whether it applied and whether its state id was newer than the stored one (the main query
 * sees the table as it was before the update): a newer patch that did not apply met another base.
 * The result columns have names of their own (w_…), which the body's columns cannot be mistaken for.
 */
export const WRITE_MOVES_FUNCTION = `
  CREATE OR REPLACE FUNCTION write_moves(
    p_match_ids TEXT[], p_bases TEXT[], p_g_patches TEXT[], p_top_patches TEXT[], p_state_ids INTEGER[], p_base_ids INTEGER[], p_logs JSONB
  ) RETURNS TABLE (w_match_id TEXT, w_moved BOOLEAN, w_newer BOOLEAN) LANGUAGE plpgsql AS $write_moves$
  BEGIN
    RETURN QUERY WITH input AS (
      SELECT * FROM unnest(p_match_ids, p_bases, p_g_patches, p_top_patches, p_state_ids, p_base_ids)
        WITH ORDINALITY AS i (match_id, base, g_patch, top_patch, state_id, base_id, n)
    ), moved AS (
      UPDATE matches m SET
        state = CASE WHEN i.base = '' THEN m.state ELSE i.base END,
        state_base = CASE WHEN i.base = '' THEN m.state_base ELSE i.state_id END,
        state_g_patch = CASE WHEN i.base = '' THEN i.g_patch END,
        state_top_patch = CASE WHEN i.base = '' THEN i.top_patch END,
        state_id = i.state_id
      FROM input i
      WHERE m.match_id = i.match_id AND m.state_id < i.state_id AND (i.base <> '' OR m.state_base = i.base_id)
      RETURNING m.match_id, i.state_id, i.n
    ), logged AS (
      INSERT INTO match_log (match_id, state_id, entry)
      SELECT moved.match_id, moved.state_id, e.entry
      FROM moved, jsonb_array_elements(p_logs -> (moved.n::int - 1)) WITH ORDINALITY AS e (entry, k)
      ORDER BY moved.n, e.k
    )
    SELECT i.match_id, moved.n IS NOT NULL, COALESCE(m.state_id < i.state_id, FALSE)
    FROM input i LEFT JOIN moved ON moved.n = i.n LEFT JOIN matches m ON m.match_id = i.match_id;
  END
  $write_moves$;`;
