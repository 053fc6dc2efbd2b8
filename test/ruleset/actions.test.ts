import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ACTION_IDS,
  ACTIONS,
  actionsOf,
  ACTIONS_PER_ROUND,
  DOUBTING_ALLY_TRUST,
  REASSURED_ALLY_TRUST,
  SANCTIONS_THE_COUNCIL_SET,
  type ActionId,
} from '../../shared/data/actions';
import { applyEffects, applyInto, conditionHolds, previewEffects, type Board, type Effect } from '../../shared/effects';
import { CONCESSIONS } from '../../shared/data/concessions';
import { ROLES } from '../../shared/roles';
import { FLAGS, TRACK_MAX, TRACK_MIN, TRACKS, type Flags, type Tracks } from '../../shared/tracks';
import { midBoard, notate } from '../support/board';

/**
 * What the orders do, as rules over every row of shared/data/actions.ts and any board, rather than a
 * copy of the table (a copy only fails when a number changes on purpose). One example per rule is
 * written out; RULES.md is generated from the same rows (rulesDocument.test.ts keeps it true).
 */
const boardArb: fc.Arbitrary<Board> = fc.record({
  tracks: fc
    .tuple(...TRACKS.map(() => fc.integer({ min: TRACK_MIN, max: TRACK_MAX })))
    .map((values) => Object.fromEntries(TRACKS.map((t, i) => [t, values[i]])) as Tracks),
  flags: fc.tuple(...FLAGS.map(() => fc.boolean())).map((values) => Object.fromEntries(FLAGS.map((f, i) => [f, values[i]])) as Flags),
});
const actionArb = fc.constantFrom(...ACTION_IDS);

function copyOf(board: Board): Board {
  return { tracks: { ...board.tracks }, flags: { ...board.flags } };
}

/** What an action does to one track on this board (0 when it leaves it alone). */
function deltaOf(id: ActionId, board: Board, track: (typeof TRACKS)[number]): number {
  const after = copyOf(board);
  applyEffects(after, ACTIONS[id].effects);
  return after.tracks[track] - board.tracks[track];
}

/** Every effect list an order, a concession given or broken holds (conditional effects among them). */
const EFFECT_LISTS: readonly (readonly Effect[])[] = [
  ...ACTION_IDS.map((id) => ACTIONS[id].effects),
  ...Object.values(CONCESSIONS).flatMap((c) => [c.effects, c.breachEffects]),
];

describe('who may give which order', () => {
  test('every order belongs to exactly one role, and every role has more orders than it gives in a round', () => {
    expect(ROLES.flatMap((role) => actionsOf(role)).sort()).toEqual([...ACTION_IDS].sort());
    for (const role of ROLES) expect(actionsOf(role).length).toBeGreaterThan(ACTIONS_PER_ROUND);
  });
});

describe('every order does something, within the tracks', () => {
  test.each(ACTION_IDS)('%s changes the board from the middle of every track', (id) => {
    expect(notate(ACTIONS[id].effects)).not.toBe('');
  });

  test('on any board, an order leaves every track a whole number from 0 to 10, and what it reports changing is what changed', () => {
    fc.assert(
      fc.property(boardArb, actionArb, (board, id) => {
        const after = copyOf(board);
        const changes = applyEffects(after, ACTIONS[id].effects);
        for (const t of TRACKS) expect(Number.isInteger(after.tracks[t]) && after.tracks[t] >= TRACK_MIN && after.tracks[t] <= TRACK_MAX).toBe(true);
        // Replaying the reported changes on the board before gives the board after.
        const replayed = copyOf(board);
        for (const c of changes) {
          if ('track' in c) replayed.tracks[c.track] = c.to;
          else replayed.flags[c.flag] = c.to;
        }
        expect(replayed).toEqual(after);
      }),
      { seed: 21, numRuns: 500 },
    );
  });

  test('applied without noting the changes (as the rules and the bots apply them), an order leaves the same board as applied noting them', () => {
    fc.assert(
      fc.property(boardArb, fc.constantFrom(...EFFECT_LISTS), (board, effects) => {
        const noted = copyOf(board);
        const changes = applyEffects(noted, effects);
        const quiet = copyOf(board);
        applyInto(quiet, effects, null);
        expect(quiet).toEqual(noted);
        // Positive control: the board is one the effects can change.
        if (changes.length > 0) expect(quiet).not.toEqual(board);
      }),
      { seed: 23, numRuns: 500 },
    );
  });

  test('a preview reports what the order would do and leaves the board as it was (the client previews this way)', () => {
    fc.assert(
      fc.property(boardArb, actionArb, (board, id) => {
        const before = copyOf(board);
        const preview = previewEffects(board, ACTIONS[id].effects);
        expect(board).toEqual(before);
        expect(preview).toEqual(applyEffects(copyOf(board), ACTIONS[id].effects));
      }),
      { seed: 22, numRuns: 300 },
    );
  });
});

