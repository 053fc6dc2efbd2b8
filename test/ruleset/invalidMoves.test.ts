import { describe, expect, test } from 'vitest';
import { INVALID_MOVE } from 'boardgame.io/core';
import { validateSetupData } from '../../shared/options';
import type { RejectionCode } from '../../shared/rejection';
import { playerOfRole, type Role } from '../../shared/roles';
import { checkOrders } from '../../shared/rules/orders';
import { checkCounter, checkPropose, checkRespond, checkWalkOut } from '../../shared/rules/summits';
import { applyMove, type MatchState } from '../../shared/sim/headless';
import { diplomacyMoves } from '../../shared/moves';
import { everyoneDone, keepAll, move, newMatch } from '../support/match';

const atTable = newMatch({ scenario: 'moratoriumOver2020' }); // rapport 2: no direct US–DPRK channel
const withProposal = move(atTable, 'PRC', 'propose', { to: ['DPRK'], venue: 'beijing', offers: ['prcEconomicAid'], asks: ['releaseDetainees'] });
const proposalId = withProposal.G.proposals[0]?.id;
const inOrders = everyoneDone(atTable);

type Check = (G: MatchState['G'], role: Role | undefined, input: unknown) => { code: RejectionCode } | null;
const DIPLOMACY_CASES: [string, MatchState, Role | undefined, Check, unknown, RejectionCode][] = [
  ['a spectator proposes', atTable, undefined, checkPropose, {}, 'NOT_A_PLAYER'],
  ['a proposal without the right shape', atTable, 'US', checkPropose, { to: 'DPRK' }, 'BAD_INPUT'],
  ['a venue that does not exist', atTable, 'US', checkPropose, { to: ['JPN'], venue: 'moscow', offers: [], asks: [] }, 'UNKNOWN_VENUE'],
  ['a role that does not exist', atTable, 'US', checkPropose, { to: ['UK'], venue: 'hanoi', offers: [], asks: [] }, 'UNKNOWN_ROLE'],
  ['inviting yourself', atTable, 'US', checkPropose, { to: ['US'], venue: 'hanoi', offers: [], asks: [] }, 'DUPLICATE'],
  ['Beijing without China', atTable, 'US', checkPropose, { to: ['DPRK'], venue: 'beijing', offers: ['usHumanitarianAid'], asks: [] }, 'VENUE_NEEDS_HOST'],
  ['the leaders meet alone at rapport 2', atTable, 'US', checkPropose, { to: ['DPRK'], venue: 'hanoi', offers: ['usHumanitarianAid'], asks: [] }, 'NO_CHANNEL'],
  ['an empty package', atTable, 'PRC', checkPropose, { to: ['DPRK'], venue: 'beijing', offers: [], asks: [] }, 'EMPTY_PACKAGE'],
  ['offering a concession that is not yours', atTable, 'US', checkPropose, { to: ['DPRK', 'PRC'], venue: 'beijing', offers: ['testMoratorium'], asks: [] }, 'NOT_YOUR_CONCESSION'],
  ['asking for the concession of someone not invited', atTable, 'PRC', checkPropose, { to: ['DPRK'], venue: 'beijing', offers: [], asks: ['partialSanctionsRelief'] }, 'NOT_THEIR_CONCESSION'],
  ['an item that needs Pyongyang at the table', atTable, 'US', checkPropose, { to: ['ROK'], venue: 'panmunjom', offers: ['partialSanctionsRelief'], asks: [] }, 'ITEM_NEEDS_PARTY'],
  ['a concession that does not exist', atTable, 'PRC', checkPropose, { to: ['DPRK'], venue: 'beijing', offers: ['freeLunch'], asks: [] }, 'UNKNOWN_CONCESSION'],
  ['answering a summit you were not invited to', withProposal, 'JPN', checkRespond, { proposalId, answer: 'accepted' }, 'NOT_INVITED'],
  ['answering with neither accept nor reject', withProposal, 'DPRK', checkRespond, { proposalId, answer: 'maybe' }, 'BAD_INPUT'],
  ['answering a proposal that does not exist', withProposal, 'DPRK', checkRespond, { proposalId: 'p999', answer: 'accepted' }, 'UNKNOWN_PROPOSAL'],
  ['countering without an invitation', withProposal, 'JPN', checkCounter, { proposalId, offers: [], asks: [] }, 'NOT_INVITED'],
  ['walking out of someone else\'s summit', withProposal, 'DPRK', checkWalkOut, { proposalId }, 'NOT_PROPOSER'],
];

