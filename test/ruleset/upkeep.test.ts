import { describe, expect, test } from 'vitest';
import { runUpkeep, UPKEEP } from '../../shared/rules/upkeep';
import type { PeninsulaState } from '../../shared/state';
import { notate } from '../support/board';
import { agreed, midState } from './support/state';

/** What one upkeep rule does to a board, in the tests' notation ('' when it does nothing). */
function ruleOn(name: string, G: PeninsulaState): string {
  const rule = UPKEEP.find((r) => r.name === name);
  if (!rule) throw new Error(`No upkeep rule ${name}`);
  const result = rule.apply(G);
  return result ? notate(result.effects, { tracks: { ...G.tracks }, flags: { ...G.flags } }) : '';
}

function contact(G: PeninsulaState): PeninsulaState {
  G.flags.usDprkContact = true;
  return G;
}

function inForce(G: PeninsulaState, item: 'freezeYongbyon' | 'dismantleYongbyon'): PeninsulaState {
  agreed(G, ['US', 'DPRK'], 'hanoi', [item], 1, [[item, 'DPRK', 'active']]);
  return G;
}

/** [rule, situation, what the rule does, the board] */
const ROWS: [string, string, string, PeninsulaState][] = [
  ['Sanctions pressure', 'sanctions 8 × enforcement 5 / 10 = 4, less 1 the economy absorbs', 'economy-3', midState({ sanctions: 8, enforcement: 5 })],
  ['Sanctions pressure', 'sanctions 5 × enforcement 5 / 10 = 2 (rounded down), less 1', 'economy-1', midState()],
  ['Sanctions pressure', 'sanctions 4 × enforcement 4 / 10 = 1: the economy absorbs it', '', midState({ sanctions: 4, enforcement: 4 })],
  ['Sanctions pressure', 'sanctions 10 leak entirely when China does not enforce them', '', midState({ sanctions: 10, enforcement: 0 })],
  ['Rapport decay', 'no letter or summit this round', 'rapport-1', midState()],
  ['Rapport decay', 'the leaders were in contact this round', '', contact(midState())],
  ['Rapport breeds legitimacy', 'rapport 8', 'legitimacy+1', midState({ rapport: 8 })],
  ['Rapport breeds legitimacy', 'rapport 7', '', midState({ rapport: 7 })],
  ['Yongbyon runs', 'every third round (round 3)', 'capability+1', midState({}, 3)],
  ['Yongbyon runs', 'not in round 2', '', midState({}, 2)],
  ['Yongbyon runs', 'not while a freeze is in force (round 6)', '', inForce(midState({}, 6), 'freezeYongbyon')],
  ['Yongbyon runs', 'not while dismantlement is in force (round 3)', '', inForce(midState({}, 3), 'dismantleYongbyon')],
  ['Arms race', 'ROK defence 6 + Japan defence 6 = 12', 'tension+1', midState({ rokDefence: 6, jpnDefence: 6 })],
  ['Arms race', 'ROK defence 6 + Japan defence 5 = 11', '', midState({ rokDefence: 6, jpnDefence: 5 })],
  ['Humanitarian exemptions', 'DPRK economy 1: sanctions ease', 'sanctions-1', midState({ economy: 1 })],
  ['Humanitarian exemptions', 'DPRK economy 2', '', midState({ economy: 2 })],
  ['Humanitarian exemptions', 'DPRK economy 0, but no sanctions left to ease', '', midState({ economy: 0, sanctions: 0 })],
  ['A cornered regime', 'DPRK economy 1', 'tension+1', midState({ economy: 1 })],
  ['A cornered regime', 'DPRK economy 2', '', midState({ economy: 2 })],
];

describe('upkeep at the end of every round', () => {
  test('runs its rules in this order', () => {
    expect(UPKEEP.map((r) => r.name)).toEqual(['Sanctions pressure', 'Rapport decay', 'Rapport breeds legitimacy', 'Yongbyon runs', 'Arms race', 'Humanitarian exemptions', 'A cornered regime']);
  });

  test('the table covers every rule, both when it applies and when it does not', () => {
    for (const rule of UPKEEP) {
      const rows = ROWS.filter(([name]) => name === rule.name);
      expect(rows.some(([, , effect]) => effect !== '')).toBe(true);
      expect(rows.some(([, , effect]) => effect === '')).toBe(true);
    }
  });

  test.each(ROWS)('%s: %s → "%s"', (name, _situation, effect, G) => {
    expect(ruleOn(name, G)).toBe(effect);
  });

  test('a whole upkeep on the mid-board in round 3: the sanctions bite, rapport fades, Yongbyon produces', () => {
    const G = midState({}, 3);
    runUpkeep(G);
    expect(G.tracks).toMatchObject({ economy: 4, rapport: 4, capability: 6, tension: 5, legitimacy: 5 });
    expect(G.headlines.map((h) => [h.kind, h.text])).toEqual([
      ['upkeep', "Sanctions bite: the North's economy shrinks (pressure 2)"],
      ['upkeep', 'No word between the leaders: rapport fades'],
      ['upkeep', 'Yongbyon keeps producing fissile material'],
    ]);
  });

  test('high rapport is judged after the decay: 8 without contact fades to 7 and lends nothing', () => {
    const G = midState({ rapport: 8, sanctions: 0 });
    runUpkeep(G);
    expect(G.tracks).toMatchObject({ rapport: 7, legitimacy: 5 });
  });

  test('the arms race can push tension to 10 and every later rule still runs: war is judged after upkeep, not during it', () => {
    const G = midState({ tension: 9, rokDefence: 6, jpnDefence: 6, economy: 1, sanctions: 0 });
    runUpkeep(G);
    expect(G.war).toBeNull();
    expect(G.tracks.tension).toBe(10);
    expect(G.headlines.map((h) => h.text)).toEqual([
      'No word between the leaders: rapport fades',
      'Seoul and Tokyo arm: the arms race feeds tension',
      'A cornered, hungry regime grows dangerous',
    ]);
  });
});
