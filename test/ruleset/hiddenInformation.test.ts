import { describe, expect, test } from 'vitest';
import { getFilterPlayerView } from 'boardgame.io/internal';
import { Peninsula } from '../../shared/game';
import { playerView } from '../../shared/playerView';
import { ROLES } from '../../shared/roles';
import { holdingOrders } from '../../shared/rules/orders';
import { everyoneDone, move, newMatch } from '../support/match';

const SEED = 'hidden-seed-4711';

describe('hidden information', () => {
  const start = everyoneDone(newMatch({ seed: SEED }));
  const withOrders = move(start, 'DPRK', 'submitOrders', holdingOrders(start.G, 'DPRK'));

  test.each(ROLES.map((role, i) => [role, String(i)] as const))("%s sees its own agenda and orders, and no one else's", (role, playerID) => {
    const view = playerView(withOrders.G, playerID);
    expect(Object.keys(view.private)).toEqual([role]);
    expect(view.private[role]?.agenda).toBe(withOrders.G.private[role]?.agenda);
    expect(view.secret).toBeNull();
    const text = JSON.stringify(view);
    for (const other of ROLES.filter((r) => r !== role)) {
      expect(text).not.toContain(`"${withOrders.G.private[other]?.agenda}"`);
    }
    expect(text).not.toContain(SEED);
    if (role !== 'DPRK') expect(text).not.toContain(JSON.stringify(withOrders.G.private.DPRK?.orders?.actions));
  });

  test('a spectator sees only public state', () => {
    const view = playerView(withOrders.G, null);
    expect(view.private).toEqual({});
    expect(view.secret).toBeNull();
    expect(view.deckSize).toBe(withOrders.G.deckSize);
    expect(view.submitted.DPRK).toBe(true);
  });

  test("orders are redacted from everyone else's copy of the log", () => {
    const filter = getFilterPlayerView(Peninsula);
    const orders = holdingOrders(start.G, 'US');
    const next = move(start, 'US', 'submitOrders', orders);
    const payload = { type: 'update' as const, args: ['m1', next] as [string, typeof next] };
    const forUs = filter('0', payload) as { args: [string, unknown, { action: { payload: { args: unknown } } }[]] };
    const forJapan = filter('4', payload) as typeof forUs;
    const forSpectator = filter(null as unknown as string, payload) as typeof forUs;
    expect(forUs.args[2][0]?.action.payload.args).toEqual([orders]);
    expect(forJapan.args[2][0]?.action.payload.args).toBeNull();
    expect(forSpectator.args[2][0]?.action.payload.args).toBeNull();
  });

  test('the match is dealt in the first phase, from the seed: same seed, same deal', () => {
    const a = newMatch({ seed: 'same' });
    const b = newMatch({ seed: 'same' });
    const c = newMatch({ seed: 'other' });
    expect(a.G.secret).toEqual(b.G.secret);
    expect(a.G.private).toEqual(b.G.private);
    expect(JSON.stringify(c.G.secret?.deck)).not.toBe(JSON.stringify(a.G.secret?.deck));
    expect(ROLES.every((r) => a.G.private[r]?.agenda)).toBe(true);
  });

  test('setup itself holds no secret: no agendas, an empty deck', () => {
    const G = Peninsula.setup?.({} as never, { seed: 'x' });
    expect(G?.private.US?.agenda).toBeNull();
    expect(G?.secret?.deck).toEqual([]);
  });
});
