import { describe, expect, test } from 'vitest';
import { ACTIONS } from '../../shared/data/actions';
import { CONCESSION_IDS, CONCESSIONS, FOR_THE_REST_OF_THE_GAME } from '../../shared/data/concessions';
import { EVENT_IDS, EVENTS } from '../../shared/data/events';
import { MAX_ROUNDS } from '../../shared/data/scenarios';
import { VENUE_IDS, VENUES, venueBetween, venueHostedBy } from '../../shared/data/venues';
import { ROLES } from '../../shared/roles';
import { midBoard, notate } from '../support/board';

/**
 * Rules every row of the concession, event and venue tables must keep, rather than a copy of the
 * rows (a copy fails only when a number changes on purpose; these fail when a row breaks a rule).
 * What each row does is in RULES.md, generated from the same data (rulesDocument.test.ts).
 */

describe('concessions', () => {
  test.each(CONCESSION_IDS)('%s changes the board when agreed', (id) => {
    expect(notate(CONCESSIONS[id].effects)).not.toBe('');
  });

  test.each(CONCESSION_IDS)('%s binds only the orders of the role that gives it', (id) => {
    const def = CONCESSIONS[id];
    for (const action of def.forbids) expect(ACTIONS[action].role).toBe(def.role);
  });

  test.each(CONCESSION_IDS)('%s: done at once, or binding for some rounds or for the rest of the game; a one-off has nothing to keep or break', (id) => {
    const { duration, forbids, breachEffects } = CONCESSIONS[id];
    expect(duration === 0 || (duration >= 1 && duration <= MAX_ROUNDS) || duration === FOR_THE_REST_OF_THE_GAME).toBe(true);
    if (duration === 0) {
      expect(forbids).toEqual([]);
      expect(breachEffects).toEqual([]);
    }
  });

  test.each(CONCESSION_IDS.filter((id) => CONCESSIONS[id].verification === 'symbolic'))('%s is words only: breaking it lets it lapse, with no effect', (id) => {
    expect(CONCESSIONS[id].breachEffects).toEqual([]);
  });

  test('the moratorium forbids both tests; inspections forbid a nuclear test (issue 15)', () => {
    expect([...CONCESSIONS.testMoratorium.forbids].sort()).toEqual(['missileTest', 'nuclearTest']);
    expect(CONCESSIONS.allowInspections.forbids).toContain('nuclearTest');
  });
});

describe('events', () => {
  test('the deck has at least 20 different cards', () => {
    expect(EVENT_IDS.length).toBeGreaterThanOrEqual(20);
  });

  test.each(EVENT_IDS)('%s does something: it changes the board or asks a role to choose', (id) => {
    const def = EVENTS[id];
    expect(notate(def.effects, midBoard('moratorium')) !== '' || def.choice !== undefined).toBe(true);
  });

  test.each(EVENT_IDS.filter((id) => EVENTS[id].choice))('%s offers a choice that matters: two options that change the board differently', (id) => {
    const [a, b] = EVENTS[id].choice!.options;
    expect(a.id).not.toBe(b.id);
    expect(notate(a.effects, midBoard('moratorium'))).not.toBe(notate(b.effects, midBoard('moratorium')));
  });

  test.each(EVENT_IDS.filter((id) => EVENTS[id].period))('%s can be drawn only in a real window of months', (id) => {
    const { from, until } = EVENTS[id].period!;
    expect(from).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    expect(until).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    expect(from <= until).toBe(true);
  });
});

describe('venues', () => {
  test('each role hosts at most one venue, and there is neutral ground', () => {
    for (const role of ROLES) expect(VENUE_IDS.filter((v) => VENUES[v].host === role).length).toBeLessThanOrEqual(1);
    expect(VENUE_IDS.some((v) => VENUES[v].host === null)).toBe(true);
  });

  test("two roles meet at a venue one of them hosts when either hosts one, never at a third role's", () => {
    for (const from of ROLES) {
      for (const to of ROLES) {
        if (from === to) continue;
        const host = VENUES[venueBetween(from, to)].host;
        expect([null, from, to]).toContain(host);
        if (venueHostedBy(from) || venueHostedBy(to)) expect(host).not.toBeNull();
      }
    }
  });
});
