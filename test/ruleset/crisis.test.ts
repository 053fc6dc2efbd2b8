import { describe, expect, test } from 'vitest';
import { EVENTS } from '../../shared/data/events';
import { playerOfRole } from '../../shared/roles';
import { checkCrisisChoice } from '../../shared/rules/crisis';
import { dealDeck, inPeriod } from '../../shared/rules/setup';
import { MAX_ROUNDS, SCENARIO_IDS, type ScenarioId } from '../../shared/data/scenarios';
import { startMatch } from '../../tools/sim/headless';
import { enumerateMoves } from '../../shared/enumerate';
import { move, tryMove } from '../support/match';
import { delta, fixture, play, round } from './support/script';

/** The first seed whose opening card asks someone to choose (seeds are fixed, so this is stable). */
function matchWithChoice() {
  for (let i = 0; i < 200; i++) {
    const s = startMatch({ seed: `choice-${i}` });
    if (s.G.crisis.pendingChoice !== null) return s;
  }
  throw new Error('no seed with a choice card');
}

describe('the crisis phase', () => {
  test('a card with a choice waits for its role; others cannot answer it; then diplomacy begins', () => {
    const s = matchWithChoice();
    const role = s.G.crisis.pendingChoice;
    const card = s.G.crisis.event ? EVENTS[s.G.crisis.event] : undefined;
    expect(role).not.toBeNull();
    expect(s.ctx.phase).toBe('crisis');
    expect(s.ctx.currentPlayer).toBe(playerOfRole(role ?? 'US'));
    const other = role === 'US' ? 'JPN' : 'US';
    const option = card?.choice?.options[1]?.id;
    expect(checkCrisisChoice(s.G, other, { option })?.code).toBe('NOT_YOUR_CHOICE');
    expect(tryMove(s, other, 'chooseCrisisOption', { option }).accepted).toBe(false);
    expect(checkCrisisChoice(s.G, role ?? 'US', { option: 'nonsense' })?.code).toBe('UNKNOWN_OPTION');
    const after = move(s, role ?? 'US', 'chooseCrisisOption', { option });
    expect(after.ctx.phase).toBe('diplomacy');
    expect(after.G.crisis.chosen).toBe(option);
  });

  test('a card without a choice goes straight to diplomacy with its effects applied and headlined', () => {
    for (let i = 0; i < 200; i++) {
      const s = startMatch({ seed: `plain-${i}` });
      if (s.G.crisis.pendingChoice !== null) continue;
      expect(s.ctx.phase).toBe('diplomacy');
      expect(s.G.round).toBe(1);
      expect(s.G.headlines[0]?.kind).toBe('event');
      expect(s.G.headlines[0]?.text).toContain(EVENTS[s.G.crisis.event ?? 'quietRound'].title);
      return;
    }
    throw new Error('no seed with a plain card');
  });

  test('in a later round, "Walk-out in Hanoi" stops the game until the President chooses; then its option applies', () => {
    const waiting = round(fixture({ deck: ['walkOutInHanoi'] }), []);
    expect(waiting.G.round).toBe(2);
    expect(waiting.ctx.phase).toBe('crisis');
    expect(waiting.G.crisis).toEqual({ event: 'walkOutInHanoi', pendingChoice: 'US', chosen: null });
    expect(waiting.ctx.currentPlayer).toBe('0');
    expect(enumerateMoves(waiting.G, 'crisis', '0').map((c) => c.args)).toEqual([[{ option: 'walkOut' }], [{ option: 'sign' }]]);
    for (const playerID of ['1', '2', '3', '4']) expect(enumerateMoves(waiting.G, 'crisis', playerID)).toEqual([]);
    const chosen = play(waiting, 'US choose walkOut');
    expect(chosen.ctx.phase).toBe('diplomacy');
    expect(chosen.G.crisis).toEqual({ event: 'walkOutInHanoi', pendingChoice: null, chosen: 'walkOut' });
    expect(delta(waiting.G, chosen.G)).toBe('usCredibility+1 trustUsJpn+1 rapport-2');
    expect(chosen.G.headlines.at(-1)).toEqual({
      round: 2,
      kind: 'event',
      text: 'Walk-out in Hanoi: Walk out: no deal is better than a bad deal',
      roles: ['US'],
    });
  });
});

describe("the deck respects each scenario's period", () => {
  const rounds = (scenario: ScenarioId, seed: number) => dealDeck({ rng: seed }, scenario);

  test.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'seed %i: Singapore 2018 never draws "Talks called off" (December 2019) in its six rounds; After Hanoi draws it from round 4 (December 2019) only',
    (seed) => {
      expect(rounds('singapore2018', seed).slice(0, 6)).not.toContain('talksCalledOff');
      const hanoi = rounds('afterHanoi2019', seed);
      hanoi.forEach((card, i) => {
        if (card === 'talksCalledOff') expect(i + 1).toBeGreaterThanOrEqual(4);
      });
      expect(hanoi.length).toBeGreaterThanOrEqual(MAX_ROUNDS);
    },
  );

  test('a what-if outside the calendar draws no dated card, and every scenario still has a card for every round', () => {
    for (const scenario of SCENARIO_IDS) expect(rounds(scenario, 42).length).toBeGreaterThanOrEqual(MAX_ROUNDS);
    expect(rounds('renewedTalks', 42).filter((card) => EVENTS[card].period !== undefined)).toEqual([]);
    expect(inPeriod('handshakeAtDmz', 'singapore2018', 4)).toBe(true);
    expect(inPeriod('handshakeAtDmz', 'singapore2018', 3)).toBe(false);
  });
});
