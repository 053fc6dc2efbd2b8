import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { decisionsCsv, decisionsOf } from '../../shared/decisions';
import { playerView } from '../../shared/playerView';
import { checkOrders, holdingOrders, MEMO_MAX_LENGTH } from '../../shared/rules/orders';
import { everyoneDone, move, newMatch, submitOrders } from '../support/match';
import { act, errorOf } from './support/act';

// boardgame.io logs every refused move with console.error; the tests assert the refusals themselves.
beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterAll(() => vi.restoreAllMocks());

const inOrders = everyoneDone(newMatch());
const usOrders = holdingOrders(inOrders.G, 'US');

describe('a decision memo travels with the orders', () => {
  test.each([
    ['a memo over the length cap', 'x'.repeat(MEMO_MAX_LENGTH + 1)],
    ['a memo that is not text', { html: '<b>bold</b>' }],
    ['a memo with a control character', 'We hold\u0007'],
    ['a memo with a right-to-left override that could disguise it', 'Comply \u202Eyhcaerb'],
  ])('%s is refused with BAD_MEMO and changes nothing', (_sentence, memo) => {
    const orders = { ...usOrders, memo };
    expect(checkOrders(inOrders.G, 'US', orders)?.code).toBe('BAD_MEMO');
    const after = act(inOrders, '0', 'submitOrders', [orders]);
    expect(errorOf(after)).toBe('action/invalid_move');
    expect(after.G).toEqual(inOrders.G);
  });

  test('a memo of plain text, line breaks included, is stored trimmed with the sealed orders', () => {
    const memo = '  Calm the table first.\nThen ask for inspections.  ';
    const s = move(inOrders, 'US', 'submitOrders', { ...usOrders, memo });
    expect(s.G.private.US?.orders?.memo).toBe('Calm the table first.\nThen ask for inspections.');
    expect(checkOrders(inOrders.G, 'US', { ...usOrders, memo: 'y'.repeat(MEMO_MAX_LENGTH) })).toBeNull();
  });

  test('other seats and spectators do not see a memo before the reveal; everyone reads it in the round record after', () => {
    const memo = 'Hold drills back: rapport first.';
    const sealed = move(inOrders, 'US', 'submitOrders', { ...usOrders, memo });
    expect(JSON.stringify(playerView(sealed.G, '0'))).toContain(memo);
    for (const seat of ['1', '2', '3', '4', null]) expect(JSON.stringify(playerView(sealed.G, seat))).not.toContain(memo);
    const resolved = submitOrders(inOrders, { US: { ...usOrders, memo } });
    expect(resolved.G.history[0]?.memos).toEqual({ US: memo });
    for (const seat of ['1', null]) expect(playerView(resolved.G, seat).history[0]?.memos?.US).toBe(memo);
  });

  test('an empty memo is not recorded, so the debrief shows no blank note', () => {
    const resolved = submitOrders(inOrders, { US: { ...usOrders, memo: '   ' } });
    expect(resolved.G.history[0]?.memos).toEqual({});
  });

  test('the decisions CSV carries the memo in its own column, formula-safe', () => {
    const log = [{ phase: 'orders', playerID: '0', move: 'submitOrders', args: [{ ...usOrders, memo: '=Why, "we" waited' }] }];
    const csv = decisionsCsv(decisionsOf(1, { US: ['Ana'] }, log));
    const [header, row] = csv.trim().split('\r\n');
    expect(header?.split(',')).toContain('memo');
    expect(row).toContain(`"'=Why, ""we"" waited"`);
  });
});
