import { describe, expect, test } from 'vitest';
import { EXPOSED_BREACH_EFFECTS } from '../../shared/data/concessions';
import type { ActionId } from '../../shared/data/actions';
import { playerView } from '../../shared/playerView';
import { checkOrders } from '../../shared/rules/orders';
import { everyoneDone, keepAll, move, newMatch, quietRound, submitOrders } from '../support/match';
import type { MatchState } from '../../shared/sim/headless';

function agree(s: MatchState, from: 'US' | 'DPRK', input: object): MatchState {
  const next = move(s, from, 'propose', input);
  const proposal = next.G.proposals[next.G.proposals.length - 1];
  return move(next, proposal?.to[0] ?? 'DPRK', 'respond', { proposalId: proposal?.id, answer: 'accepted' });
}

function commitmentId(s: MatchState, concession: string): string {
  const found = s.G.commitments.find((c) => c.concession === concession);
  if (!found) throw new Error(`no commitment ${concession}`);
  return found.id;
}

describe('orders and resolution', () => {
  test('complying with a commitment forbids the orders that would break it', () => {
    let s = agree(newMatch(), 'US', { to: ['DPRK'], venue: 'singapore', offers: ['partialSanctionsRelief'], asks: ['releaseDetainees'] });
    s = everyoneDone(s);
    const reason = checkOrders(s.G, 'US', { actions: ['tightenSanctions', 'reassureAllies'], commitments: keepAll(s, 'US') });
    expect(reason?.code).toBe('FORBIDDEN_BY_COMMITMENT');
    expect(reason?.message).toContain('Partial sanctions relief');
  });

  test('a breach of an open commitment is exposed at the resolution: trust and credibility fall', () => {
    let s = agree(newMatch(), 'US', { to: ['DPRK'], venue: 'singapore', offers: ['partialSanctionsRelief'], asks: ['releaseDetainees'] });
    s = everyoneDone(s);
    const relief = commitmentId(s, 'partialSanctionsRelief');
    const actions: ActionId[] = ['reassureAllies', 'pressChina'];
    const kept = submitOrders(s, { US: { actions, commitments: keepAll(s, 'US') } });
    const broken = submitOrders(s, { US: { actions, commitments: keepAll(s, 'US', { [relief]: 'breach' }) } });
    expect(broken.G.breaches).toEqual([{ round: 1, exposedInRound: 1, role: 'US', commitmentId: relief, concession: 'partialSanctionsRelief' }]);
    expect(kept.G.breaches).toEqual([]);
    expect(broken.G.commitments.find((c) => c.id === relief)?.status).toBe('breached');
    expect(broken.G.headlines.some((h) => h.kind === 'breach' && h.text.includes('United States broke its commitment'))).toBe(true);
    const after = (state: MatchState) => state.G.history[0]?.tracks;
    // The exposure table for the US, plus the relief's own breach effect (sanctions back up by 2).
    expect(EXPOSED_BREACH_EFFECTS.US).toEqual([{ track: 'usCredibility', by: -2 }, { track: 'trustUsRok', by: -1 }, { track: 'trustUsJpn', by: -1 }]);
    expect((after(broken)?.usCredibility ?? 0) - (after(kept)?.usCredibility ?? 0)).toBe(-2);
    expect((after(broken)?.trustUsRok ?? 0) - (after(kept)?.trustUsRok ?? 0)).toBe(-1);
    expect((after(broken)?.trustUsJpn ?? 0) - (after(kept)?.trustUsJpn ?? 0)).toBe(-1);
    expect((after(broken)?.sanctions ?? 0) - (after(kept)?.sanctions ?? 0)).toBe(2);
  });

  test('without inspectors a broken freeze stays unseen for a round, then comes to light', () => {
    let s = agree(newMatch(), 'US', { to: ['DPRK'], venue: 'singapore', offers: ['usHumanitarianAid'], asks: ['freezeYongbyon'] });
    s = everyoneDone(s);
    const freeze = commitmentId(s, 'freezeYongbyon');
    s = submitOrders(s, { DPRK: { actions: ['cyberOperation', 'armsExports'], commitments: keepAll(s, 'DPRK', { [freeze]: 'breach' }) } });
    expect(s.G.breaches).toEqual([]);
    expect(s.G.private.DPRK?.unseenBreaches).toEqual([freeze]);
    expect(JSON.stringify(playerView(s.G, '0'))).not.toContain('unseenBreaches":["');
    expect(playerView(s.G, '1').private.DPRK?.unseenBreaches).toEqual([freeze]);
    s = quietRound(s);
    expect(s.G.breaches).toEqual([{ round: 1, exposedInRound: 2, role: 'DPRK', commitmentId: freeze, concession: 'freezeYongbyon' }]);
  });

  test('with inspectors in force the same breach is exposed at once', () => {
    let s = agree(newMatch(), 'US', { to: ['DPRK'], venue: 'singapore', offers: ['usHumanitarianAid'], asks: ['freezeYongbyon', 'allowInspections'] });
    s = everyoneDone(s);
    const freeze = commitmentId(s, 'freezeYongbyon');
    s = submitOrders(s, { DPRK: { actions: ['cyberOperation', 'armsExports'], commitments: keepAll(s, 'DPRK', { [freeze]: 'breach' }) } });
    expect(s.G.breaches.map((b) => [b.role, b.concession, b.exposedInRound])).toEqual([['DPRK', 'freezeYongbyon', 1]]);
  });

  test('a broken symbolic commitment simply lapses, with no breach on record', () => {
    let s = agree(newMatch(), 'US', { to: ['DPRK'], venue: 'singapore', offers: ['securityGuarantee'], asks: [] });
    s = everyoneDone(s);
    const guarantee = commitmentId(s, 'securityGuarantee');
    s = submitOrders(s, { US: { actions: ['showOfForce', 'reassureAllies'], commitments: keepAll(s, 'US', { [guarantee]: 'breach' }) } });
    expect(s.G.commitments.find((c) => c.id === guarantee)?.status).toBe('lapsed');
    expect(s.G.breaches).toEqual([]);
  });

  test('a test during the moratorium ends it, at a cost in rapport and credibility', () => {
    let s = everyoneDone(newMatch());
    expect(s.G.flags.moratorium).toBe(true);
    const rapport = s.G.tracks.rapport;
    s = submitOrders(s, { DPRK: { actions: ['missileTest', 'cyberOperation'], commitments: {} } });
    expect(s.G.flags.moratorium).toBe(false);
    expect(s.G.headlines.some((h) => h.text === 'North Korea fires a ballistic missile into the sea')).toBe(true);
    expect(s.G.history[0]?.tracks.rapport).toBeLessThanOrEqual(rapport - 3);
  });

  test('commitments that ran their course are marked kept', () => {
    let s = agree(newMatch(), 'US', { to: ['DPRK'], venue: 'singapore', offers: ['suspendJointDrills'], asks: ['releaseDetainees'] });
    for (let round = 0; round < 3; round++) s = quietRound(s);
    expect(s.G.commitments.map((c) => c.status)).toEqual(['kept']);
  });

  test('tension reaching 10 ends the game at once in war, with no winners', () => {
    let s = everyoneDone(newMatch());
    s = { ...s, G: { ...s.G, tracks: { ...s.G.tracks, tension: 8 } } };
    s = submitOrders(s, { DPRK: { actions: ['nuclearTest', 'dmzProvocation'], commitments: {} } });
    expect(s.ctx.gameover).toMatchObject({ outcome: 'war', winners: [] });
    expect(s.G.war?.cause).toBeDefined();
    expect(s.G.round).toBe(1);
  });

  test('the game ends after the last round with a result naming winners, scores, agendas and the outcome', () => {
    let s = newMatch({ rounds: 4 });
    for (let round = 0; round < 4; round++) s = quietRound(s);
    const result = s.ctx.gameover;
    expect(result.roundsPlayed).toBe(4);
    expect(result.winners.length).toBeGreaterThan(0);
    expect(Object.keys(result.scores).sort()).toEqual(['DPRK', 'JPN', 'PRC', 'ROK', 'US']);
    expect(Object.values(result.agendas).every((a) => typeof a === 'string')).toBe(true);
    expect(s.G.history).toHaveLength(4);
  });
});
