import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { describe, expect, test } from 'vitest';
import { chooseBotMove } from '../../shared/bots';
import { enumerateMoves } from '../../shared/enumerate';
import { Peninsula } from '../../shared/game';
import type { GameResult } from '../../shared/scoring';
import { ROLES } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import { lcg } from '../support/randomGame';

describe('a whole game over boardgame.io Local multiplayer', () => {
  test('five clients, one per seat, each acting only on its own view, play to the end and agree on the result', async () => {
    const game = { ...Peninsula, setup: (ctx: Parameters<NonNullable<typeof Peninsula.setup>>[0]) => Peninsula.setup!(ctx, { seed: 'local-game', rounds: 4 }) };
    const multiplayer = Local();
    const clients = ROLES.map((_, i) => Client<PeninsulaState>({ game, numPlayers: 5, playerID: String(i), multiplayer }));
    clients.forEach((c) => c.start());
    let moves = 0;
    for (let guard = 0; guard < 2000; guard++) {
      const acted = clients.some((client) => {
        const state = client.getState();
        if (!state || state.ctx.gameover) return false;
        const playerID = client.playerID ?? '';
        if (state.G.secret !== null) throw new Error('a client holds the secret state');
        if (Object.keys(state.G.private).some((r) => r !== ROLES[Number(playerID)])) throw new Error('a client sees another seat');
        const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID, personality: 'dealmaker' });
        if (!choice) return false;
        client.moves[choice.move]?.(...choice.args);
        moves += 1;
        return true;
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!acted) break;
    }
    const results = clients.map((c) => c.getState()?.ctx.gameover);
    expect(results[0]).toBeDefined();
    expect(moves).toBeGreaterThan(20);
    for (const r of results) expect(r).toEqual(results[0]);
    const tracks = clients.map((c) => c.getState()?.G.tracks);
    for (const t of tracks) expect(t).toEqual(tracks[0]);
    clients.forEach((c) => c.stop());
  });

  test('five clients choosing legal moves from enumerateMoves on their own views reach the end; orders in the log are redacted for others', async () => {
    const game = {
      ...Peninsula,
      setup: (ctx: Parameters<NonNullable<typeof Peninsula.setup>>[0]) => Peninsula.setup!(ctx, { seed: 'local-enumerate', rounds: 4 }),
    };
    const multiplayer = Local();
    const clients = ROLES.map((_, i) => Client<PeninsulaState>({ game, numPlayers: 5, playerID: String(i), multiplayer, matchID: 'enumerate' }));
    clients.forEach((c) => c.start());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const pick = lcg(2024);
    let moves = 0;
    while (moves < 2000) {
      // Every seat with a legal move on its own view; one of them acts, then the master's update reaches everyone.
      const ready = clients.flatMap((client) => {
        const state = client.getState();
        if (!state || state.ctx.gameover !== undefined || state.ctx.phase === null) return [];
        const playerID = client.playerID ?? '';
        expect(Object.keys(state.G.private)).toEqual([ROLES[Number(playerID)]]);
        expect(state.G.secret).toBeNull();
        const choices = state.isActive ? enumerateMoves(state.G, state.ctx.phase, playerID) : [];
        return choices.length > 0 ? [{ client, choices }] : [];
      });
      const seat = ready[pick(ready.length)];
      if (!seat) break;
      const choice = seat.choices[pick(seat.choices.length)];
      if (!choice) break;
      const before = seat.client.getState()?._stateID;
      seat.client.moves[choice.move]?.(...choice.args);
      moves += 1;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(seat.client.getState()?._stateID).toBeGreaterThan(before ?? Infinity);
    }
    const states = clients.map((c) => c.getState());
    const result = states[0]?.ctx.gameover as GameResult | undefined;
    expect(result?.outcome).toBeDefined();
    expect(moves).toBeGreaterThan(10);
    for (const s of states) {
      expect(s?.ctx.gameover).toEqual(result);
      expect({ tracks: s?.G.tracks, flags: s?.G.flags, history: s?.G.history, agreements: s?.G.agreements, breaches: s?.G.breaches }).toEqual({
        tracks: states[0]?.G.tracks,
        flags: states[0]?.G.flags,
        history: states[0]?.G.history,
        agreements: states[0]?.G.agreements,
        breaches: states[0]?.G.breaches,
      });
    }
    // boardgame.io's `redact`: a seat's own orders keep their arguments in its log; everyone else's arrive as null.
    clients.forEach((client) => {
      const orders = (client.log ?? []).filter((entry) => entry.action.type === 'MAKE_MOVE' && entry.action.payload.type === 'submitOrders');
      expect(orders.length).toBeGreaterThan(0);
      for (const entry of orders) {
        const mine = entry.action.payload.playerID === client.playerID;
        expect(entry.action.payload.args === null).toBe(!mine);
      }
    });
    clients.forEach((c) => c.stop());
  });
});
