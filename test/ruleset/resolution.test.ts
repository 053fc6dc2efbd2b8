import { describe, expect, test } from 'vitest';
import { EXPOSED_BREACH_EFFECTS } from '../../shared/data/concessions';
import { turningPoints } from '../../shared/debrief';
import { playerView } from '../../shared/playerView';
import { ROLES } from '../../shared/roles';
import { checkOrders } from '../../shared/rules/orders';
import type { MatchState } from '../../tools/sim/headless';
import { finalResult, warBlame, type GameResult } from '../../shared/scoring';
import { WAR_BLAME_POINTS } from '../../shared/data/outcomes';
import { judgeTheBrink, type TensionRaised } from '../../shared/rules/record';
import type { PeninsulaState } from '../../shared/state';
import { notate } from '../support/board';
import { STEP_BACK_TO } from '../../shared/tracks';
import { concessionCommitment, delta, fixture, play, record, round } from './support/script';

/** Round 1's diplomacy done: the US gives aid for the DPRK items named, at Hanoi (a venue with no effect of its own). */
function dprkBoundBy(asks: string): MatchState {
  return play(fixture(), `US propose DPRK @hanoi give:usHumanitarianAid get:${asks}`, 'DPRK accept #1', 'all done');
}

/** The same orders with one commitment kept, and broken: the difference is what breaking it costs. */
function keptAndBroken(base: MatchState, role: 'US' | 'DPRK', actions: string, concession: string): { kept: MatchState; broken: MatchState } {
  return {
    kept: play(base, `${role} orders ${actions}`, 'others quiet'),
    broken: play(base, `${role} orders ${actions} breach:${concession}`, 'others quiet'),
  };
}

