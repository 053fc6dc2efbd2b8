import { describe, expect, test } from 'vitest';
import { checkOrders } from '../../shared/rules/orders';
import { isBadDealFor } from '../../shared/rules/summits';
import { move } from '../support/match';
import { concessionCommitment, delta, fixture, play, record } from './support/script';

/** Issue 15: deals with teeth. Each test plays the rules through the real moves on a fixture board. */
describe('deals with teeth', () => {
  test('snapback: when Pyongyang is caught breaking its moratorium, US relief lapses and the sanctions come back', () => {
    const base = play(fixture(), 'US propose DPRK @hanoi give:partialSanctionsRelief get:testMoratorium', 'DPRK accept #1', 'all done');
    const kept = play(base, 'DPRK orders sanctionsEvasion cyberOperation', 'others quiet');
    const broken = play(base, 'DPRK orders missileTest cyberOperation breach:testMoratorium', 'others quiet');
    expect(record(broken.G).commitments).toEqual(['US partialSanctionsRelief rounds 1-3 lapsed', 'DPRK testMoratorium rounds 1-3 breached']);
    expect(record(kept.G).commitments).toEqual(['US partialSanctionsRelief rounds 1-3 active', 'DPRK testMoratorium rounds 1-3 active']);
    expect(broken.G.tracks.sanctions - kept.G.tracks.sanctions).toBe(2);
    expect(broken.G.headlines.some((h) => h.text === 'Snapback: United States is released from the partial sanctions relief')).toBe(true);
  });

  test('inspectors on site forbid a nuclear test and stop Yongbyon', () => {
    const s = play(fixture(), 'US propose DPRK @hanoi give:usHumanitarianAid get:allowInspections', 'DPRK accept #1', 'all done');
    const inspections = concessionCommitment(s.G, 'allowInspections');
    expect(checkOrders(s.G, 'DPRK', { actions: ['nuclearTest', 'cyberOperation'], commitments: { [inspections]: 'comply' } })?.code).toBe(
      'FORBIDDEN_BY_COMMITMENT',
    );
    expect(checkOrders(s.G, 'DPRK', { actions: ['nuclearTest', 'cyberOperation'], commitments: { [inspections]: 'breach' } })).toBeNull();
  });

  test('a declared inventory costs legitimacy and makes a hidden breach of a dismantlement visible at once', () => {
    const declared = play(fixture(), 'US propose DPRK @hanoi give:usHumanitarianAid get:declareInventory,dismantleTestSite', 'DPRK accept #1', 'all done');
    const undeclared = play(fixture(), 'US propose DPRK @hanoi give:usHumanitarianAid get:dismantleTestSite', 'DPRK accept #1', 'all done');
    expect(delta(undeclared.G, declared.G)).toContain('legitimacy-1');
    const orders = 'DPRK orders sanctionsEvasion cyberOperation breach:dismantleTestSite comply:declareInventory';
    expect(record(play(declared, orders, 'others quiet').G).breaches).toEqual(['DPRK dismantleTestSite broken in 1, exposed in 1']);
    expect(record(play(undeclared, 'DPRK orders sanctionsEvasion cyberOperation breach:dismantleTestSite', 'others quiet').G).breaches).toEqual([]);
  });

  test('no deal is better than a bad deal: an invitee who walks out of a package against its objectives gains standing', () => {
    // Pyongyang asks for a guarantee and an end to the drills, and offers detainees: the alliances pay, the US gains nothing it scores.
    let s = fixture({ tracks: { rapport: 6 } });
    s = move(s, 'DPRK', 'propose', { to: ['US'], venue: 'hanoi', offers: ['releaseDetainees'], asks: ['securityGuarantee', 'suspendJointDrills'] });
    const proposal = s.G.proposals[0]!;
    expect(isBadDealFor(s.G, 'US', proposal)).toBe(true);
    const before = s.G.tracks.usCredibility;
    s = move(s, 'US', 'walkOut', { proposalId: proposal.id });
    expect(s.G.proposals[0]?.status).toBe('walkedOut');
    expect(s.G.tracks.usCredibility).toBe(before + 1);
    expect(s.G.headlines.at(-1)?.text).toBe('No deal is better than a bad deal: United States gains standing for refusing');
  });

  test('walking out of a package that serves you earns nothing', () => {
    let s = fixture();
    s = move(s, 'DPRK', 'propose', { to: ['US'], venue: 'hanoi', offers: ['allowInspections'], asks: ['usHumanitarianAid'] });
    expect(isBadDealFor(s.G, 'US', s.G.proposals[0]!)).toBe(false);
    const before = s.G.tracks.usCredibility;
    s = move(s, 'US', 'walkOut', { proposalId: s.G.proposals[0]!.id });
    expect(s.G.tracks.usCredibility).toBe(before);
  });

  test("Washington can offer Beijing a trade truce for a closed border, which forbids China's lifeline while it holds", () => {
    const s = play(fixture(), 'US propose PRC @beijing give:tradeTruce get:closeTheBorder', 'PRC accept #1', 'all done');
    expect(record(s.G).agreements).toEqual(['deal @beijing round 1: US+PRC: tradeTruce closeTheBorder']);
    const border = concessionCommitment(s.G, 'closeTheBorder');
    expect(checkOrders(s.G, 'PRC', { actions: ['economicLifeline', 'mediate'], commitments: { [border]: 'comply' } })?.code).toBe('FORBIDDEN_BY_COMMITMENT');
  });
});