describe('the rules refuse bad diplomacy with a reason the client can show', () => {
  test.each(DIPLOMACY_CASES)('%s', (_name, state, role, check, input, code) => {
    expect(check(state.G, role, input)?.code).toBe(code);
  });

  test('answering twice is refused', () => {
    const s = move(withProposal, 'DPRK', 'respond', { proposalId, answer: 'rejected' });
    expect(checkRespond(s.G, 'DPRK', { proposalId, answer: 'accepted' })?.code).toBe('PROPOSAL_CLOSED');
  });

  test('a refused move returns INVALID_MOVE and changes nothing', () => {
    const G = structuredClone(atTable.G);
    const result = (diplomacyMoves.propose as { move: (ctx: object, input: unknown) => unknown }).move({ G, playerID: '0' }, { to: ['DPRK'], venue: 'moscow', offers: [], asks: [] });
    expect(result).toBe(INVALID_MOVE);
    expect(G).toEqual(atTable.G);
    const after = applyMove(atTable, playerOfRole('US'), 'propose', [{ to: ['DPRK'], venue: 'moscow', offers: [], asks: [] }]);
    expect(after._stateID).toBe(atTable._stateID);
    expect(after.G).toEqual(atTable.G);
  });

  test('a move from another phase is refused', () => {
    expect(applyMove(atTable, '0', 'submitOrders', [{ actions: ['reassureAllies', 'pressChina'], commitments: {} }])._stateID).toBe(atTable._stateID);
    expect(applyMove(inOrders, '0', 'propose', [{ to: ['JPN'], venue: 'hanoi', offers: [], asks: [] }])._stateID).toBe(inOrders._stateID);
  });
});

const ORDER_CASES: [string, Role, unknown, RejectionCode][] = [
  ['one action', 'US', { actions: ['reassureAllies'], commitments: {} }, 'WRONG_ACTION_COUNT'],
  ['a third action', 'US', { actions: ['reassureAllies', 'pressChina', 'jointDrills'], commitments: {} }, 'WRONG_ACTION_COUNT'],
  ['the same action twice', 'US', { actions: ['reassureAllies', 'reassureAllies'], commitments: {} }, 'DUPLICATE'],
  ['another role\'s action', 'US', { actions: ['reassureAllies', 'nuclearTest'], commitments: {} }, 'NOT_YOUR_ACTION'],
  ['an action that does not exist', 'US', { actions: ['reassureAllies', 'invade'], commitments: {} }, 'UNKNOWN_ACTION'],
  ['orders with no commitments object', 'US', { actions: ['reassureAllies', 'pressChina'] }, 'BAD_INPUT'],
  ['a choice for a commitment you do not have', 'US', { actions: ['reassureAllies', 'pressChina'], commitments: { c1: 'comply' } }, 'COMMITMENT_CHOICES'],
];

describe('the rules refuse bad orders', () => {
  test.each(ORDER_CASES)('%s', (_name, role, input, code) => {
    expect(checkOrders(inOrders.G, role, input)?.code).toBe(code);
  });

  test('an action on cooldown, and a once-a-game action used, are refused', () => {
    const G = structuredClone(inOrders.G);
    G.lastUsed.nuclearTest = G.round - 1;
    G.timesUsed.nuclearLatencyDebate = 1;
    expect(checkOrders(G, 'DPRK', { actions: ['nuclearTest', 'cyberOperation'], commitments: {} })?.code).toBe('ON_COOLDOWN');
    expect(checkOrders(G, 'ROK', { actions: ['nuclearLatencyDebate', 'rokBolsterDefence'], commitments: {} })?.code).toBe('ONCE_PER_GAME');
  });

  test('declaring a moratorium that already holds is refused with the reason', () => {
    const G = structuredClone(inOrders.G);
    G.flags.moratorium = true;
    expect(checkOrders(G, 'DPRK', { actions: ['declareMoratorium', 'cyberOperation'], commitments: {} })).toEqual({ code: 'NOT_AVAILABLE', message: 'The moratorium already holds.' });
  });

  test('a commitment must be answered: comply or breach', () => {
    let s = move(atTable, 'PRC', 'propose', { to: ['DPRK'], venue: 'beijing', offers: ['enforcementEasing'], asks: ['releaseDetainees'] });
    s = everyoneDone(move(s, 'DPRK', 'respond', { proposalId: s.G.proposals[0]?.id, answer: 'accepted' }));
    expect(checkOrders(s.G, 'PRC', { actions: ['mediate', 'openBorderTrade'], commitments: {} })?.code).toBe('COMMITMENT_CHOICES');
    expect(checkOrders(s.G, 'PRC', { actions: ['mediate', 'openBorderTrade'], commitments: keepAll(s, 'PRC') })).toBeNull();
  });
});

describe('match options are checked before a match exists', () => {
  test.each([
    [{ scenario: 'korea1950' }, 'Unknown scenario'],
    [{ rounds: 3 }, 'Rounds must be a whole number from 4 to 10'],
    [{ rounds: 11 }, 'Rounds must be a whole number from 4 to 10'],
    [{ timers: { diplomacy: -1 } }, 'diplomacy timer'],
    [{ timers: { lunch: 10 } }, 'Unknown timer'],
    [{ bots: { UK: 'hawk' } }, 'Unknown role'],
    [{ bots: { US: 'pacifist' } }, 'Unknown bot personality'],
    [{ seed: '' }, 'A seed must be text'],
    [{ colour: 'red' }, 'Unknown match option'],
    ['singapore', 'must be an object'],
  ])('%j is refused with "%s"', (setupData, message) => {
    expect(validateSetupData(setupData, 5)).toContain(message);
  });

  test('good options, and no options, are accepted; a match always has five seats', () => {
    expect(validateSetupData({ scenario: 'afterHanoi2019', rounds: 8, timers: { diplomacy: 300 }, bots: { PRC: 'dove' }, seed: 'class-3' }, 5)).toBeUndefined();
    expect(validateSetupData(undefined, 5)).toBeUndefined();
    expect(validateSetupData({}, 4)).toContain('exactly 5 seats');
  });
});
