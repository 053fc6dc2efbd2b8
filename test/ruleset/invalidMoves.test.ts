import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { RejectionCode, Rejection } from '../../shared/rejection';
import { roleOfPlayer, type Role } from '../../shared/roles';
import { checkCrisisChoice } from '../../shared/rules/crisis';
import { checkOrders } from '../../shared/rules/orders';
import { checkCounter, checkDone, checkPropose, checkRespond, checkWalkOut } from '../../shared/rules/summits';
import type { MatchState } from '../../tools/sim/headless';
import type { PeninsulaState } from '../../shared/state';
import { everyoneDone, move, newMatch } from '../support/match';
import { act, errorOf } from './support/act';
import { edit, fixture, play, round } from './support/script';

/** The check each move runs first: the client calls the same one to say why a control is disabled. */
const CHECKS: Record<string, (G: PeninsulaState, role: Role | undefined, input: unknown) => Rejection | null> = {
  propose: checkPropose,
  respond: checkRespond,
  counter: checkCounter,
  walkOut: checkWalkOut,
  done: (G, role) => checkDone(G, role),
  submitOrders: checkOrders,
  chooseCrisisOption: checkCrisisChoice,
};

// boardgame.io logs every refused move with console.error; the tests assert the refusals themselves.
beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterAll(() => vi.restoreAllMocks());

const atTable = newMatch({ scenario: 'moratoriumOver2020' }); // rapport 2: no direct US–DPRK channel
const usLeft = move(atTable, 'US', 'done');
const withProposal = move(atTable, 'PRC', 'propose', { to: ['DPRK'], venue: 'beijing', offers: ['prcEconomicAid'], asks: ['releaseDetainees'] });
const p1 = withProposal.G.proposals[0]?.id;
const twoInvited = play(atTable, 'PRC propose DPRK+US @beijing give:actAsGuarantor get:freezeYongbyon,usHumanitarianAid', 'DPRK accept #1');
const p2 = twoInvited.G.proposals[0]?.id;
const inOrders = everyoneDone(atTable);
const cooling = edit(inOrders, (G) => {
  G.lastUsed.nuclearTest = G.round - 1;
  G.lastUsed.nuclearLatencyDebate = G.round - 1;
});
// Seoul's alliance orders have their moments (balance pass 10): a demand needs trust at 7 or less, the latency debate US credibility at 6 or less.
const seoulHeard = edit(inOrders, (G) => {
  G.tracks.trustUsRok = 8;
  G.tracks.usCredibility = 7;
});
const seoulIgnored = edit(seoulHeard, (G) => {
  G.tracks.trustUsRok = 7;
  G.tracks.usCredibility = 6;
});
const prcBound = everyoneDone(play(atTable, 'PRC propose DPRK @beijing give:enforcementEasing get:releaseDetainees', 'DPRK accept #1'));
const easing = prcBound.G.commitments[0]?.id ?? 'none';
// China puts two packages to Pyongyang; Pyongyang counters the first with its own package.
const counteredOnce = play(
  atTable,
  'PRC propose DPRK @beijing give:prcEconomicAid get:releaseDetainees',
  'PRC propose DPRK @beijing give:actAsGuarantor get:releaseDetainees',
  'DPRK counter #1 give:releaseDetainees get:prcEconomicAid',
);
const secondOffer = counteredOnce.G.proposals[1]?.id;
const crisisForUs = round(fixture({ deck: ['walkOutInHanoi'] }), []);

