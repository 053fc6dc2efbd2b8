import { describe, expect, test } from 'vitest';
import { DEFAULT_TIMERS, normaliseOptions, validateSetupData } from '../../shared/options';

describe('match options are checked before a match exists', () => {
  test.each([
    [{ scenario: 'korea1950' }, 'Unknown scenario'],
    [{ rounds: 3 }, 'Rounds must be a whole number from 4 to 10'],
    [{ rounds: 11 }, 'Rounds must be a whole number from 4 to 10'],
    [{ rounds: 5.5 }, 'Rounds must be a whole number from 4 to 10'],
    [{ timers: { diplomacy: -1 } }, 'diplomacy timer'],
    [{ timers: { lunch: 10 } }, 'Unknown timer'],
    [{ bots: { UK: 'hawk' } }, 'Unknown role'],
    [{ bots: { US: 'pacifist' } }, 'Unknown bot personality'],
    [{ seed: '' }, 'A seed must be text'],
    [{ seed: 'x'.repeat(65) }, 'A seed must be text'],
    [{ colour: 'red' }, 'Unknown match option'],
    ['singapore', 'must be an object'],
  ])('%j is refused with "%s"', (setupData, message) => {
    expect(validateSetupData(setupData, 5)).toContain(message);
  });

  test('good options, and no options, are accepted; a match always has five seats', () => {
    expect(validateSetupData({ scenario: 'afterHanoi2019', rounds: 8, timers: { diplomacy: 300 }, bots: { PRC: 'dove' }, seed: 'class-3' }, 5)).toBeUndefined();
    expect(validateSetupData(undefined, 5)).toBeUndefined();
    expect(validateSetupData({}, 4)).toContain('exactly 5 seats');
  });

  test('missing options take the defaults: Singapore 2018, its six rounds, the default timers, no bots, no seed', () => {
    expect(normaliseOptions(undefined)).toEqual({ scenario: 'singapore2018', rounds: 6, timers: DEFAULT_TIMERS, bots: {} });
    expect(normaliseOptions({ scenario: 'renewedTalks', rounds: 8, timers: { orders: 0 }, seed: 's' })).toEqual({
      scenario: 'renewedTalks',
      rounds: 8,
      timers: { ...DEFAULT_TIMERS, orders: 0 },
      bots: {},
      seed: 's',
    });
  });
});
