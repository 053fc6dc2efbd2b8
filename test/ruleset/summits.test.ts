import { describe, expect, test } from 'vitest';
import { checkPropose } from '../../shared/rules/summits';
import { move, newMatch, tryMove } from '../support/match';
import { delta, fixture, play, record } from './support/script';

const reliefForMoratorium = { to: ['DPRK'], venue: 'singapore', offers: ['partialSanctionsRelief'], asks: ['testMoratorium'] };

/** [sentence, the proposal, what the agreement changes on a mid-board, the record it leaves] */
const AGREEMENTS: [string, string, string, ReturnType<typeof record>][] = [
  [
    'relief for a moratorium at Singapore is a deal, and both sides are bound for three rounds',
    'US propose DPRK @singapore give:partialSanctionsRelief get:testMoratorium',
    // relief: sanctions −2, economy +1; moratorium: on, tension −1; Singapore: legitimacy +1; a deal: tension −1; the leaders met: rapport +1, contact
    'tension-2 sanctions-2 economy+1 legitimacy+1 trustUsRok-1 rapport+1 moratorium=true usDprkContact=true',
    {
      agreements: ['deal @singapore round 1: US+DPRK: partialSanctionsRelief testMoratorium'],
      commitments: ['US partialSanctionsRelief rounds 1-3 active', 'DPRK testMoratorium rounds 1-3 active'],
      breaches: [],
    },
  ],
  [
    'symbolic items only make a joint statement: legitimacy up, tension down, nothing to verify',
    'US propose DPRK @hanoi give:liaisonOffice,endOfWarDeclaration',
    // liaison: rapport +1, legitimacy +1; end of war: tension −1, legitimacy +1; joint statement: legitimacy +1, tension −1; leaders: rapport +1
    'tension-2 legitimacy+3 trustUsRok-1 rapport+2 usDprkContact=true',
    {
      agreements: ['jointStatement @hanoi round 1: US+DPRK: liaisonOffice endOfWarDeclaration'],
      commitments: ['US liaisonOffice rounds 1-99 active', 'US endOfWarDeclaration rounds 1-99 active'],
      breaches: [],
    },
  ],
  [
    'one open item beside a symbolic one makes a deal; an item done at once binds nobody',
    'US propose DPRK @hanoi give:liaisonOffice get:releaseDetainees',
    // liaison: rapport +1, legitimacy +1; detainees: rapport +1, tension −1; a deal: tension −1; leaders: rapport +1
    'tension-2 legitimacy+1 trustUsRok-1 rapport+3 usDprkContact=true',
    { agreements: ['deal @hanoi round 1: US+DPRK: liaisonOffice releaseDetainees'], commitments: ['US liaisonOffice rounds 1-99 active'], breaches: [] },
  ],
  [
    'a summit at Panmunjom without the US leader gives no rapport, and the DMZ lowers tension',
    'ROK propose DPRK @panmunjom give:kaesongCooperation get:releaseDetainees',
    // Kaesong: economy +2, tension −1, trust US–ROK −1; detainees: rapport +1, tension −1; Panmunjom: tension −1; a deal: tension −1
    'tension-4 economy+2 trustUsRok-1 rapport+1',
    {
      agreements: ['deal @panmunjom round 1: ROK+DPRK: kaesongCooperation releaseDetainees'],
      commitments: ['ROK kaesongCooperation rounds 1-3 active'],
      breaches: [],
    },
  ],
];

describe('summits and agreements', () => {
  test.each(AGREEMENTS)('%s', (_sentence, proposal, changes, result) => {
    const before = fixture();
    const s = play(before, proposal, 'DPRK accept #1');
    expect(delta(before.G, s.G)).toBe(changes);
    expect(record(s.G)).toEqual(result);
    expect(s.G.proposals.map((p) => p.status)).toEqual(['agreed']);
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

  test("walking out of working-level talks (no leaders' summit) changes no track, but makes the news", () => {
    let s = newMatch();
    const before = s.G.tracks;
    s = move(s, 'ROK', 'propose', { to: ['DPRK'], venue: 'panmunjom', offers: ['rokHumanitarianAid'], asks: ['releaseDetainees'] });
    s = move(s, 'ROK', 'walkOut', { proposalId: s.G.proposals[0]?.id });
    expect(s.G.proposals[0]?.status).toBe('walkedOut');
    expect(s.G.tracks).toEqual(before);
    expect(s.G.headlines.at(-1)?.text).toMatch(/South Korea walks out of the talks/);
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