/** [sentence, the reason, the state, sender, move, input] */
type Row = [string, RejectionCode, MatchState, string | null, string, unknown];
const ROWS: Row[] = [
  // Diplomacy
  ['a spectator cannot propose', 'NOT_A_PLAYER', atTable, null, 'propose', { to: ['DPRK'], venue: 'hanoi', offers: ['prcEconomicAid'], asks: [] }],
  ['a spectator cannot leave the table', 'NOT_A_PLAYER', atTable, null, 'done', undefined],
  [
    'a seat that has left the table cannot propose',
    'ALREADY_DONE',
    usLeft,
    '0',
    'propose',
    { to: ['JPN'], venue: 'hanoi', offers: ['usHumanitarianAid'], asks: [] },
  ],
  ['a proposal must have the right shape', 'BAD_INPUT', atTable, '0', 'propose', { to: 'DPRK' }],
  ['a summit needs a venue that exists', 'UNKNOWN_VENUE', atTable, '0', 'propose', { to: ['JPN'], venue: 'moscow', offers: [], asks: [] }],
  ['a summit needs roles that exist', 'UNKNOWN_ROLE', atTable, '0', 'propose', { to: ['UK'], venue: 'hanoi', offers: [], asks: [] }],
  ['nobody invites themselves', 'DUPLICATE', atTable, '0', 'propose', { to: ['US'], venue: 'hanoi', offers: [], asks: [] }],
  [
    'the same package twice in a round clutters the inbox',
    'DUPLICATE',
    withProposal,
    '3',
    'propose',
    { to: ['DPRK'], venue: 'beijing', offers: ['prcEconomicAid'], asks: ['releaseDetainees'] },
  ],
  [
    'a summit in Beijing needs China at the table',
    'VENUE_NEEDS_HOST',
    atTable,
    '0',
    'propose',
    { to: ['DPRK'], venue: 'beijing', offers: ['usHumanitarianAid'], asks: [] },
  ],
  [
    'at rapport 2 the two leaders will not meet without a mediator',
    'NO_CHANNEL',
    atTable,
    '0',
    'propose',
    { to: ['DPRK'], venue: 'hanoi', offers: ['usHumanitarianAid'], asks: [] },
  ],
  ['a package cannot be empty', 'EMPTY_PACKAGE', atTable, '3', 'propose', { to: ['DPRK'], venue: 'beijing', offers: [], asks: [] }],
  [
    'nobody offers a concession that is not theirs',
    'NOT_YOUR_CONCESSION',
    atTable,
    '0',
    'propose',
    { to: ['DPRK', 'PRC'], venue: 'beijing', offers: ['testMoratorium'], asks: [] },
  ],
  [
    'nobody asks for the concession of a role not invited',
    'NOT_THEIR_CONCESSION',
    atTable,
    '3',
    'propose',
    { to: ['DPRK'], venue: 'beijing', offers: [], asks: ['partialSanctionsRelief'] },
  ],
  [
    'relief for Pyongyang needs Pyongyang at the table',
    'ITEM_NEEDS_PARTY',
    atTable,
    '0',
    'propose',
    { to: ['ROK'], venue: 'panmunjom', offers: ['partialSanctionsRelief'], asks: [] },
  ],
  ['a concession must exist', 'UNKNOWN_CONCESSION', atTable, '3', 'propose', { to: ['DPRK'], venue: 'beijing', offers: ['freeLunch'], asks: [] }],
  ['nobody answers a summit they were not invited to', 'NOT_INVITED', withProposal, '4', 'respond', { proposalId: p1, answer: 'accepted' }],
  ['an answer is accepted or rejected', 'BAD_INPUT', withProposal, '1', 'respond', { proposalId: p1, answer: 'maybe' }],
  ['nobody answers a proposal that does not exist', 'UNKNOWN_PROPOSAL', withProposal, '1', 'respond', { proposalId: 'p999', answer: 'accepted' }],
  ['nobody answers the same proposal twice', 'ALREADY_ANSWERED', twoInvited, '1', 'respond', { proposalId: p2, answer: 'rejected' }],
  ['a spectator cannot answer', 'NOT_A_PLAYER', withProposal, null, 'respond', { proposalId: p1, answer: 'accepted' }],
  ['only an invitee may counter', 'NOT_INVITED', withProposal, '4', 'counter', { proposalId: p1, offers: [], asks: [] }],
  [
    'a counter that repeats a package already put forward this round is a twin in the inbox',
    'DUPLICATE',
    counteredOnce,
    '1',
    'counter',
    { proposalId: secondOffer, offers: ['releaseDetainees'], asks: ['prcEconomicAid'] },
  ],
  ['only a role at the table may walk out', 'NOT_PROPOSER', withProposal, '4', 'walkOut', { proposalId: p1 }],
  ['a spectator cannot walk out', 'NOT_A_PLAYER', withProposal, null, 'walkOut', { proposalId: p1 }],
  // Orders
  ['orders hold exactly two actions, not one', 'WRONG_ACTION_COUNT', inOrders, '0', 'submitOrders', { actions: ['reassureAllies'], commitments: {} }],
  [
    'orders hold exactly two actions, not three',
    'WRONG_ACTION_COUNT',
    inOrders,
    '0',
    'submitOrders',
    { actions: ['reassureAllies', 'pressChina', 'jointDrills'], commitments: {} },
  ],
  ['the two actions are different', 'DUPLICATE', inOrders, '0', 'submitOrders', { actions: ['reassureAllies', 'reassureAllies'], commitments: {} }],
  ["nobody orders another role's action", 'NOT_YOUR_ACTION', inOrders, '0', 'submitOrders', { actions: ['reassureAllies', 'nuclearTest'], commitments: {} }],
  ['an action must exist', 'UNKNOWN_ACTION', inOrders, '0', 'submitOrders', { actions: ['reassureAllies', 'invade'], commitments: {} }],
  ['orders need a commitments object', 'BAD_INPUT', inOrders, '0', 'submitOrders', { actions: ['reassureAllies', 'pressChina'] }],
  ['a nuclear test waits out its cooldown', 'ON_COOLDOWN', cooling, '1', 'submitOrders', { actions: ['nuclearTest', 'cyberOperation'], commitments: {} }],
  [
    'the nuclear-latency debate waits two rounds before it can be held again',
    'ON_COOLDOWN',
    cooling,
    '2',
    'submitOrders',
    { actions: ['nuclearLatencyDebate', 'rokBolsterDefence'], commitments: {} },
  ],
  [
    'Seoul demands assurances only when Washington has let trust slip',
    'NOT_AVAILABLE',
    seoulHeard,
    '2',
    'submitOrders',
    { actions: ['demandAssurances', 'rokBolsterDefence'], commitments: {} },
  ],
  [
    'the nuclear-latency debate finds no audience while the US umbrella looks solid',
    'NOT_AVAILABLE',
    seoulHeard,
    '2',
    'submitOrders',
    { actions: ['nuclearLatencyDebate', 'rokBolsterDefence'], commitments: {} },
  ],
  [
    'sanctions relief rewards a step: none is in force',
    'NOT_AVAILABLE',
    inOrders,
    '0',
    'submitOrders',
    { actions: ['sanctionsRelief', 'reassureAllies'], commitments: {} },
  ],
  [
    'a choice for a commitment you do not have is refused',
    'COMMITMENT_CHOICES',
    inOrders,
    '0',
    'submitOrders',
    { actions: ['reassureAllies', 'pressChina'], commitments: { c1: 'comply' } },
  ],
  ['orders must answer every commitment', 'COMMITMENT_CHOICES', prcBound, '3', 'submitOrders', { actions: ['mediate', 'openBorderTrade'], commitments: {} }],
  [
    'complying with enforcement easing forbids enforcing sanctions',
    'FORBIDDEN_BY_COMMITMENT',
    prcBound,
    '3',
    'submitOrders',
    { actions: ['enforceSanctions', 'mediate'], commitments: { [easing]: 'comply' } },
  ],
  ['a spectator cannot give orders', 'NOT_A_PLAYER', inOrders, null, 'submitOrders', { actions: ['reassureAllies', 'pressChina'], commitments: {} }],
  // Crisis
  ["a crisis card's choice must be one of its options", 'UNKNOWN_OPTION', crisisForUs, '0', 'chooseCrisisOption', { option: 'nonsense' }],
  ['a spectator cannot answer a crisis card', 'NOT_A_PLAYER', crisisForUs, null, 'chooseCrisisOption', { option: 'walkOut' }],
];

