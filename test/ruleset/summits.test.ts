import { describe, expect, test } from 'vitest';
import { activeCommitments } from '../../shared/queries';
import { checkPropose } from '../../shared/rules/summits';
import { move, newMatch, tryMove } from '../support/match';

const reliefForMoratorium = { to: ['DPRK'], venue: 'singapore', offers: ['partialSanctionsRelief'], asks: ['testMoratorium'] };

describe('summits and agreements', () => {
  test('an accepted package with a verifiable item becomes a deal with commitments that run for their duration', () => {
    let s = newMatch();
    const before = s.G.tracks;
    s = move(s, 'US', 'propose', reliefForMoratorium);
    const proposal = s.G.proposals[0];
    expect(proposal).toMatchObject({ from: 'US', to: ['DPRK'], status: 'open' });
    s = move(s, 'DPRK', 'respond', { proposalId: proposal?.id, answer: 'accepted' });
    expect(s.G.agreements).toEqual([
      { id: expect.any(String), round: 1, venue: 'singapore', parties: ['US', 'DPRK'], items: ['partialSanctionsRelief', 'testMoratorium'], kind: 'deal' },
    ]);
    expect(activeCommitments(s.G).map((c) => [c.role, c.concession, c.endsAfterRound])).toEqual([
      ['US', 'partialSanctionsRelief', 3],
      ['DPRK', 'testMoratorium', 3],
    ]);
    // relief −2 sanctions; Singapore +1 legitimacy; a deal −1 tension and the moratorium's −1; the leaders met: rapport +1
    expect(s.G.tracks.sanctions).toBe(before.sanctions - 2);
    expect(s.G.tracks.tension).toBe(before.tension - 2);
    expect(s.G.tracks.legitimacy).toBe(before.legitimacy + 1);
    expect(s.G.tracks.rapport).toBe(Math.min(10, before.rapport + 1));
    expect(s.G.flags.usDprkContact).toBe(true);
  });

  test('a package of symbolic items only is a joint statement: legitimacy up, tension down, nothing to verify', () => {
    let s = newMatch();
    const before = s.G.tracks;
    s = move(s, 'US', 'propose', { to: ['DPRK'], venue: 'hanoi', offers: ['liaisonOffice'], asks: [] });
    s = move(s, 'DPRK', 'respond', { proposalId: s.G.proposals[0]?.id, answer: 'accepted' });
    expect(s.G.agreements[0]?.kind).toBe('jointStatement');
    expect(s.G.tracks.legitimacy).toBe(before.legitimacy + 2); // liaison office +1, joint statement +1
    expect(s.G.tracks.tension).toBe(before.tension - 1);
  });

  test('a rejection closes a proposal for everyone invited', () => {
    let s = newMatch();
    s = move(s, 'PRC', 'propose', { to: ['DPRK', 'US'], venue: 'beijing', offers: ['actAsGuarantor'], asks: ['freezeYongbyon', 'usHumanitarianAid'] });
    const id = s.G.proposals[0]?.id;
    s = move(s, 'DPRK', 'respond', { proposalId: id, answer: 'accepted' });
    s = move(s, 'US', 'respond', { proposalId: id, answer: 'rejected' });
    expect(s.G.proposals[0]?.status).toBe('rejected');
    expect(s.G.agreements).toEqual([]);
  });

  test('a counter closes the original and puts a new package to the proposer', () => {
    let s = newMatch();
    s = move(s, 'US', 'propose', { to: ['DPRK'], venue: 'singapore', offers: ['usHumanitarianAid'], asks: ['allowInspections'] });
    const original = s.G.proposals[0]?.id;
    s = move(s, 'DPRK', 'counter', { proposalId: original, offers: ['freezeYongbyon'], asks: ['partialSanctionsRelief'] });
    expect(s.G.proposals.map((p) => [p.from, p.to, p.status, p.counters ?? null])).toEqual([
      ['US', ['DPRK'], 'countered', null],
      ['DPRK', ['US'], 'open', original],
    ]);
  });

  test('the proposer may walk out, as in Hanoi: tension up, rapport down', () => {
    let s = newMatch();
    const before = s.G.tracks;
    s = move(s, 'US', 'propose', reliefForMoratorium);
    s = move(s, 'US', 'walkOut', { proposalId: s.G.proposals[0]?.id });
    expect(s.G.proposals[0]?.status).toBe('walkedOut');
    expect(s.G.tracks.tension).toBe(before.tension + 1);
    expect(s.G.tracks.rapport).toBe(before.rapport - 1);
  });

  test('a leader signs at most one agreement a round, and its other open packages expire', () => {
    let s = newMatch();
    s = move(s, 'ROK', 'propose', { to: ['DPRK'], venue: 'panmunjom', offers: ['rokHumanitarianAid'], asks: ['releaseDetainees'] });
    s = move(s, 'US', 'propose', reliefForMoratorium);
    s = move(s, 'DPRK', 'respond', { proposalId: s.G.proposals[1]?.id, answer: 'accepted' });
    expect(s.G.proposals[0]?.status).toBe('expired');
    expect(checkPropose(s.G, 'PRC', { to: ['DPRK'], venue: 'beijing', offers: ['prcEconomicAid'], asks: [] })?.code).toBe('ALREADY_AGREED');
  });

  test('open proposals expire when diplomacy ends', () => {
    let s = newMatch();
    s = move(s, 'US', 'propose', reliefForMoratorium);
    for (const role of ['US', 'DPRK', 'ROK', 'PRC', 'JPN'] as const) s = move(s, role, 'done');
    expect(s.ctx.phase).toBe('orders');
    expect(s.G.proposals[0]?.status).toBe('expired');
  });

  test('nobody can propose to a role that has left the table', () => {
    let s = newMatch();
    s = move(s, 'DPRK', 'done');
    expect(tryMove(s, 'US', 'propose', reliefForMoratorium).accepted).toBe(false);
    expect(checkPropose(s.G, 'US', reliefForMoratorium)?.code).toBe('LEFT_THE_TABLE');
  });
});
