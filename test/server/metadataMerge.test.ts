import type { Server } from 'boardgame.io';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { metadataText } from '../../server/storage/matchCache';
import { mergeOntoStored } from '../../server/storage/metadataMerge';

const seat = fc.record({
  id: fc.nat(4),
  name: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
  isConnected: fc.option(fc.boolean(), { nil: undefined }),
});
const metadata = fc.record({
  gameName: fc.constant('peninsula'),
  players: fc.dictionary(fc.constantFrom('0', '1', '2'), seat),
  setupData: fc.constant({ rounds: 8 }),
  gameover: fc.option(fc.constant({ winner: '0' }), { nil: undefined }),
  createdAt: fc.constant(1),
  updatedAt: fc.nat(),
}) as fc.Arbitrary<Server.MatchData>;
const text = (m: Server.MatchData) => metadataText(JSON.parse(JSON.stringify(m)) as Server.MatchData);

describe('a metadata write lands as its own changes on what is stored', () => {
  test('nothing stored since it read: the write as it is; it changed nothing: what is stored', () => {
    fc.assert(
      fc.property(metadata, metadata, (base, other) => {
        expect(text(mergeOntoStored(text(base), other, text(base)))).toBe(text(other));
        expect(text(mergeOntoStored(text(base), { ...base, updatedAt: 7 }, text(other)))).toBe(text({ ...other, updatedAt: 7 }));
      }),
    );
  });

  test("a seat's connection flipped over a rename of another seat keeps both, and a game over", () => {
    const base = {
      gameName: 'peninsula',
      players: { 0: { id: 0, name: 'Ann' }, 2: { id: 2, name: 'Bo' } },
      createdAt: 1,
      updatedAt: 5,
    } as unknown as Server.MatchData;
    const renamed = { ...base, players: { ...base.players, 2: { id: 2, name: 'Bea' } }, gameover: { draw: true } } as unknown as Server.MatchData;
    const connected = { ...base, players: { ...base.players, 0: { id: 0, name: 'Ann', isConnected: true } }, updatedAt: 9 } as unknown as Server.MatchData;
    const result = mergeOntoStored(text(base), connected, text(renamed));
    expect(result.players[0]).toEqual({ id: 0, name: 'Ann', isConnected: true });
    expect(result.players[2]).toEqual({ id: 2, name: 'Bea' });
    expect(result.gameover).toEqual({ draw: true });
    expect(result.updatedAt).toBe(9);
  });

  test('a seat freed (its name removed) over a connection flip of the same seat: the name stays removed', () => {
    const base = { players: { 1: { id: 1, name: 'Cy', isConnected: true } }, updatedAt: 1 } as unknown as Server.MatchData;
    const freed = { players: { 1: { id: 1, isConnected: true } }, updatedAt: 2 } as unknown as Server.MatchData;
    const dropped = { players: { 1: { id: 1, name: 'Cy', isConnected: false } }, updatedAt: 3 } as unknown as Server.MatchData;
    expect(mergeOntoStored(text(base), dropped, text(freed)).players[1]).toEqual({ id: 1, isConnected: false });
  });
});
