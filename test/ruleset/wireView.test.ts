import { describe, expect, test } from 'vitest';
import { RECENT_ROUNDS_SENT, playerView, wireView } from '../../shared/playerView';
import { ROLES, type Role } from '../../shared/roles';
import type { Personality } from '../../shared/options';
import { nextBotMove } from '../../tools/sim/botGame';
import { applyMove, startMatch, type MatchState } from '../../tools/sim/headless';

const bots = Object.fromEntries(ROLES.map((r) => [r, 'dealmaker'])) as Record<Role, Personality>;

/** Every state of one seeded bot game, start to end. */
function wholeGame(seed: string): MatchState[] {
  const states: MatchState[] = [startMatch({ seed })];
  for (let i = 0; i < 2_000 && states.at(-1)!.ctx.gameover === undefined; i++) {
    const next = nextBotMove(states.at(-1)!, bots);
    if (!next) break;
    states.push(applyMove(states.at(-1)!, next.playerID, next.choice.move, next.choice.args));
  }
  return states;
}

describe('what the server sends a seat (wireView)', () => {
  const states = wholeGame('wire-view-1');
  const late = states[states.length - 10]!;

  test('while the game runs, only this round’s and the last round’s headlines and round records travel, and the view says where they start', () => {
    const view = wireView(late.G, '0', false);
    const since = late.G.round - (RECENT_ROUNDS_SENT - 1);
    expect(view.recentSince).toBe(since);
    expect(view.headlines).toEqual(late.G.headlines.filter((h) => h.round >= since));
    expect(view.headlines.length).toBeLessThan(late.G.headlines.length);
    expect(view.history).toEqual(late.G.history.filter((r) => r.round >= since - 1));
    expect(view.history.length).toBeLessThan(late.G.history.length);
    // What the panels read: the last round's record (last round, map, notices) and the one before (track changes).
    expect(view.history.at(-1)).toEqual(late.G.history.at(-1));
    expect(view.history.at(-2)).toEqual(late.G.history.at(-2));
  });

  test('everything else is the seat’s playerView: its own private slice, no other, no secret', () => {
    const { headlines: _w, history: _wh, recentSince: _s, ...rest } = wireView(late.G, '1', false);
    const { headlines: _p, history: _ph, ...expected } = playerView(late.G, '1');
    expect(rest).toEqual(expected);
    expect(Object.keys(rest.private)).toEqual(['DPRK']);
    expect(rest.secret).toBeNull();
  });

  test('the final state carries every headline (the end screen and its news log read them)', () => {
    const end = states.at(-1)!;
    expect(end.ctx.gameover).toBeDefined();
    const view = wireView(end.G, '0', true);
    expect(view.headlines).toEqual(end.G.headlines);
    expect(view.history).toEqual(end.G.history);
    expect(view.recentSince).toBeUndefined();
  });

  test('a late update for a seat is about two thirds of the whole view (bench/REPORT.md measures the sizes)', () => {
    const sizes = (view: (s: MatchState) => unknown) => states.slice(-12, -1).map((s) => JSON.stringify({ ...s, G: view(s) }).length);
    const sent = sizes((s) => wireView(s.G, '0', false));
    const whole = sizes((s) => playerView(s.G, '0'));
    sent.forEach((bytes, i) => expect(bytes).toBeLessThan(whole[i]! * 0.7));
  });
});
