import { describe, expect, test } from 'vitest';
import { OUTCOMES } from '../../shared/data/outcomes';
import { SCENARIO_IDS, SCENARIOS } from '../../shared/data/scenarios';
import { ARMED_REGION, ARMS_RACE_BUILD_UP, armsRaceThreshold, runUpkeep, UPKEEP } from '../../shared/rules/upkeep';
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

function onTheBrink(G: PeninsulaState): PeninsulaState {
  G.flags.brink = true;
  return G;
}

function pact(G: PeninsulaState): PeninsulaState {
  G.flags.russiaPact = true;
  return G;
}

function inForce(G: PeninsulaState, item: 'freezeYongbyon' | 'dismantleYongbyon' | 'allowInspections'): PeninsulaState {
  agreed(G, ['US', 'DPRK'], 'hanoi', [item], 1, [[item, 'DPRK', 'active']]);
  return G;
}

/** [rule, situation, what the rule does, the board] */
const ROWS: [string, string, string, PeninsulaState][] = [
  ['Sanctions pressure', 'sanctions 8 × enforcement 5 / 10 = 4', 'economy-4', midState({ sanctions: 8, enforcement: 5 })],
  ['Sanctions pressure', 'sanctions 5 × enforcement 5 / 10 = 2 (rounded down)', 'economy-2', midState()],
  ['Sanctions pressure', 'sanctions 3 × enforcement 3 / 10 = 0 (rounded down)', '', midState({ sanctions: 3, enforcement: 3 })],
  ['Sanctions pressure', 'sanctions 10 leak entirely when China does not enforce them', '', midState({ sanctions: 10, enforcement: 0 })],
  ["Moscow's market", 'the Russia–DPRK treaty holds and the DPRK economy is 2', 'economy+1', pact(midState({ economy: 2 }))],
  ["Moscow's market", 'the treaty holds but the economy is 3: a lifeline, not a boom', '', pact(midState({ economy: 3 }))],
  ["Moscow's market", 'no treaty (every scenario before 2024)', '', midState({ economy: 1 })],
  ["Moscow's know-how", 'the treaty holds and China–DPRK ties are 3', 'capability+1', pact(midState({ tiesPrcDprk: 3 }))],
  ["Moscow's know-how", 'the treaty holds but China keeps ties at 4', '', pact(midState({ tiesPrcDprk: 4 }))],
  ["Moscow's know-how", 'ties at 2 but no treaty', '', midState({ tiesPrcDprk: 2 })],
  ['Rapport decay', 'no letter or summit this round', 'rapport-1', midState()],
  ['Rapport decay', 'the leaders were in contact this round', '', contact(midState())],
  ['Rapport breeds legitimacy', 'rapport 8', 'legitimacy+1', midState({ rapport: 8 })],
  ['Rapport breeds legitimacy', 'rapport 7', '', midState({ rapport: 7 })],
  ['Yongbyon runs', 'every fourth round (round 4)', 'capability+1', midState({}, 4)],
  ['Yongbyon runs', 'not in round 3', '', midState({}, 3)],
  ['Yongbyon runs', 'not while a freeze is in force (round 8)', '', inForce(midState({}, 8), 'freezeYongbyon')],
  ['Yongbyon runs', 'not while dismantlement is in force (round 4)', '', inForce(midState({}, 4), 'dismantleYongbyon')],
  ['Yongbyon runs', 'not while inspectors are on site (round 4)', '', inForce(midState({}, 4), 'allowInspections')],
  ['Alliance fatigue', 'both trust tracks at 7: allies ask for more', 'trustUsRok-1 trustUsJpn-1', midState({ trustUsRok: 7, trustUsJpn: 7 })],
  ['Alliance fatigue', 'US–ROK trust 8, US–Japan trust 6', 'trustUsRok-1', midState({ trustUsRok: 8, trustUsJpn: 6 })],
  ['Alliance fatigue', 'both trust tracks at 6', '', midState({ trustUsRok: 6, trustUsJpn: 6 })],
  ['An armed region', 'ROK defence 7 + Japan defence 7 = 14', 'tension+1', midState({ rokDefence: 7, jpnDefence: 7 })],
  ['An armed region', 'ROK defence 7 + Japan defence 6 = 13', '', midState({ rokDefence: 7, jpnDefence: 6 })],
  ['Humanitarian exemptions', 'DPRK economy 1: sanctions ease', 'sanctions-1', midState({ economy: 1 })],
  ['Humanitarian exemptions', 'DPRK economy 2', '', midState({ economy: 2 })],
  ['Humanitarian exemptions', 'DPRK economy 0, but no sanctions left to ease', '', midState({ economy: 0, sanctions: 0 })],
  ['A cornered regime', 'DPRK economy 1', 'tension+1', midState({ economy: 1 })],
  ['A cornered regime', 'DPRK economy 2', '', midState({ economy: 2 })],
  ['Bounded swings', 'tension fell from 7 to 2 this round: it falls 2 at most', 'tension+3', swung({ tension: 7 }, { tension: 2 })],
  ['Bounded swings', 'the economy rose from 4 to 10: it rises 3 at most', 'economy-3', swung({ economy: 4 }, { economy: 10 })],
  ['Bounded swings', 'tension rose from 5 to 8: within its 3', '', swung({ tension: 5 }, { tension: 8 })],
  [
    'A test is news',
    'a nuclear test this round, yet tension ends where it began: it ends 2 higher',
    'tension+2',
    tested('nuclearTest', { tension: 6 }, { tension: 6 }),
  ],
  ['A test is news', 'a missile test, and calming gestures took tension below its start', 'tension+2', tested('missileTest', { tension: 6 }, { tension: 5 })],
  ['A test is news', 'a nuclear test that already raised tension by 2', '', tested('nuclearTest', { tension: 4 }, { tension: 6 })],
  // The floor stops short of war: whether the peninsula goes to war is the table's to decide, not one test's.
  [
    'A test is news',
    'a missile test from 10 (not yet on the brink), and the others calmed to 8: tension ends at 9, not 10',
    'tension+1',
    tested('missileTest', { tension: 10 }, { tension: 8 }),
  ],
  // On the brink a round that ends at 9 is war too (balance pass 21): there the floor is the step back, 8.
  [
    'A test is news',
    'a missile test on the brink, and the others calmed to 8: tension stays at 8',
    '',
    onTheBrink(tested('missileTest', { tension: 10 }, { tension: 8 })),
  ],
  [
    'A test is news',
    'a nuclear test on the brink, and the others calmed to 7: tension ends at 8, not 9',
    'tension+1',
    onTheBrink(tested('nuclearTest', { tension: 10 }, { tension: 7 })),
  ],
  ['A test is news', 'a nuclear test from 8, calmed back to 7: tension ends at 9', 'tension+2', tested('nuclearTest', { tension: 8 }, { tension: 7 })],
];

