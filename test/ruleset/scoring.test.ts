import { describe, expect, test } from 'vitest';
import { AGENDA_IDS, AGENDAS, type AgendaId } from '../../shared/data/agendas';
import { OBJECTIVES } from '../../shared/data/objectives';
import { finalResult, measure, outcomeOf, winnersOf, type RoleScore } from '../../shared/scoring';
import type { Agreement, PeninsulaState } from '../../shared/state';
import type { Tracks } from '../../shared/tracks';
import { newMatch } from '../support/match';

const base = newMatch().G;

function state(changes: {
  tracks?: Partial<Tracks>;
  agreements?: Partial<Agreement>[];
  timesUsed?: PeninsulaState['timesUsed'];
  inForce?: string[];
  orders?: { round: number; us: string[] }[];
}): PeninsulaState {
  const G = structuredClone(base);
  Object.assign(G.tracks, changes.tracks);
  G.agreements = (changes.agreements ?? []).map((a, i) => ({ id: `a${i}`, round: 1, venue: 'hanoi', parties: ['US', 'DPRK'], items: [], kind: 'deal', ...a }));
  G.timesUsed = changes.timesUsed ?? {};
  G.commitments = (changes.inForce ?? []).map((concession, i) => ({
    id: `c${i}`,
    agreementId: 'a0',
    concession: concession as never,
    role: 'DPRK',
    madeInRound: 1,
    endsAfterRound: 99,
    status: 'active',
  }));
  G.history = (changes.orders ?? []).map(({ round, us }) => ({ round, event: 'quietRound', eventChoice: null, orders: { US: us as never }, tracks: G.tracks }));
  return G;
}

/** [agenda, a state where it is met, a state where it is not] */
const AGENDA_CASES: [AgendaId, PeninsulaState, PeninsulaState][] = [
  ['usTwoSummits', state({ agreements: [{}, {}] }), state({ agreements: [{}, { parties: ['US', 'PRC'] }] })],
  [
    'usInspectorsOnSite',
    state({ agreements: [{ items: ['allowInspections'] }] }),
    // Inspections agreed at a table Washington did not sign are not the US's win (balance pass 10).
    state({ agreements: [{ items: ['freezeYongbyon'] }, { parties: ['PRC', 'DPRK'], items: ['allowInspections'] }], inForce: ['freezeYongbyon'] }),
  ],
  ['dprkSanctionsBelowFour', state({ tracks: { sanctions: 3 } }), state({ tracks: { sanctions: 4 } })],
  ['dprkRecognisedNuclearState', state({ tracks: { capability: 7, legitimacy: 5 } }), state({ tracks: { capability: 7, legitimacy: 4 } })],
  [
    'rokTrustAndEngagement',
    state({ tracks: { trustUsRok: 8 }, timesUsed: { interKoreanProject: 2 } }),
    state({ tracks: { trustUsRok: 7 }, timesUsed: { interKoreanProject: 2 } }),
  ],
  ['rokPanmunjomSummit', state({ agreements: [{ venue: 'panmunjom' }] }), state({ agreements: [{ venue: 'hanoi' }] })],
  [
    'prcBeijingSummit',
    state({ agreements: [{ venue: 'beijing', parties: ['PRC', 'US'] }] }),
    state({ agreements: [{ venue: 'beijing', parties: ['PRC', 'DPRK'] }] }),
  ],
  ['prcStableNeighbour', state({ tracks: { economy: 6, tiesPrcDprk: 9 } }), state({ tracks: { economy: 5, tiesPrcDprk: 10 } })],
  [
    'jpnNoReliefBeforeInspections',
    state({
      tracks: { sanctions: 7 },
      agreements: [
        { round: 2, items: ['allowInspections'] },
        { round: 3, items: ['partialSanctionsRelief'] },
      ],
    }),
    state({
      tracks: { sanctions: 7 },
      agreements: [
        { round: 1, items: ['partialSanctionsRelief'] },
        { round: 2, items: ['allowInspections'] },
      ],
    }),
  ],
  [
    'jpnAbductionsAddressed',
    state({ timesUsed: { raiseAbductions: 3 }, tracks: { legitimacy: 5 } }),
    state({ timesUsed: { raiseAbductions: 3 }, tracks: { legitimacy: 6 } }),
  ],
];

