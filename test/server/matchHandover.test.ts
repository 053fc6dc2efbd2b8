import { describe, expect, test } from 'vitest';
import { createLogger } from '../../server/logger';
import { releaseMatches } from '../../server/matchRelease';
import { MatchStore } from '../../server/matchStore';
import { NotOwnerError } from '../../server/shard/ownership';
import type { SqlDriver } from '../../server/storage/driver';
import { SqlStorage } from '../../server/storage/sqlStorage';
import { drivers, metadata, state, useMigratedDriver } from './support/storageFixtures';

/**
 * A shard handed back to its home process (server/matchRelease.ts): what the stand-in's memory held
 * of its matches is stored before the lock goes, and no write of the stand-in lands after it, where
 * it would undo what the home process wrote (the metadata is written whole, not compare-and-set).
 * The bots, timers, streams and sockets the release also stops are the shard tests' (shardHandback.test.ts).
 */
const nothingElse = {
  bots: { detachWhere: () => undefined },
  starts: { unload: () => undefined },
  classroom: { unload: async () => undefined },
  press: { closeStreams: () => undefined },
  gate: null,
};

describe.each(drivers)('matches handed over to another process, on %s', (name, options) => {
  let raw: SqlDriver;
  let store: MatchStore;
  const id = (suffix: string) => `handover-${name}-${process.pid}-${suffix}`;
  const stored = async (matchID: string) => (await new SqlStorage(raw).fetch(matchID, { metadata: true })).metadata!;

  useMigratedDriver(options, (d) => {
    raw = d;
    store = new MatchStore(new SqlStorage(raw), createLogger('silent'));
  });

  test('the updatedAt only memory held is stored before the matches go', async () => {
    const matchID = id('updated');
    const created = metadata();
    await store.createMatch(matchID, { initialState: state(0), metadata: created });
    // A move's metadata write: only updatedAt changes, and memory keeps it (the slack).
    await store.setMetadata(matchID, { ...created, updatedAt: created.updatedAt + 5_000 });
    expect((await stored(matchID)).updatedAt).toBe(created.updatedAt);
    await releaseMatches({ ...nothingElse, store }, (m) => m === matchID);
    expect((await stored(matchID)).updatedAt).toBe(created.updatedAt + 5_000);
  });

  test('a write after the hand-over is refused and the new owner’s metadata stays; taken over again, the matches are written again', async () => {
    const matchID = id('late');
    const other = id('other');
    const created = metadata();
    await store.createMatch(matchID, { initialState: state(0), metadata: created });
    await store.createMatch(other, { initialState: state(0), metadata: metadata() });
    const writeAgain = await releaseMatches({ ...nothingElse, store }, (m) => m === matchID);
    // The home process seats someone; then a late write of the stand-in's (a disconnect handler) comes with what it had read.
    const owners = { ...created, players: { ...created.players, 1: { id: 1, name: 'Ada', credentials: 'c1' } }, updatedAt: created.updatedAt + 1 };
    await new SqlStorage(raw).setMetadata(matchID, owners);
    const late = { ...created, players: { ...created.players, 0: { id: 0, isConnected: false } }, updatedAt: created.updatedAt + 2 };
    await expect(store.setMetadata(matchID, late)).rejects.toBeInstanceOf(NotOwnerError);
    await expect(store.setState(matchID, state(1), [])).rejects.toBeInstanceOf(NotOwnerError);
    expect((await stored(matchID)).players[1]?.name).toBe('Ada');
    // Positive controls: another match is written as before, and this one again once taken over.
    await store.setMetadata(other, { ...metadata(), players: { 0: { id: 0, name: 'Bo' }, 1: { id: 1 } } });
    expect((await stored(other)).players[0]?.name).toBe('Bo');
    writeAgain();
    await store.setMetadata(matchID, { ...owners, players: { ...owners.players, 0: { id: 0, name: 'Cy' } }, updatedAt: created.updatedAt + 3 });
    expect((await stored(matchID)).players[0]?.name).toBe('Cy');
  });
});
