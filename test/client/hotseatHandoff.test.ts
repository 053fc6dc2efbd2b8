import { afterEach, describe, expect, test } from 'vitest';
import { HotSeatEngine, type HotSeatOptions } from '../../client/hotseat/engine';
import { awaitingAnswer, endReveal, leaveOnBehalf, passOn, seatsToCall, settle, startHandoff, takeScreen, type Handoff } from '../../client/hotseat/handoff';
import { enumerateMoves } from '../../shared/enumerate';
import { playerOfRole, type Role } from '../../shared/roles';

const three: HotSeatOptions = { humans: ['US', 'DPRK', 'ROK'], personality: 'dealmaker', setup: { scenario: 'singapore2018', rounds: 4 } };

/** A seed whose first event card asks nobody to choose, so round 1 opens at the table. */
function quietEngine(options: HotSeatOptions): HotSeatEngine {
  for (let i = 0; i < 50; i++) {
    const engine = new HotSeatEngine({ ...options, setup: { ...options.setup, seed: `handoff-${i}` } });
    if (engine.state().ctx.phase === 'diplomacy') return engine;
    engine.stop();
  }
  throw new Error('no quiet seed in 50');
}

let engine: HotSeatEngine;
afterEach(() => engine?.stop());

/** The hand-off after the game moved: the table leaves for waiting seats when the rules allow, then it settles. */
function after(h: Handoff): Handoff {
  const { G, ctx } = engine.state();
  const leaving = leaveOnBehalf(G, ctx, engine.humans, h);
  for (const role of leaving) engine.move(playerOfRole(role), 'done', []);
  return settle(h, engine.state().G, engine.state().ctx, engine.humans);
}

function ordersFor(role: Role): unknown {
  const choice = enumerateMoves(engine.state().G, 'orders', playerOfRole(role)).find((m) => m.move === 'submitOrders');
  return choice?.args[0];
}

/**
 * Plays one round the way a table of three often does: each person looks at the screen once in
 * diplomacy and passes it on without leaving (the last one leaves), then seals orders.
 * Counts the pass screens (each is a hand-off of the device).
 */
function playQuietRound(h: Handoff): { h: Handoff; passScreens: number; called: Role[] } {
  let passScreens = 0;
  const called: Role[] = [];
  for (let step = 0; step < 20 && h.reveal === null; step++) {
    if (h.holder === null) {
      expect(h.calling).not.toBeNull();
      passScreens++;
      called.push(h.calling as Role);
      h = takeScreen(h, h.calling as Role);
      continue;
    }
    const { G, ctx } = engine.state();
    const me = h.holder;
    if (ctx.phase === 'diplomacy') {
      const last = seatsToCall(G, ctx, engine.humans, h).filter((r) => r !== me).length === 0;
      if (last) engine.move(playerOfRole(me), 'done', []);
      else h = passOn(h, G, ctx, engine.humans);
    } else if (ctx.phase === 'orders') {
      engine.move(playerOfRole(me), 'submitOrders', [ordersFor(me)]);
    }
    h = after(h);
  }
  return { h, passScreens, called };
}

describe('hot-seat hand-offs', () => {
  test('three people, nobody proposing: five hand-offs a round, the last to talk seals orders without a pass screen', () => {
    engine = quietEngine(three);
    const start = settle(startHandoff(engine.state().G), engine.state().G, engine.state().ctx, engine.humans);
    expect(start.calling).toBe('US');
    const { h, passScreens, called } = playQuietRound(start);
    // Before: US, DPRK, ROK to talk, US and DPRK again only to leave, then US, DPRK, ROK for orders = 8.
    expect(called).toEqual(['US', 'DPRK', 'ROK', 'US', 'DPRK']);
    expect(passScreens).toBe(5);
    expect(engine.state().G.round).toBe(2);
    // The round is then revealed to everyone together before anyone is called.
    expect(h.reveal).toBe(1);
    expect(h.holder).toBeNull();
    expect(endReveal(h, engine.state().G, engine.state().ctx, engine.humans).calling).not.toBeNull();
  });

  test('a seat that passed is called back when a new proposal awaits its answer, and not otherwise', () => {
    engine = quietEngine(three);
    let h = takeScreen(settle(startHandoff(engine.state().G), engine.state().G, engine.state().ctx, engine.humans), 'US');
    h = passOn(h, engine.state().G, engine.state().ctx, engine.humans);
    expect(h.waiting.US).toEqual(awaitingAnswer(engine.state().G, 'US'));
    expect(h.calling).toBe('DPRK');
    h = takeScreen(h, 'DPRK');
    expect(seatsToCall(engine.state().G, engine.state().ctx, engine.humans, h)).toEqual(['DPRK', 'ROK']);
    const proposal = enumerateMoves(engine.state().G, 'diplomacy', playerOfRole('DPRK')).find(
      (m) => m.move === 'propose' && (m.args[0] as { to: Role[] }).to.includes('US'),
    );
    expect(proposal).toBeDefined();
    engine.move(playerOfRole('DPRK'), 'propose', proposal?.args ?? []);
    expect(seatsToCall(engine.state().G, engine.state().ctx, engine.humans, h)).toEqual(['US', 'DPRK', 'ROK']);
  });

  test('the table leaves only for seats that passed and have nothing to answer, never while someone is still to be called', () => {
    engine = quietEngine(three);
    let h = takeScreen(settle(startHandoff(engine.state().G), engine.state().G, engine.state().ctx, engine.humans), 'US');
    h = passOn(h, engine.state().G, engine.state().ctx, engine.humans);
    const { G, ctx } = engine.state();
    // DPRK and ROK have not had the screen yet: nobody leaves for anyone.
    expect(leaveOnBehalf(G, ctx, engine.humans, h)).toEqual([]);
    h = takeScreen(h, 'DPRK');
    engine.move(playerOfRole('DPRK'), 'done', []);
    h = takeScreen(settle(h, engine.state().G, engine.state().ctx, engine.humans), 'ROK');
    expect(leaveOnBehalf(engine.state().G, engine.state().ctx, engine.humans, h)).toEqual([]);
    engine.move(playerOfRole('ROK'), 'done', []);
    expect(leaveOnBehalf(engine.state().G, engine.state().ctx, engine.humans, h)).toEqual(['US']);
  });
});
