import { describe, expect, test } from 'vitest';
import { fillMark, filledFor } from '../../shared/fills';
import { holdingOrders } from '../../shared/rules/orders';
import { everyoneDone, move, newMatch } from '../support/match';

describe('moves made for a late seat are recorded as such', () => {
  test('a "done" sent with the timer mark is recorded for that role, round and phase; one without is not', () => {
    let s = newMatch({ seed: 'fills' });
    s = move(s, 'US', 'done');
    s = move(s, 'DPRK', 'done', null, fillMark('timer'));
    expect(s.G.filled).toEqual([{ round: 1, phase: 'diplomacy', role: 'DPRK', by: 'timer' }]);
    expect(filledFor(s.G, 'US', 1)).toEqual([]);
  });

  test('orders filled by the teacher are recorded in the round they were given, even though the round then resolves', () => {
    let s = everyoneDone(newMatch({ seed: 'fills' }));
    for (const role of ['US', 'DPRK', 'ROK', 'PRC'] as const) s = move(s, role, 'submitOrders', holdingOrders(s.G, role));
    s = move(s, 'JPN', 'submitOrders', holdingOrders(s.G, 'JPN'), fillMark('teacher'));
    expect(s.G.round).toBe(2);
    expect(filledFor(s.G, 'JPN', 1)).toEqual([{ round: 1, phase: 'orders', role: 'JPN', by: 'teacher' }]);
  });

  test('a mark that is not a known filler records nothing, and the move still counts', () => {
    let s = newMatch({ seed: 'fills' });
    s = move(s, 'ROK', 'done', null, { filledBy: 'friend' });
    expect(s.G.done.ROK).toBe(true);
    expect(s.G.filled).toEqual([]);
  });
});
