import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { describe, expect, test } from 'vitest';
import { chooseBotMove } from '../../shared/bots';
import { Peninsula } from '../../shared/game';
import { ROLES } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';

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
});
