import { describe, expect, test } from 'vitest';
import { runUpkeep, sanctionsPressure, UPKEEP } from '../../shared/rules/upkeep';
import type { PeninsulaState } from '../../shared/state';
import type { Tracks } from '../../shared/tracks';
import { newMatch } from '../support/match';

function board(tracks: Partial<Tracks>, round = 1, contact = false): PeninsulaState {
  const G = structuredClone(newMatch().G);
  G.round = round;
  G.commitments = [];
  Object.assign(G.tracks, { tension: 5, capability: 5, sanctions: 5, enforcement: 4, economy: 5, rapport: 5, rokDefence: 4, jpnDefence: 4 }, tracks);
  G.flags.usDprkContact = contact;
  return G;
}

function afterUpkeep(G: PeninsulaState): Tracks {
  runUpkeep(G);
  return G.tracks;
}

describe('upkeep at the end of each round', () => {
  test('the rules run in this order', () => {
    expect(UPKEEP.map((r) => r.name)).toEqual(['Sanctions pressure', 'Rapport decay', 'Rapport breeds legitimacy', 'Yongbyon runs', 'Arms race', 'A cornered regime']);
  });

  test.each([
    [7, 6, 4, 5 - 3], // pressure 4: the economy absorbs 1 and loses 3
    [5, 4, 2, 5 - 1],
    [3, 3, 0, 5],
    [10, 10, 10, 0],
  ])('sanctions %i × enforcement %i gives pressure %i: economy 5 → %i', (sanctions, enforcement, pressure, economy) => {
    const G = board({ sanctions, enforcement }, 1, true);
    expect(sanctionsPressure(G)).toBe(pressure);
    expect(afterUpkeep(G).economy).toBe(economy);
  });

  test('rapport decays by 1 without a letter or a summit, and not with one', () => {
    expect(afterUpkeep(board({ rapport: 5 })).rapport).toBe(4);
    expect(afterUpkeep(board({ rapport: 5 }, 1, true)).rapport).toBe(5);
  });

  test('high rapport (8 or more after decay) lends Pyongyang legitimacy', () => {
    expect(afterUpkeep(board({ rapport: 9, legitimacy: 5 })).legitimacy).toBe(6);
    expect(afterUpkeep(board({ rapport: 8, legitimacy: 5 })).legitimacy).toBe(5);
  });

  test('Yongbyon adds capability every third round unless frozen or dismantled', () => {
    expect(afterUpkeep(board({ capability: 5 }, 3, true)).capability).toBe(6);
    expect(afterUpkeep(board({ capability: 5 }, 2, true)).capability).toBe(5);
    const frozen = board({ capability: 5 }, 3, true);
    frozen.commitments = [{ id: 'c1', agreementId: 'a1', concession: 'freezeYongbyon', role: 'DPRK', madeInRound: 1, endsAfterRound: 3, status: 'active' }];
    expect(afterUpkeep(frozen).capability).toBe(5);
  });

  test('South Korean and Japanese defence at 12 or more feeds tension: the arms race', () => {
    expect(afterUpkeep(board({ rokDefence: 6, jpnDefence: 6 }, 1, true)).tension).toBe(6);
    expect(afterUpkeep(board({ rokDefence: 6, jpnDefence: 5 }, 1, true)).tension).toBe(5);
  });

  test('a starving regime (economy 1 or less) grows dangerous', () => {
    expect(afterUpkeep(board({ economy: 1, sanctions: 0 }, 1, true)).tension).toBe(6);
  });
});