describe('secret agendas', () => {
  test('every agenda has a case, and every role has two', () => {
    expect(AGENDA_CASES.map(([id]) => id).sort()).toEqual([...AGENDA_IDS].sort());
  });
  test.each(AGENDA_CASES)('%s is met in the first state and not in the second', (id, met, notMet) => {
    expect(AGENDAS[id].met(met)).toBe(true);
    expect(AGENDAS[id].met(notMet)).toBe(false);
  });
  test("Japan's no-relief agenda counts relief agreed at summits, not Washington's own relief order", () => {
    const orderOnly = state({
      tracks: { sanctions: 7 },
      orders: [{ round: 1, us: ['sanctionsRelief'] }],
      agreements: [{ round: 2, items: ['allowInspections'] }],
    });
    expect(AGENDAS.jpnNoReliefBeforeInspections.met(orderOnly)).toBe(true);
    // Balance pass 17: sanctions at 5 or more (not 6), the line of "maximum pressure" held.
    expect(AGENDAS.jpnNoReliefBeforeInspections.met(state({ tracks: { sanctions: 5 } }))).toBe(true);
    expect(AGENDAS.jpnNoReliefBeforeInspections.met(state({ tracks: { sanctions: 4 } }))).toBe(false);
  });
  test("Japan's abductions agenda needs Pyongyang's legitimacy held down on either path: conditional aid alone is not enough (balance pass 10)", () => {
    const aid = (legitimacy: number) => state({ agreements: [{ parties: ['JPN', 'DPRK'], items: ['conditionalAid'] }], tracks: { legitimacy } });
    expect(AGENDAS.jpnAbductionsAddressed.met(aid(5))).toBe(true);
    expect(AGENDAS.jpnAbductionsAddressed.met(aid(6))).toBe(false);
    expect(AGENDAS.jpnAbductionsAddressed.met(state({ timesUsed: { raiseAbductions: 2 }, tracks: { legitimacy: 3 } }))).toBe(false);
  });
});

describe("North Korea's recognised nuclear state (balance pass 11): the arsenal, and either legitimacy or a summit with Washington", () => {
  const recognised = (capability: number, legitimacy: number, parties?: Agreement['parties']) =>
    AGENDAS.dprkRecognisedNuclearState.met(state({ tracks: { capability, legitimacy }, agreements: parties ? [{ parties }] : [] }));
  test('an agreement signed with the United States stands in for legitimacy', () => {
    expect(recognised(7, 4)).toBe(false);
    expect(recognised(7, 4, ['US', 'DPRK'])).toBe(true);
    expect(recognised(7, 0, ['DPRK', 'US', 'PRC'])).toBe(true);
  });
  test('an agreement without Washington does not, and neither path works without capability 7', () => {
    expect(recognised(7, 4, ['DPRK', 'PRC'])).toBe(false);
    expect(recognised(7, 4, ['US', 'PRC'])).toBe(false);
    expect(recognised(6, 9, ['US', 'DPRK'])).toBe(false);
    expect(recognised(6, 5)).toBe(false);
  });
});