/** A round that began on `start` and stands at `now`. */
function swung(start: Partial<PeninsulaState['tracks']>, now: Partial<PeninsulaState['tracks']>): PeninsulaState {
  const G = midState(start);
  G.tracks = { ...G.tracks, ...now };
  return G;
}

function tested(test: 'nuclearTest' | 'missileTest', start: Partial<PeninsulaState['tracks']>, now: Partial<PeninsulaState['tracks']>): PeninsulaState {
  const G = swung(start, now);
  G.lastUsed[test] = G.round;
  return G;
}

describe('the arms race is a build-up from where the scenario began; the armed level feeds tension (balance pass 11)', () => {
  const armedRule = UPKEEP.find((r) => r.name === 'An armed region')!;
  test.each(SCENARIO_IDS)('%s: the build-up is the outcome, one point short is not; tension follows the level alone', (scenario) => {
    const start = SCENARIOS[scenario].tracks;
    const board = (buildUp: number) => {
      const G = midState({ tension: 6, capability: 5, legitimacy: 3 });
      G.options.scenario = scenario;
      const rok = start.rokDefence + Math.ceil(buildUp / 2);
      Object.assign(G.tracks, { rokDefence: rok, jpnDefence: start.jpnDefence + buildUp - (rok - start.rokDefence) });
      return G;
    };
    const feeds = (G: PeninsulaState) => notate(armedRule.apply(G)?.effects ?? [], G) === 'tension+1';
    const at = board(ARMS_RACE_BUILD_UP);
    expect(at.tracks.rokDefence + at.tracks.jpnDefence).toBe(armsRaceThreshold(at));
    expect(OUTCOMES.armsRace.holds(at)).toBe(true);
    const short = board(ARMS_RACE_BUILD_UP - 1);
    expect(OUTCOMES.armsRace.holds(short)).toBe(false);
    for (const G of [at, short]) expect(feeds(G)).toBe(G.tracks.rokDefence + G.tracks.jpnDefence >= ARMED_REGION);
  });
  test('the later scenarios, which start better armed, need more to race than Singapore 2018', () => {
    const threshold = (scenario: (typeof SCENARIO_IDS)[number]) => armsRaceThreshold({ options: { scenario } });
    expect(threshold('singapore2018')).toBe(14);
    expect(threshold('present2025')).toBe(18);
  });
});

describe('upkeep at the end of every round', () => {
  test('runs its rules in this order', () => {
    expect(UPKEEP.map((r) => r.name)).toEqual([
      'Sanctions pressure',
      "Moscow's market",
      "Moscow's know-how",
      'Rapport decay',
      'Rapport breeds legitimacy',
      'Yongbyon runs',
      'Alliance fatigue',
      'An armed region',
      'Humanitarian exemptions',
      'A cornered regime',
      'Bounded swings',
      'A test is news',
    ]);
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

  test('a whole upkeep on the mid-board in round 4: the sanctions bite, rapport fades, Yongbyon produces', () => {
    const G = midState({}, 4);
    runUpkeep(G);
    expect(G.tracks).toMatchObject({ economy: 3, rapport: 4, capability: 6, tension: 5, legitimacy: 5 });
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

  test('an armed region can push tension to 10 and every later rule still runs: war is judged after upkeep, not during it', () => {
    const G = midState({ tension: 9, rokDefence: 7, jpnDefence: 7, economy: 1, sanctions: 0 });
    runUpkeep(G);
    expect(G.war).toBeNull();
    expect(G.tracks.tension).toBe(10);
    expect(G.headlines.map((h) => h.text)).toEqual([
      'No word between the leaders: rapport fades',
      'Seoul and Tokyo arm: armed neighbours make a tenser region',
      'A cornered, hungry regime grows dangerous',
    ]);
  });
});