describe('a refused move returns INVALID_MOVE, changes nothing, and its check says why', () => {
  test.each(ROWS)('%s: %s', (_sentence, code, state, playerID, name, input) => {
    const check = CHECKS[name];
    expect(check?.(state.G, roleOfPlayer(playerID), input)?.code).toBe(code);
    const after = act(state, playerID, name, input === undefined ? [] : [input]);
    expect(errorOf(after)).toBe('action/invalid_move');
    expect(after._stateID).toBe(state._stateID);
    expect(after.G).toEqual(state.G);
  });

  test('the same moves, put right, are accepted', () => {
    expect(act(atTable, '0', 'propose', [{ to: ['DPRK', 'PRC'], venue: 'beijing', offers: ['usHumanitarianAid'], asks: [] }])._stateID).toBe(
      atTable._stateID + 1,
    );
    expect(act(twoInvited, '0', 'respond', [{ proposalId: p2, answer: 'accepted' }]).G.agreements).toHaveLength(1);
    expect(act(counteredOnce, '1', 'counter', [{ proposalId: secondOffer, offers: ['releaseDetainees'], asks: ['actAsGuarantor'] }]).G.proposals).toHaveLength(
      4,
    );
    expect(act(prcBound, '3', 'submitOrders', [{ actions: ['enforceSanctions', 'mediate'], commitments: { [easing]: 'breach' } }]).G.submitted.PRC).toBe(true);
    expect(act(crisisForUs, '0', 'chooseCrisisOption', [{ option: 'walkOut' }]).ctx.phase).toBe('diplomacy');
    expect(act(seoulIgnored, '2', 'submitOrders', [{ actions: ['demandAssurances', 'nuclearLatencyDebate'], commitments: {} }]).G.submitted.ROK).toBe(true);
  });

  test('a proposal closed by a rejection cannot be answered again', () => {
    const s = move(withProposal, 'DPRK', 'respond', { proposalId: p1, answer: 'rejected' });
    expect(checkRespond(s.G, 'DPRK', { proposalId: p1, answer: 'accepted' })?.code).toBe('PROPOSAL_CLOSED');
    expect(errorOf(act(s, '1', 'respond', [{ proposalId: p1, answer: 'accepted' }]))).toBe('action/invalid_move');
  });
});

