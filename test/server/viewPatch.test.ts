import type { Game, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { viewPatch } from '../../server/socket/viewPatch';
import { applyInPlace } from '../../bench/seat';
import { deepFreeze } from '../../shared/deepFreeze';
import { Peninsula } from '../../shared/game';
import { wireView } from '../../shared/playerView';
import { ROLES } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import { botGameStates } from '../support/botGameStates';
import { patchedByClient } from './support/wire';

const served: Game<PeninsulaState> = { ...Peninsula, playerView: ({ G, ctx, playerID }) => wireView(G, playerID, ctx.gameover !== undefined) };
const filter = getFilterPlayerView(served as Game);
const SEATS: (string | null)[] = ['0', '1', '2', '3', '4', null];

/** The view a seat's `update` carries for a state (boardgame.io's filter with the served playerView). */
function viewOf(playerID: string | null, state: State): State {
  return filter(playerID as string, { type: 'update', args: ['m', state] }).args[1] as State;
}

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** What boardgame.io's client holds after a patch to `stateID` came over the wire (null: it failed). */
function applied(held: unknown, ops: unknown[], stateID: number): unknown {
  return patchedByClient(held, (held as State)._stateID, stateID, roundTrip(ops) as unknown[]);
}

describe('viewPatch', () => {
  it('turns what each seat and a spectator held into the next whole view, move after move of bot games', () => {
    for (const seed of ['view-patch-1', 'view-patch-2']) {
      const states = botGameStates(seed).map((s) => deepFreeze({ ...s }) as unknown as State);
      expect(states.length).toBeGreaterThan(50);
      for (const playerID of SEATS) {
        let sent = viewOf(playerID, states[0]!);
        let held: unknown = roundTrip(sent);
        // The bench's seats apply the same patches in place (bench/seat.ts), without the client's copy.
        let benchHeld: unknown = roundTrip(sent);
        let patched = 0;
        for (const state of states.slice(1)) {
          const view = viewOf(playerID, state);
          const ops = viewPatch(sent, view);
          if (ops) {
            held = applied(held, ops, state._stateID);
            expect(applyInPlace(benchHeld, roundTrip(ops) as never)).toBe(true);
            patched++;
          } else held = benchHeld = roundTrip(view);
          expect(held, `${seed} seat ${playerID} at state ${state._stateID}`).toEqual(roundTrip(view));
          expect(benchHeld).toEqual(held);
          sent = view;
        }
        // The final state (game over: the whole record) is what a whole update of it gives.
        expect(held).toEqual(roundTrip(viewOf(playerID, states.at(-1)!)));
        expect(patched, `${seed} seat ${playerID}: most moves went as patches`).toBeGreaterThan(states.length * 0.9);
      }
    }
  });

  it('carries no other seat’s private slice and nothing of the secret', () => {
    const states = botGameStates('view-patch-secrets').map((s) => deepFreeze({ ...s }) as unknown as State);
    for (const playerID of SEATS) {
      const role = playerID === null ? null : ROLES[Number(playerID)];
      let sent = viewOf(playerID, states[0]!);
      for (const state of states.slice(1)) {
        const view = viewOf(playerID, state);
        for (const op of viewPatch(sent, view) ?? []) {
          const privateOf = /^\/G\/private\/([^/]+)/.exec(op.path)?.[1];
          if (privateOf) expect(privateOf, `${playerID} patched ${op.path}`).toBe(role);
          if (op.path.startsWith('/G/secret')) expect('value' in op ? op.value : null).toBeNull();
          if (op.path === '/G/private' && 'value' in op) expect(Object.keys(op.value as object).filter((k) => k !== role)).toEqual([]);
          if (op.path === '/G' && 'value' in op) expect((op.value as PeninsulaState).secret).toBeNull();
        }
        sent = view;
      }
    }
  });

  it('speaks JSON: absent and undefined fields are one, array holes are null, keys are escaped', () => {
    const before = deepFreeze({ _stateID: 1, a: 1, gone: undefined, list: [1, undefined, 3], 'x/y~z': 1, f: () => 1 });
    const after = deepFreeze({ _stateID: 2, a: 2, gone: 5, list: [1, 2], 'x/y~z': 2, added: { deep: [undefined] } });
    const ops = viewPatch(before, after)!;
    expect(applied(roundTrip(before), ops, 2)).toEqual(roundTrip(after));
    expect(ops).toContainEqual({ op: 'replace', path: '/x~1y~0z', value: 2 });
    expect(ops).toContainEqual({ op: 'add', path: '/gone', value: 5 });
  });

  it('drops the front of a list cut from the front instead of rewriting every element', () => {
    const items = Array.from({ length: 12 }, (_, i) => deepFreeze({ i, text: `headline ${i}` }));
    const ops = viewPatch(deepFreeze({ _stateID: 1, list: items.slice(0, 8) }), deepFreeze({ _stateID: 2, list: items.slice(4, 12) }))!;
    expect(ops.filter((op) => op.op === 'remove')).toHaveLength(4);
    expect(ops.filter((op) => op.op === 'add')).toHaveLength(4);
    expect(ops.filter((op) => op.op === 'replace')).toEqual([{ op: 'replace', path: '/_stateID', value: 2 }]);
    expect(applied({ _stateID: 1, list: roundTrip(items.slice(0, 8)) }, ops, 2)).toEqual({ _stateID: 2, list: roundTrip(items.slice(4, 12)) });
  });

  it('gives up (send it whole) on an object it cannot know unchanged, and on what is not plain data', () => {
    const shared = { n: 1 };
    expect(viewPatch({ shared, k: 1 }, { shared, k: 2 })).toBeNull();
    expect(viewPatch(deepFreeze({ when: 1 }), { when: new Date(0) })).toBeNull();
    const frozen = deepFreeze({ n: 1 });
    expect(viewPatch({ frozen, k: 1 }, { frozen, k: 2 })).toEqual([{ op: 'replace', path: '/k', value: 2 }]);
    // A root that is not the same kind: no patch.
    expect(viewPatch([1], { a: 1 })).toBeNull();
  });
});