describe('public objectives and outcomes', () => {
  test('a track a role wants low scores 10 minus the track; counts score per item up to 10', () => {
    const G = state({ tracks: { capability: 3 }, agreements: [{}, {}, {}] });
    expect(OBJECTIVES.US.map((term) => measure(G, term.measure))).toEqual([
      7,
      G.tracks.usCredibility,
      Math.round((G.tracks.trustUsRok + G.tracks.trustUsJpn) / 2),
      10,
    ]);
  });

  test.each([
    ['war', { war: { round: 2, cause: 'test' } }, {}],
    ['peaceRegime', {}, { tracks: { capability: 3 }, inForce: ['endOfWarDeclaration', 'allowInspections'] }],
    // Capability above where the game began: no peace regime, whatever was declared.
    ['nuclearNormalisation', {}, { tracks: { capability: 9, legitimacy: 8 }, inForce: ['endOfWarDeclaration', 'allowInspections'] }],
    ['nuclearNormalisation', {}, { tracks: { capability: 8, legitimacy: 7 } }],
    ['armsRace', {}, { tracks: { capability: 5, rokDefence: 7, jpnDefence: 7, tension: 6 } }],
    // A region that arms but stays calm has managed its crisis: détente comes first.
    ['managedDetente', {}, { tracks: { capability: 5, rokDefence: 7, jpnDefence: 7, tension: 3 } }],
    ['managedDetente', {}, { tracks: { capability: 5, rokDefence: 3, jpnDefence: 3, tension: 3 } }],
    ['frozenConflict', {}, { tracks: { capability: 5, rokDefence: 3, jpnDefence: 3, tension: 6 } }],
  ] as const)('the outcome is %s', (outcome, extra, changes) => {
    const G = { ...state(changes as never), ...extra };
    expect(outcomeOf(G)).toBe(outcome);
  });

  test('the highest total wins, ties go to the fewest breaches, the higher objectives, the more agreements, a full tie is shared, and a war has no winners', () => {
    const score = (total: number, breaches: number): RoleScore => ({
      objectives: [],
      agenda: { id: null, label: '', met: false, points: 0 },
      outcomeBonus: 0,
      total,
      breaches,
      agreements: 0,
    });
    expect(winnersOf({ US: score(30, 0), DPRK: score(31, 2), ROK: score(20, 0), PRC: score(5, 0), JPN: score(0, 0) }, 'frozenConflict')).toEqual(['DPRK']);
    expect(winnersOf({ US: score(31, 0), DPRK: score(31, 2), ROK: score(20, 0), PRC: score(5, 0), JPN: score(0, 0) }, 'frozenConflict')).toEqual(['US']);
    expect(winnersOf({ US: score(31, 1), DPRK: score(31, 1), ROK: score(20, 0), PRC: score(5, 0), JPN: score(0, 0) }, 'frozenConflict')).toEqual([
      'US',
      'DPRK',
    ]);
    expect(winnersOf({ US: score(31, 1), DPRK: score(31, 1), ROK: score(20, 0), PRC: score(5, 0), JPN: score(0, 0) }, 'war')).toEqual([]);
    // Then the higher public objectives: what the table earned in the open beats the secret draw.
    const earned = (total: number, objectives: number): RoleScore => ({ ...score(total, 0), objectives: [{ label: 'o', points: objectives }] });
    expect(winnersOf({ US: earned(31, 27), DPRK: earned(31, 23), ROK: score(20, 0), PRC: score(5, 0), JPN: score(0, 0) }, 'frozenConflict')).toEqual(['US']);
    // Then the more agreements signed: the diplomat who got things on paper.
    const signed = (agreements: number): RoleScore => ({ ...earned(31, 27), agreements });
    expect(winnersOf({ US: signed(2), DPRK: signed(3), ROK: score(20, 0), PRC: score(5, 0), JPN: score(0, 0) }, 'frozenConflict')).toEqual(['DPRK']);
    expect(winnersOf({ US: signed(3), DPRK: signed(3), ROK: score(20, 0), PRC: score(5, 0), JPN: score(0, 0) }, 'frozenConflict')).toEqual(['US', 'DPRK']);
  });

  test('a total is objectives plus the agenda plus the outcome bonus', () => {
    const result = finalResult(state({ tracks: { capability: 8, legitimacy: 7 } }));
    expect(result.outcome).toBe('nuclearNormalisation');
    for (const s of Object.values(result.scores)) {
      expect(s.total).toBe(s.objectives.reduce((a, b) => a + b.points, 0) + s.agenda.points + s.outcomeBonus);
    }
    expect(result.scores.DPRK.outcomeBonus).toBe(1);
    expect(result.scores.PRC.outcomeBonus).toBe(1);
    expect(result.scores.US.outcomeBonus).toBe(-2);
  });
});