/** [sentence, state, sender, move, args, boardgame.io's error] */
const OUT_OF_TURN: [string, MatchState, string | null, string, unknown[], string][] = [
  [
    'orders cannot be given during diplomacy',
    atTable,
    '0',
    'submitOrders',
    [{ actions: ['reassureAllies', 'pressChina'], commitments: {} }],
    'action/unavailable_move',
  ],
  [
    'nobody proposes once orders are being given',
    inOrders,
    '0',
    'propose',
    [{ to: ['JPN'], venue: 'hanoi', offers: ['usHumanitarianAid'], asks: [] }],
    'action/unavailable_move',
  ],
  ['nobody leaves the table during a crisis', crisisForUs, '0', 'done', [], 'action/unavailable_move'],
  ['only the role a crisis card asks may answer it', crisisForUs, '1', 'chooseCrisisOption', [{ option: 'sign' }], 'action/inactive_player'],
  ['a seat that does not exist cannot move', atTable, '7', 'done', [], 'action/inactive_player'],
];

describe('moves outside their phase or turn are refused before the rules are asked', () => {
  test.each(OUT_OF_TURN)('%s', (_sentence, state, playerID, name, args, error) => {
    const after = act(state, playerID, name, args);
    expect(errorOf(after)).toBe(error);
    expect(after._stateID).toBe(state._stateID);
    expect(after.G).toEqual(state.G);
  });
});
