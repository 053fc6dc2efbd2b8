import type { Server } from 'boardgame.io';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: Json | undefined, b: Json | undefined): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `theirs` with what `mine` changed from `base`: for each field, mine if I changed it, else theirs;
 * both changed, objects are merged field by field and anything else is mine (the later write wins,
 * as before). A field either side removed (undefined) is left out. Keys keep theirs' order, then mine's new ones.
 */
function merged(base: Json | undefined, mine: Json | undefined, theirs: Json | undefined): Json | undefined {
  if (same(mine, base)) return theirs;
  if (same(theirs, base)) return mine;
  if (!isRecord(base) || !isRecord(mine) || !isRecord(theirs)) return mine;
  const out: { [key: string]: Json } = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const value = merged(base[key], mine[key], theirs[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * A match's metadata as a writer meant it, written over metadata that changed since it read it.
 * boardgame.io and the Lobby write metadata whole, read earlier and without a lock: its sync and
 * disconnect handlers flip one seat's `isConnected` and write back everything they read, a move
 * writes back what it read to bump `updatedAt`; a seat joined, renamed or freed in between was
 * undone (test/server/connectionRace.test.ts). So what is stored is the stored metadata with the
 * writer's own changes — the difference between what it read (`readAs`, metadataText) and what it
 * writes — put on it. `stored` is the metadata as stored now (metadataText); `updatedAt` is the writer's.
 */
export function mergeOntoStored(readAs: string, written: Server.MatchData, stored: string): Server.MatchData {
  const base = JSON.parse(readAs) as Json;
  const mine = JSON.parse(JSON.stringify({ ...written, updatedAt: 0 })) as Json;
  const result = merged(base, mine, JSON.parse(stored) as Json) as unknown as Server.MatchData;
  return { ...result, updatedAt: written.updatedAt };
}