describe('orders and resolution', () => {
  test('complying with a commitment forbids the orders that would break it, and says which', () => {
    const s = play(fixture(), 'US propose DPRK @hanoi give:partialSanctionsRelief get:releaseDetainees', 'DPRK accept #1', 'all done');
    const relief = concessionCommitment(s.G, 'partialSanctionsRelief');
    const reason = checkOrders(s.G, 'US', { actions: ['tightenSanctions', 'reassureAllies'], commitments: { [relief]: 'comply' } });
    expect(reason).toEqual({
      code: 'FORBIDDEN_BY_COMMITMENT',
      message: 'Your commitment "Partial sanctions relief" forbids Tighten sanctions: breach it, or choose another action.',
    });
    expect(checkOrders(s.G, 'US', { actions: ['tightenSanctions', 'reassureAllies'], commitments: { [relief]: 'breach' } })).toBeNull();
  });

  test('a breach of an open commitment is exposed at once, and costs the breaker its EXPOSED_BREACH_EFFECTS', () => {
    const { kept, broken } = keptAndBroken(dprkBoundBy('testMoratorium'), 'DPRK', 'sanctionsEvasion cyberOperation', 'testMoratorium');
    expect(record(broken.G)).toEqual({
      agreements: ['deal @hanoi round 1: US+DPRK: usHumanitarianAid testMoratorium'],
      commitments: ['DPRK testMoratorium rounds 1-3 breached'],
      breaches: ['DPRK testMoratorium broken in 1, exposed in 1'],
    });
    expect(record(kept.G).breaches).toEqual([]);
    // The moratorium's breach has no effect of its own: the whole difference is the exposure.
    expect(delta(kept.G, broken.G)).toBe('tension+1 legitimacy-1 rapport-2');
    expect(notate(EXPOSED_BREACH_EFFECTS.DPRK)).toBe('rapport-2 legitimacy-1 tension+1');
    expect(broken.G.headlines.filter((h) => h.kind === 'breach')).toEqual([
      { round: 1, kind: 'breach', text: 'North Korea broke its commitment: Test moratorium', roles: ['DPRK'] },
    ]);
  });

  test('without inspectors a broken dismantlement stays unseen for a round, known only to the breaker, then comes to light', () => {
    const base = dprkBoundBy('dismantleTestSite');
    const { kept, broken } = keptAndBroken(base, 'DPRK', 'sanctionsEvasion cyberOperation', 'dismantleTestSite');
    const id = concessionCommitment(base.G, 'dismantleTestSite');
    // Round 1: the tracks show the gain, nobody can say who broke what.
    expect(record(broken.G).breaches).toEqual([]);
    expect(record(broken.G).commitments).toEqual(['DPRK dismantleTestSite rounds 1-3 active']);
    expect(delta(kept.G, broken.G)).toBe('capability+1');
    expect(broken.G.headlines.filter((h) => h.kind === 'breach')).toEqual([
      { round: 1, kind: 'breach', text: 'Satellite images show unexplained activity; without inspectors nothing can be proven', roles: [] },
    ]);
    expect(playerView(broken.G, '1').private.DPRK?.unseenBreaches).toEqual([id]);
    for (const playerID of ['0', '2', '3', '4', null]) {
      expect(playerView(broken.G, playerID).private.DPRK).toBeUndefined();
      expect(JSON.stringify(playerView(broken.G, playerID))).not.toContain('"unseenBreaches":["');
    }
    // Round 2: North Korea is not asked again about a commitment it has already broken; the breach is exposed.
    const keptLater = round(kept, []);
    const brokenLater = round(broken, []);
    expect(record(brokenLater.G).breaches).toEqual(['DPRK dismantleTestSite broken in 1, exposed in 2']);
    expect(record(brokenLater.G).commitments).toEqual(['DPRK dismantleTestSite rounds 1-3 breached']);
    expect(brokenLater.G.private.DPRK?.unseenBreaches).toEqual([]);
    expect(delta(keptLater.G, brokenLater.G)).toBe('tension+1 capability+1 legitimacy-1 rapport-2');
  });

  test('with inspectors in force the same breach is exposed at once', () => {
    // Provocations keep tension within the round's swing in both runs, so the exposure's +1 shows.
    const { kept, broken } = keptAndBroken(dprkBoundBy('dismantleTestSite,allowInspections'), 'DPRK', 'dmzProvocation cyberOperation', 'dismantleTestSite');
    expect(record(broken.G).breaches).toEqual(['DPRK dismantleTestSite broken in 1, exposed in 1']);
    expect(broken.G.private.DPRK?.unseenBreaches).toEqual([]);
    expect(delta(kept.G, broken.G)).toBe('tension+1 capability+1 legitimacy-1 rapport-2');
  });

  test('a broken symbolic commitment simply lapses: no breach on record, no cost', () => {
    const base = play(fixture(), 'US propose DPRK @hanoi give:securityGuarantee get:releaseDetainees', 'DPRK accept #1', 'all done');
    const { kept, broken } = keptAndBroken(base, 'US', 'reassureAllies pressChina', 'securityGuarantee');
    expect(record(broken.G).commitments).toEqual(['US securityGuarantee rounds 1-3 lapsed']);
    expect(record(broken.G).breaches).toEqual([]);
    expect(delta(kept.G, broken.G)).toBe('');
    expect(broken.G.headlines.filter((h) => h.kind === 'lapse').map((h) => h.text)).toEqual(['United States lets the security guarantee lapse']);
  });

  test('a test ordered during the moratorium ends it, at an extra cost in rapport, credibility and tension', () => {
    const orders = ['all done', 'DPRK orders missileTest cyberOperation', 'others quiet'];
    const during = play(fixture({ moratorium: true }), ...orders);
    const without = play(fixture({ moratorium: false }), ...orders);
    expect(during.G.flags.moratorium).toBe(false);
    expect(delta(without.G, during.G)).toBe('tension+1 usCredibility-2 rapport-3');
  });

  test('the debrief says a test broke the moratorium only when the moratorium held at the time', () => {
    const tested = (moratorium: boolean) =>
      turningPoints(play(fixture({ moratorium }), 'all done', 'DPRK orders missileTest cyberOperation', 'others quiet').G);
    const text = 'North Korea tested during the moratorium, and ended it.';
    expect(tested(true)).toContainEqual({ round: 1, text });
    expect(tested(false).map((p) => p.text)).not.toContain(text);
  });

  test('commitments that ran their course are marked kept', () => {
    let s = play(fixture(), 'US propose DPRK @hanoi give:suspendJointDrills get:releaseDetainees', 'DPRK accept #1');
    s = round(s, []);
    s = round(s, []);
    expect(record(s.G).commitments).toEqual(['US suspendJointDrills rounds 1-3 active']);
    s = round(s, []);
    expect(record(s.G).commitments).toEqual(['US suspendJointDrills rounds 1-3 kept']);
  });

  test('a round ending with tension at 10 puts the peninsula on the brink: every order is carried out and the game goes on', () => {
    const s = round(
      fixture({ tracks: { tension: 8 } }),
      [],
      ['DPRK orders dmzProvocation cyberOperation', 'ROK orders coordinateWithWashington rokBolsterDefence'],
    );
    expect(s.ctx.gameover).toBeUndefined();
    expect(s.G.war).toBeNull();
    expect(s.G.history[0]?.tracks.tension).toBe(10);
    expect(s.G.flags.brink).toBe(true);
    // Everyone acted, in order, after tension first touched 10.
    expect(Object.keys(s.G.timesUsed).sort()).toEqual(
      [
        'cyberOperation',
        'dmzProvocation',
        'enforceSanctions',
        'coordinateWithWashington',
        'missileDefence',
        'openBorderTrade',
        'pressChina',
        'reassureAllies',
        'rokBolsterDefence',
        'trilateralCoordination',
      ].sort(),
    );
    expect(s.G.headlines.filter((h) => h.kind === 'brink').map((h) => h.text)).toEqual([
      'On the brink of war: tension is at its limit. Unless it falls to 8 or less this round, war breaks out',
    ]);
  });

  test('a second round running that ends at 10 is war and nobody wins; a round that ends at 8 or less steps back from the brink', () => {
    const onTheBrink = round(
      fixture({ tracks: { tension: 8 } }),
      [],
      ['DPRK orders dmzProvocation cyberOperation', 'ROK orders coordinateWithWashington rokBolsterDefence'],
    );
    const war = round(onTheBrink, [], ['DPRK orders missileTest armsExports', 'ROK orders rokBolsterDefence nuclearLatencyDebate']);
    // Round 2's quiet season took tension to 9; the missile test took it back to 10, and it stayed there.
    expect(war.ctx.gameover as GameResult).toMatchObject({
      outcome: 'war',
      winners: [],
      roundsPlayed: 2,
      war: { round: 2, cause: 'North Korea fires a ballistic missile into the sea' },
    });
    expect(war.G.headlines.at(-1)).toEqual({
      round: 2,
      kind: 'war',
      text: 'War breaks out on the Korean peninsula after: North Korea fires a ballistic missile into the sea',
      roles: [],
    });

    const steppedBack = round(onTheBrink, [], ['DPRK orders declareMoratorium sanctionsEvasion', 'ROK orders independentChannel nuclearLatencyDebate']);
    expect(steppedBack.ctx.gameover).toBeUndefined();
    expect(steppedBack.G.tracks.tension).toBeLessThanOrEqual(STEP_BACK_TO);
    expect(steppedBack.G.flags.brink).toBe(false);
    expect(steppedBack.G.headlines.filter((h) => h.round === 2 && h.kind === 'brink').map((h) => h.text)).toEqual(['The peninsula steps back from the brink']);
    // The debrief tells both turns: to the brink, and back (or to war).
    expect(turningPoints(steppedBack.G).filter((p) => /brink/.test(p.text))).toEqual([
      { round: 1, text: 'On the brink of war: tension is at its limit. Unless it falls to 8 or less this round, war breaks out' },
      { round: 2, text: 'The peninsula steps back from the brink' },
    ]);
    expect(turningPoints(war.G).at(-1)).toEqual({
      round: 2,
      text: "War: North Korea fires a ballistic missile into the sea. North Korea's orders raised tension most in that last round: it bears the blame, 5 points off its score.",
    });
  });

  test('a war is blamed on the role whose orders raised tension most in its last round: it loses WAR_BLAME_POINTS more than the others', () => {
    const onTheBrink = round(
      fixture({ tracks: { tension: 8 } }),
      [],
      ['DPRK orders dmzProvocation cyberOperation', 'ROK orders coordinateWithWashington rokBolsterDefence'],
    );
    // North Korea's missile test raises tension; South Korea's orders only calm or arm.
    const war = round(onTheBrink, [], ['DPRK orders missileTest armsExports', 'ROK orders rokBolsterDefence nuclearLatencyDebate']);
    const result = war.ctx.gameover as GameResult;
    expect(result.war?.blamed).toBe('DPRK');
    expect(result.scores.DPRK.outcomeBonus).toBe(-WAR_BLAME_POINTS);
    for (const role of ROLES.filter((r) => r !== 'DPRK')) expect(result.scores[role].outcomeBonus).toBe(0);
    // The same board scored without the blame: only North Korea's total moves, by the blame's points.
    const unblamed = finalResult({ ...war.G, war: { ...war.G.war!, blamed: null } });
    expect(result.scores.DPRK.total).toBe(unblamed.scores.DPRK.total - WAR_BLAME_POINTS);
    for (const role of ROLES.filter((r) => r !== 'DPRK')) expect(result.scores[role].total).toBe(unblamed.scores[role].total);
    // A match stored before the rule has no `blamed`: no blame, as null.
    const { blamed: _dropped, ...stored } = war.G.war!;
    expect(finalResult({ ...war.G, war: stored }).scores.DPRK.total).toBe(unblamed.scores.DPRK.total);
    expect(warBlame(stored)).toBeNull();

    // Two roles raised it: the one that raised it more bears the blame, though the other's raise came later in
    // the resolution order (PRC, DPRK, ROK, JPN, US); a tie goes to the later, whose raise tipped it.
    const blamedFor = (raised: TensionRaised) => {
      const G: PeninsulaState = { ...war.G, war: null, flags: { ...war.G.flags, brink: true }, tracks: { ...war.G.tracks, tension: 10 }, headlines: [] };
      judgeTheBrink(G, null, raised);
      return G.war?.blamed;
    };
    expect(blamedFor({ DPRK: 2, US: 1 })).toBe('DPRK');
    expect(blamedFor({ DPRK: 1, US: 1 })).toBe('US');
    expect(blamedFor({ PRC: 1, JPN: 3, US: 2 })).toBe('JPN');
    expect(blamedFor({})).toBeNull();
  });

  test('from the brink, one point off the top is not a step back: a round that ends at 9 is war too (balance pass 21)', () => {
    const onTheBrink = round(
      fixture({ tracks: { tension: 8 } }),
      [],
      ['DPRK orders dmzProvocation cyberOperation', 'ROK orders coordinateWithWashington rokBolsterDefence'],
    );
    expect(onTheBrink.G.flags.brink).toBe(true);
    const war = round(onTheBrink, [], ['DPRK orders sanctionsEvasion armsExports', 'ROK orders independentChannel nuclearLatencyDebate']);
    expect(war.G.tracks.tension).toBe(STEP_BACK_TO + 1);
    expect(war.ctx.gameover as GameResult).toMatchObject({ outcome: 'war', winners: [], roundsPlayed: 2, war: { round: 2 } });
    expect(war.G.headlines.filter((h) => h.round === 2 && h.kind === 'brink')).toEqual([]);
    // Off the brink the same 9 is only a tense round: the game goes on.
    const tense = round(fixture({ tracks: { tension: 9 } }), [], ['DPRK orders sanctionsEvasion armsExports']);
    expect(tense.G.tracks.tension).toBeLessThan(10);
    expect(tense.G.war).toBeNull();
    expect(tense.G.flags.brink).toBe(false);
  });

  test('when tension never left 10, war is put down to nobody stepping back', () => {
    // The UN panel's report leaves tension alone, so round 2 starts at 10 and no order can raise it further.
    const onTheBrink = round(
      fixture({ tracks: { tension: 8 }, deck: ['unPanelReport'] }),
      [],
      ['DPRK orders dmzProvocation cyberOperation', 'ROK orders coordinateWithWashington rokBolsterDefence'],
    );
    expect(onTheBrink.G.tracks.tension).toBe(10);
    const war = round(onTheBrink, [], ['DPRK orders missileTest armsExports', 'ROK orders nuclearLatencyDebate rokBolsterDefence']);
    expect((war.ctx.gameover as GameResult).war).toEqual({ round: 2, cause: 'A second round on the brink: nobody stepped back', blamed: null });
    expect((war.ctx.gameover as GameResult).scores.DPRK.outcomeBonus).toBe(0);
  });

  test('the game ends after options.rounds rounds with a result naming the outcome, every score, the winners and the agendas', () => {
    let s = fixture({ rounds: 4 });
    for (let r = 1; r <= 4; r++) {
      expect(s.ctx.gameover).toBeUndefined();
      s = round(s, []);
    }
    const result = s.ctx.gameover as GameResult;
    expect(result).toEqual(finalResult(s.G));
    expect(s.G.history.map((h) => h.round)).toEqual([1, 2, 3, 4]);
    expect(result.roundsPlayed).toBe(4);
    // Japan's missile defence every round takes the two defence tracks past 12.
    expect(result.outcome).toBe('armsRace');
    for (const role of ROLES) {
      const score = result.scores[role];
      expect(score.total).toBe(score.objectives.reduce((sum, line) => sum + line.points, 0) + score.agenda.points + score.outcomeBonus);
      expect(result.agendas[role]).toBe(s.G.private[role]?.agenda);
    }
    const best = Math.max(...ROLES.map((r) => result.scores[r].total));
    expect(result.winners.length).toBeGreaterThan(0);
    expect(result.winners.every((r) => result.scores[r].total === best)).toBe(true);
  });
});
