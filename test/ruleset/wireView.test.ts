import { describe, expect, test } from 'vitest';
import { actionsOf } from '../../shared/data/actions';
import { RECENT_ROUNDS_SENT, boardAsLastRoundBegan, playerView, wireView } from '../../shared/playerView';
import { ROLES, playerOfRole } from '../../shared/roles';
import { actionUnavailable } from '../../shared/rules/orders';
import { deepFreeze } from '../../shared/deepFreeze';
import type { MatchState } from '../../tools/sim/headless';
import { botGameStates } from '../support/botGameStates';

describe('what the server sends a seat (wireView)', () => {
  const states = botGameStates('wire-view-1');
  const late = states[states.length - 10]!;

  test('while the game runs, only this round’s and the last round’s headlines and the last round’s record travel, and the view says where they start', () => {
    const view = wireView(late.G, '0', false);
    const since = late.G.round - (RECENT_ROUNDS_SENT - 1);
    expect(view.recentSince).toBe(since);
    expect(view.headlines).toEqual(late.G.headlines.filter((h) => h.round >= since));
    expect(view.headlines.length).toBeLessThan(late.G.headlines.length);
    expect(view.history).toEqual(late.G.history.filter((r) => r.round >= since));
    expect(view.history.length).toBeLessThan(late.G.history.length);
    // What the panels read: the last round's record (last round, map, notices) and the board before it (track changes).
    expect(view.history.at(-1)).toEqual(late.G.history.at(-1));
    expect(view.lastRoundBegan).toEqual(late.G.history.at(-2)!.tracks);
  });

  test('at every step of a game a seat’s update shows the same track changes and greys out the same actions as its whole view', () => {
    for (const state of states) {
      for (const role of ROLES) {
        const sent = wireView(state.G, playerOfRole(role), state.ctx.gameover !== undefined);
        const whole = playerView(state.G, playerOfRole(role));
        expect(boardAsLastRoundBegan(sent)).toEqual(boardAsLastRoundBegan(whole));
        for (const action of actionsOf(role)) expect(actionUnavailable(sent, role, action)).toEqual(actionUnavailable(whole, role, action));
      }
    }
    // The positive control: the lists were cut in the states compared.
    expect(states.some((s) => Object.keys(wireView(s.G, '0', false).lastUsed).length < Object.keys(s.G.lastUsed).length)).toBe(true);
  });

  test('every commitment in force travels, and every one settled in the recent rounds; what is left out settled before them', () => {
    // The round each commitment took its present status in, read off the game as it went (a round's
    // resolution runs in the move that ends it: the round before that move's).
    const settledIn = new Map<string, number>();
    let cut = 0;
    for (const [i, state] of states.entries()) {
      const before = states[i - 1]?.G;
      for (const c of state.G.commitments) if (before?.commitments.find((b) => b.id === c.id)?.status !== c.status) settledIn.set(c.id, before?.round ?? 0);
      const view = wireView(state.G, '2', false);
      if (view.recentSince === undefined) continue;
      const sentIds = new Set(view.commitments.map((c) => c.id));
      // In the whole view's order, the same objects.
      expect(view.commitments).toEqual(state.G.commitments.filter((c) => sentIds.has(c.id)));
      for (const c of state.G.commitments) {
        if (c.status === 'active' || settledIn.get(c.id)! >= view.recentSince) expect(sentIds.has(c.id)).toBe(true);
        if (!sentIds.has(c.id)) expect(settledIn.get(c.id)!).toBeLessThan(view.recentSince);
      }
      cut += state.G.commitments.length - view.commitments.length;
    }
    expect(cut).toBeGreaterThan(0);
  });

  test('everything else is the seat’s playerView: its own private slice, no other, no secret', () => {
    const { headlines: _w, history: _wh, commitments: _wc, lastUsed: _wl, recentSince: _s, lastRoundBegan: _b, ...rest } = wireView(late.G, '1', false);
    const { headlines: _p, history: _ph, commitments: _pc, lastUsed: _pl, ...expected } = playerView(late.G, '1');
    expect(rest).toEqual(expected);
    expect(Object.keys(rest.private)).toEqual(['DPRK']);
    expect(rest.secret).toBeNull();
  });

  test('the final state carries everything (the end screen, its news log and the debrief read it)', () => {
    const end = states.at(-1)!;
    expect(end.ctx.gameover).toBeDefined();
    const view = wireView(end.G, '0', true);
    expect(view).toEqual(playerView(end.G, '0'));
    expect(view.headlines).toEqual(end.G.headlines);
    expect(view.history).toEqual(end.G.history);
    expect(view.commitments).toEqual(end.G.commitments);
    expect(view.lastUsed).toEqual(end.G.lastUsed);
    expect(view.recentSince).toBeUndefined();
    expect(view.lastRoundBegan).toBeUndefined();
  });

  test('of a frozen state (as the server holds it) every seat gets byte for byte the view of an unfrozen one, the recent lists worked out once for all seats', () => {
    const seats = [null, ...ROLES.map(playerOfRole)];
    let shared = 0;
    for (const state of states.slice(-40)) {
      const over = state.ctx.gameover !== undefined;
      const frozen = deepFreeze(structuredClone(state.G));
      const views = seats.map((seat) => wireView(frozen, seat, over));
      seats.forEach((seat, i) => expect(JSON.stringify(views[i])).toBe(JSON.stringify(wireView(structuredClone(state.G), seat, over))));
      // The positive control: the seats' views of a frozen state hold the very same (frozen) recent lists.
      if (views[0]!.recentSince !== undefined && views.every((v) => v.headlines === views[0]!.headlines)) shared++;
      if (views[0]!.recentSince !== undefined) expect(Object.isFrozen(views[0]!.headlines)).toBe(true);
    }
    expect(shared).toBeGreaterThan(20);
  });

  test('a late update for a seat is under half the whole view (bench/REPORT.md measures the sizes)', () => {
    const sizes = (view: (s: MatchState) => unknown) => states.slice(-12, -1).map((s) => JSON.stringify({ ...s, G: view(s) }).length);
    const sent = sizes((s) => wireView(s.G, '0', false));
    const whole = sizes((s) => playerView(s.G, '0'));
    sent.forEach((bytes, i) => expect(bytes).toBeLessThan(whole[i]! * 0.5));
  });
});
