import { describe, expect, test } from 'vitest';
import { HERE_WITHIN_MS, hostAwayFromEnv, WaitingPresence } from '../../server/http/waitingPresence';

const AWAY = 60_000;

/** A presence on a hand-moved clock: `at(ms)` sets the time. */
function presenceAt(start = 1_000_000) {
  let now = start;
  const presence = new WaitingPresence(AWAY, () => now);
  return { presence, at: (ms: number) => (now = start + ms) };
}

describe('who is in a waiting room, and when its host counts as gone', () => {
  test('a host never heard is away a full away-time after the hold began, not before', () => {
    const { presence, at } = presenceAt();
    presence.hold('m');
    at(AWAY - 1);
    expect(presence.isAway('m', '0')).toBe(false);
    at(AWAY);
    expect(presence.isAway('m', '0')).toBe(true);
  });

  test('each word from the host starts the count again; a seat that left is heard from anew', () => {
    const { presence, at } = presenceAt();
    presence.hold('m');
    at(AWAY - 10);
    presence.heardFrom('m', '0');
    at(2 * AWAY - 11);
    expect(presence.isAway('m', '0')).toBe(false);
    presence.left('m', '0');
    expect(presence.isAway('m', '0')).toBe(true);
  });

  test('here lists the seats heard from lately, in seat order, and forgets a silent one', () => {
    const { presence, at } = presenceAt();
    presence.heardFrom('m', '3');
    presence.heardFrom('m', '1');
    presence.heardFrom('other', '0');
    expect(presence.here('m')).toEqual(['1', '3']);
    at(HERE_WITHIN_MS - 1);
    presence.heardFrom('m', '3');
    at(HERE_WITHIN_MS);
    expect(presence.here('m')).toEqual(['3']);
    presence.drop('m');
    expect(presence.here('m')).toEqual([]);
    expect(presence.here('other')).toEqual([]);
  });

  test('with an away time shorter than "lately", nobody is here and away at once', () => {
    let now = 0;
    const presence = new WaitingPresence(2000, () => now);
    presence.heardFrom('m', '0');
    now = 2000;
    expect(presence.isAway('m', '0')).toBe(true);
    expect(presence.here('m')).toEqual([]);
  });

  test.each([
    [undefined, AWAY],
    ['', AWAY],
    ['2000', 2000],
    ['0', 0],
    ['-5', AWAY],
    ['soon', AWAY],
  ])('HOST_AWAY_MS=%s waits %i ms', (value, ms) => {
    expect(hostAwayFromEnv(value)).toBe(ms);
  });
});