describe('the moratorium', () => {
  /** The orders that can add to North Korea's capability on some board: its tests. */
  const tests = ACTION_IDS.filter((id) => deltaOf(id, { ...midBoard(), tracks: { ...midBoard().tracks, capability: TRACK_MIN } }, 'capability') > 0);

  test("the tests are North Korea's missile and nuclear tests", () => {
    expect(tests.sort()).toEqual(['missileTest', 'nuclearTest']);
  });

  test('on any board under the moratorium, a test ends it and costs rapport and US credibility (a broken promise)', () => {
    fc.assert(
      fc.property(boardArb, fc.constantFrom(...tests), (board, id) => {
        const held = { tracks: { ...board.tracks, rapport: TRACK_MAX, usCredibility: TRACK_MAX }, flags: { ...board.flags, moratorium: true } };
        const after = copyOf(held);
        applyEffects(after, ACTIONS[id].effects);
        expect(after.flags.moratorium).toBe(false);
        expect(after.tracks.rapport).toBeLessThan(TRACK_MAX);
        expect(after.tracks.usCredibility).toBeLessThan(TRACK_MAX);
      }),
      { seed: 23, numRuns: 100 },
    );
  });

  test('no other order ends the moratorium', () => {
    for (const id of ACTION_IDS.filter((a) => !tests.includes(a)))
      expect(notate(ACTIONS[id].effects, midBoard('moratorium'))).not.toContain('moratorium=false');
  });

  test('missile tests past capability 5 teach nothing more; a nuclear test always does', () => {
    const at = (capability: number) => ({ ...midBoard(), tracks: { ...midBoard().tracks, capability } });
    expect(deltaOf('missileTest', at(5), 'capability')).toBe(1);
    expect(deltaOf('missileTest', at(6), 'capability')).toBe(0);
    expect(deltaOf('nuclearTest', at(6), 'capability')).toBe(1);
  });
});

describe('reassurance reaches an ally not fully confident (balance pass 12)', () => {
  const withTrust = (trustUsRok: number, trustUsJpn: number): Board => ({ ...midBoard(), tracks: { ...midBoard().tracks, trustUsRok, trustUsJpn } });
  test('the line is trust 8: one above the doubt at which Seoul may demand assurances', () => {
    expect(REASSURED_ALLY_TRUST).toBe(8);
    expect(DOUBTING_ALLY_TRUST).toBe(7);
  });
  test(`each ally at ${REASSURED_ALLY_TRUST} or less gains 1; an ally at ${REASSURED_ALLY_TRUST + 1} or more hears nothing new`, () => {
    expect(notate(ACTIONS.reassureAllies.effects, withTrust(REASSURED_ALLY_TRUST, REASSURED_ALLY_TRUST))).toBe('trustUsRok+1 trustUsJpn+1');
    expect(notate(ACTIONS.reassureAllies.effects, withTrust(REASSURED_ALLY_TRUST + 1, 2))).toBe('trustUsJpn+1');
    expect(notate(ACTIONS.reassureAllies.effects, withTrust(2, REASSURED_ALLY_TRUST + 1))).toBe('trustUsRok+1');
    expect(notate(ACTIONS.reassureAllies.effects, withTrust(REASSURED_ALLY_TRUST + 1, REASSURED_ALLY_TRUST + 1))).toBe('');
  });
  test("Seoul's demand for assurances needs doubt: possible at 7 or less, refused at 8, where reassurance still reaches it", () => {
    const demand = ACTIONS.demandAssurances.requires?.condition;
    if (!demand) throw new Error('Demand assurances lost its requirement');
    expect(conditionHolds(withTrust(DOUBTING_ALLY_TRUST, 5), demand)).toBe(true);
    expect(conditionHolds(withTrust(DOUBTING_ALLY_TRUST + 1, 5), demand)).toBe(false);
    expect(notate(ACTIONS.reassureAllies.effects, withTrust(DOUBTING_ALLY_TRUST + 1, 10))).toBe('trustUsRok+1');
  });
});

describe('a UN veto', () => {
  test('on any board, no order raises sanctions more under a veto than without one', () => {
    fc.assert(
      fc.property(boardArb, actionArb, (board, id) => {
        const vetoed = { tracks: board.tracks, flags: { ...board.flags, unVeto: true } };
        const open = { tracks: board.tracks, flags: { ...board.flags, unVeto: false } };
        expect(deltaOf(id, vetoed, 'sanctions')).toBeLessThanOrEqual(Math.max(0, deltaOf(id, open, 'sanctions')));
      }),
      { seed: 24, numRuns: 300 },
    );
  });

  test('blunts the sanctions push of the US and Japan, and the sanctions that follow a nuclear test', () => {
    const vetoed = (id: ActionId) => notate(ACTIONS[id].effects, midBoard('unVeto'));
    expect(vetoed('tightenSanctions')).toBe('sanctions+1 rapport-1');
    expect(vetoed('pushUnSanctions')).toBe('');
    expect(vetoed('nuclearTest')).toBe('capability+1 tension+2 tiesPrcDprk-2 enforcement+1');
  });

  test("under Russia's treaty veto (2025) Japan's push holds sanctions at the level the Council set, and no higher (balance pass 19)", () => {
    const underRussia = (sanctions: number) => {
      const board = midBoard('unVeto', 'russiaPact');
      board.tracks.sanctions = sanctions;
      return notate(ACTIONS.pushUnSanctions.effects, board);
    };
    expect(underRussia(5)).toBe('sanctions+1');
    expect(underRussia(SANCTIONS_THE_COUNCIL_SET - 1)).toBe('sanctions+1');
    expect(underRussia(SANCTIONS_THE_COUNCIL_SET)).toBe('');
    // No condemnation without the Council, and a Chinese veto without the treaty still blocks the push entirely.
    expect(notate(ACTIONS.pushUnSanctions.effects, midBoard('unVeto'))).toBe('');
    expect(notate(ACTIONS.pushUnSanctions.effects, midBoard('russiaPact'))).toBe('sanctions+1 legitimacy-1');
  });
});
