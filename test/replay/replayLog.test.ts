import type { LogEntry } from 'boardgame.io';
import type { EventId } from '../../shared/data/events';
import { describe, expect, test } from 'vitest';
import { playerView } from '../../shared/playerView';
import { forkStart } from '../../shared/replay/fork';
import { drawnEvents, replayLog, replaysTo, ReplayMismatch, type ReplayState } from '../../shared/replay/replayLog';
import { ROLES, type Role } from '../../shared/roles';
import { stackEvent } from '../../shared/stackEvent';
import { nextBotMove } from '../../tools/sim/botGame';
import { applyMove, startMatch } from '../../tools/sim/headless';
import type { Personality } from '../../shared/options';

const DEALERS = Object.fromEntries(ROLES.map((r) => [r, 'dealmaker'])) as Record<Role, Personality>;

/** A whole bot game, headless, with the log boardgame.io's master would store (each move's deltalog). */
function playLogged(
  from: ReplayState,
  beforeMove: (state: ReplayState) => ReplayState = (s) => s,
): { initial: ReplayState; log: LogEntry[]; final: ReplayState } {
  const initial = from;
  let state = from;
  const log: LogEntry[] = [];
  for (let i = 0; state.ctx.gameover === undefined; i++) {
    if (i > 2000) throw new Error('no end');
    state = beforeMove(state);
    const next = nextBotMove(state, DEALERS)!;
    state = applyMove(state, next.playerID, next.choice.move, next.choice.args);
    log.push(...(state.deltalog ?? []));
  }
  return { initial, log, final: state };
}

const parent = playLogged(startMatch({ rounds: 5, seed: 'replay-test-seed' }));

describe('replaying a stored match', () => {
  test('the log replays to the final state, and each round starts with its card drawn and nobody moved', () => {
    const replayed = replayLog(parent.initial, parent.log, drawnEvents(parent.final.G));
    expect(replaysTo(replayed, parent.final)).toBe(true);
    expect(replayed.last).toEqual(parent.final);
    expect(replayed.roundStarts.map((s) => s.G.round)).toEqual([1, 2, 3, 4, 5]);
    for (const start of replayed.roundStarts) {
      expect(start.G.crisis.event).toBe(parent.final.G.history[start.G.round - 1]!.event);
      expect(Object.values(start.G.submitted).some(Boolean)).toBe(false);
    }
  });

  test('a move the rules refuse, or a log cut short, does not replay to the stored state', () => {
    const tampered = parent.log.map((e, i) => (i === 3 ? { ...e, action: { ...e.action, payload: { ...e.action.payload, playerID: '9' } } } : e));
    expect(() => replayLog(parent.initial, tampered, drawnEvents(parent.final.G))).toThrow(ReplayMismatch);
    const replayed = replayLog(parent.initial, parent.log.filter((e) => e.action.type === 'MAKE_MOVE').slice(0, -1), drawnEvents(parent.final.G));
    expect(replaysTo(replayed, parent.final)).toBe(false);
  });

  test('a teacher’s inject (stacked on the deck outside any move) is found again from the round records', () => {
    const injected = playLogged(startMatch({ rounds: 5, seed: 'replay-test-seed' }), (s) => {
      if (s.G.round !== 2 || !s.G.secret) return s;
      const copy = structuredClone(s);
      // The last card of the deck jumps to the top: round 3 draws what it would never have drawn.
      stackEvent(copy.G, copy.G.secret!.deck[copy.G.secret!.deck.length - 1]!);
      return copy;
    });
    const plain = () => {
      try {
        return replaysTo(
          replayLog(injected.initial, injected.log, () => undefined),
          injected.final,
        );
      } catch (error) {
        if (error instanceof ReplayMismatch) return false;
        throw error;
      }
    };
    expect(plain(), 'without the round records the inject is lost: the check can fail').toBe(false);
    const replayed = replayLog(injected.initial, injected.log, drawnEvents(injected.final.G));
    expect(replaysTo(replayed, injected.final)).toBe(true);
  });

  test('an inject in the last round, never drawn, still replays to the stored state (and a different deck does not)', () => {
    // The teacher's card, stacked on every state read in round 5 (as the server's transform does): the game ends first.
    let card: EventId | undefined;
    const injected = playLogged(startMatch({ rounds: 5, seed: 'replay-test-seed' }), (s) => {
      if (s.G.round !== 5 || !s.G.secret) return s;
      const copy = structuredClone(s);
      card ??= copy.G.secret!.deck[copy.G.secret!.deck.length - 1]!;
      stackEvent(copy.G, card as EventId);
      return copy;
    });
    expect(injected.final.G.secret!.deck[0]).toBe(card);
    const replayed = replayLog(injected.initial, injected.log, drawnEvents(injected.final.G));
    expect(replaysTo(replayed, injected.final)).toBe(true);
    const reordered = structuredClone(injected.final);
    reordered.G.secret!.deck.reverse();
    expect(replaysTo(replayed, reordered), 'a deck no inject explains').toBe(false);
  });
});

describe('a fork from the start of a round', () => {
  const replayed = replayLog(parent.initial, parent.log, drawnEvents(parent.final.G));
  const round3 = replayed.roundStarts[2]!;

  test('an exact fork starts in the parent’s state at round 3 and, given the parent’s moves, ends where the parent ended', () => {
    const fork = forkStart(round3, { kind: 'exact' });
    expect(fork.G).toEqual(round3.G);
    expect(fork.ctx).toEqual(round3.ctx);
    expect(fork.plugins).toEqual(round3.plugins);
    expect(fork._stateID).toBe(round3._stateID);
    const rest = parent.log.filter((e) => e._stateID >= round3._stateID);
    const continued = replayLog(fork, rest, () => undefined);
    expect(continued.last.G).toEqual(parent.final.G);
    expect(continued.last.ctx.gameover).toEqual(parent.final.ctx.gameover);
  });

  test('a redealt fork keeps the public board and deals agendas and the undrawn cards anew', () => {
    const seeds = [1, 2, 3, 4, 5, 6];
    const forks = seeds.map((seed) => forkStart(round3, { kind: 'redealt', seed }));
    for (const fork of forks) {
      expect(playerView(fork.G, null)).toEqual({ ...playerView(round3.G, null), deckSize: fork.G.deckSize });
      expect([...fork.G.secret!.deck].sort()).toEqual([...round3.G.secret!.deck].sort().filter((e) => fork.G.secret!.deck.includes(e)));
      expect(fork.G.secret!.seed).toBeNull();
    }
    const agendaDeals = new Set(forks.map((f) => JSON.stringify(ROLES.map((r) => f.G.private[r]!.agenda))));
    const decks = new Set(forks.map((f) => f.G.secret!.deck.join()));
    expect(agendaDeals.size, 'agendas are dealt anew').toBeGreaterThan(1);
    expect(decks.size, 'the undrawn cards are shuffled anew').toBeGreaterThan(1);
    expect(round3.G.secret!.rng, 'the parent is untouched').toBe(replayed.roundStarts[2]!.G.secret!.rng);
  });
});
