import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ACTIONS } from '../../shared/data/actions';
import { DECK_POOLS, EVENT_IDS, EVENTS, type EventId } from '../../shared/data/events';
import { HISTORY_ROUNDS, HISTORY_SCRIPT } from '../../shared/data/history';
import { LEANS_ON_MOSCOW_AT, MARKET_UP_TO, RUSSIA_ROUND_START, RUSSIA_UPKEEP } from '../../shared/data/russia';
import { isScripted, MAX_ROUNDS, MONTHS_PER_ROUND, SCENARIO_IDS, SCENARIOS, type ScenarioId } from '../../shared/data/scenarios';
import { normaliseOptions } from '../../shared/options';
import { buildDeck, createInitialState, dealDeck, dealOpening, inPeriod, redealSecrets } from '../../shared/rules/setup';
import { runUpkeep } from '../../shared/rules/upkeep';
import { startMatch } from '../../tools/sim/headless';
import { midBoard, notate } from '../support/board';
import { play, round } from './support/script';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const SEEDS = Array.from({ length: 40 }, (_, i) => i * 7919 + 1);

describe('every event card is well formed', () => {
  test.each(EVENT_IDS)('%s', (id) => {
    const card = EVENTS[id];
    expect(card.title.length).toBeGreaterThan(3);
    expect(card.text.length).toBeGreaterThan(10);
    if (card.period) {
      expect(card.period.from).toMatch(MONTH);
      expect(card.period.until).toMatch(MONTH);
      expect(card.period.from <= card.period.until).toBe(true);
    }
    if (card.endedAfter !== undefined) expect(card.endedAfter).toMatch(MONTH);
    if (card.choice) {
      const [a, b] = card.choice.options;
      expect(a.id).not.toBe(b.id);
      expect(a.effects.length + b.effects.length).toBeGreaterThan(0);
    }
    // Every card is in some deck: a pool or the history script.
    expect([...DECK_POOLS.summitYears, ...DECK_POOLS.present, ...HISTORY_SCRIPT]).toContain(id);
  });
});

describe("each scenario's deck keeps to its months", () => {
  test.each(SCENARIO_IDS)('%s: every card dealt for rounds 1–10 may be drawn in its round, on 40 seeds', (scenario) => {
    for (const seed of SEEDS) {
      const deck = dealDeck({ rng: seed }, scenario);
      expect(deck.length).toBeGreaterThanOrEqual(MAX_ROUNDS);
      deck.slice(0, MAX_ROUNDS).forEach((card, i) => expect(inPeriod(card, scenario, i + 1), `${card} in round ${i + 1}`).toBe(true));
    }
  });

  test('the 2025 deck has no card of 2018–2020 and no UN panel report (the panel ended in April 2024)', () => {
    expect(EVENTS.unPanelReport.endedAfter).toBe('2024-04');
    expect(inPeriod('unPanelReport', 'present2025', 1)).toBe(false);
    expect(inPeriod('unPanelReport', 'singapore2018', 1)).toBe(true);
    const dealt = new Set(SEEDS.flatMap((seed) => dealDeck({ rng: seed }, 'present2025').slice(0, MAX_ROUNDS)));
    for (const old of ['unPanelReport', 'walkOutInHanoi', 'handshakeAtDmz', 'talksCalledOff', 'moratoriumEnds'] as EventId[])
      expect(dealt.has(old)).toBe(false);
    // ...while its Russia cards do come up.
    for (const card of ['moscowAsksForMore', 'alliesDocumentArmsTrade', 'beijingWeighsMoscow'] as EventId[]) expect(dealt.has(card)).toBe(true);
  });

  test('the present-day cards never reach a 2018–2020 scenario or the undated what-if', () => {
    for (const scenario of ['singapore2018', 'afterHanoi2019', 'moratoriumOver2020', 'renewedTalks'] as ScenarioId[]) {
      const deck = SCENARIOS[scenario].deck;
      expect(isScripted(deck) ? null : deck.pool).toBe('summitYears');
      for (const seed of SEEDS)
        expect(dealDeck({ rng: seed }, scenario).filter((c) => DECK_POOLS.present.includes(c) && !DECK_POOLS.summitYears.includes(c))).toEqual([]);
    }
  });
});

describe('the existing scenarios deal the decks they dealt before issue 20', () => {
  // Renewed talks left the pin in balance pass 16, which added a second satellite launch to its deck (the test below);
  // After Hanoi 2019 in balance pass 20, which deals the DMZ handshake twice.
  const before = JSON.parse(readFileSync(new URL('./fixtures/decksBeforeIssue20.json', import.meta.url), 'utf8')) as Record<string, Record<string, string[]>>;
  test.each(Object.keys(before))('%s: the same first ten cards for each of 20 seeds', (scenario) => {
    for (const [seed, cards] of Object.entries(before[scenario] ?? {})) {
      const G = createInitialState(normaliseOptions({ scenario, seed }));
      dealOpening(G, 0);
      expect(G.secret?.deck.slice(0, 10), seed).toEqual(cards);
    }
  });
});

describe('Renewed talks draws a second satellite launch (balance pass 16)', () => {
  test('its deck holds Summit fever, Allied leader visits and Satellite launch twice each, and it starts at tension 7, on 40 seeds', () => {
    for (const seed of SEEDS) {
      const deck = dealDeck({ rng: seed }, 'renewedTalks');
      for (const card of ['summitFever', 'alliedLeaderVisit', 'satelliteLaunch'] as EventId[]) expect(deck.filter((c) => c === card)).toHaveLength(2);
    }
    expect(createInitialState(normaliseOptions({ scenario: 'renewedTalks', seed: 'deck-0' })).tracks.tension).toBe(7);
  });
});

describe('After Hanoi 2019 deals the DMZ handshake twice (balance pass 20)', () => {
  test('its pile holds Talks called off and Handshake at the DMZ twice each; a dealt handshake falls in 2019 (rounds 1–4), on 40 seeds; it starts at legitimacy 5 and US credibility 6', () => {
    const pile = buildDeck('afterHanoi2019');
    for (const card of ['talksCalledOff', 'handshakeAtDmz'] as EventId[]) expect(pile.filter((c) => c === card)).toHaveLength(2);
    expect(pile).not.toContain('walkOutInHanoi');
    const handshakes = SEEDS.map((seed) => dealDeck({ rng: seed }, 'afterHanoi2019').flatMap((c, i) => (c === 'handshakeAtDmz' ? [i + 1] : [])));
    for (const rounds of handshakes) for (const round of rounds) expect(round).toBeLessThanOrEqual(4);
    // A dated card whose season has passed is dropped: a second copy is drawn only when the shuffle brings it up in time.
    expect(handshakes.some((rounds) => rounds.length === 2)).toBe(true);
    expect(handshakes.filter((rounds) => rounds.length > 0).length).toBeGreaterThan(handshakes.length / 4);
    const { tracks } = createInitialState(normaliseOptions({ scenario: 'afterHanoi2019', seed: 'deck-0' }));
    expect([tracks.legitimacy, tracks.usCredibility]).toEqual([5, 6]);
  });
});

describe('history mode follows 2018–2020 in its real order', () => {
  test('the script is the real sequence: a second summit floated, Hanoi, Xi in Pyongyang and the DMZ, Stockholm, the end of the moratorium (round 6), Kaesong', () => {
    expect(HISTORY_SCRIPT).toEqual([
      'summitFever',
      'walkOutInHanoi',
      'xiThenTheDmz',
      'shortRangeTests',
      'talksCalledOff',
      'moratoriumEnds',
      'liaisonOfficeBlownUp',
      'typhoonFoodShortage',
      'electionInWashington',
      'weaponsPlan',
    ]);
    expect(HISTORY_SCRIPT.indexOf('moratoriumEnds') + 1).toBeLessThanOrEqual(SCENARIOS.history2018.defaultRounds);
    expect(HISTORY_SCRIPT.length).toBeGreaterThanOrEqual(MAX_ROUNDS);
    HISTORY_SCRIPT.forEach((card, i) => expect(inPeriod(card, 'history2018', i + 1), card).toBe(true));
  });

  test("each round's season is the scenario's calendar, three months a round, and history's choice is an option of its card", () => {
    const start = SCENARIOS.history2018.start ?? '';
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    HISTORY_ROUNDS.forEach((r, i) => {
      const m = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + MONTHS_PER_ROUND * i;
      expect(r.season).toBe(`${months[m % 12]}–${months[(m + 2) % 12]} ${Math.floor((m + 2) / 12)}`);
      const options = EVENTS[r.card].choice?.options.map((o) => o.id) ?? [];
      if (r.chose === null) expect(options).toEqual([]);
      else expect(options).toContain(r.chose);
    });
  });

  test.each(SEEDS.slice(0, 5))('seed %i deals the script unshuffled, and a match draws it in order', (seed) => {
    expect(dealDeck({ rng: seed }, 'history2018')).toEqual(HISTORY_SCRIPT);
    let state = startMatch({ scenario: 'history2018', seed: `history-${seed}`, rounds: 4 });
    const drawn: EventId[] = [];
    for (let r = 1; r <= 3; r++) {
      drawn.push(state.G.crisis.event as EventId);
      if (state.G.crisis.pendingChoice)
        state = play(state, `${state.G.crisis.pendingChoice} choose ${EVENTS[state.G.crisis.event as EventId].choice?.options[0].id}`);
      state = round(state, []);
    }
    expect(drawn).toEqual(HISTORY_SCRIPT.slice(0, 3));
  });
});

describe("a fork of a history game keeps history's order", () => {
  test('redealing the secrets for a fork leaves the scripted deck as it was, while a shuffled deck is shuffled anew', () => {
    const history = structuredClone(startMatch({ scenario: 'history2018', seed: 'fork' }).G);
    const undrawn = [...(history.secret?.deck ?? [])];
    expect(undrawn).toEqual(HISTORY_SCRIPT.slice(1));
    redealSecrets(history, 12345);
    expect(history.secret?.deck).toEqual(undrawn);
    const present = structuredClone(startMatch({ scenario: 'present2025', seed: 'fork' }).G);
    const before = [...(present.secret?.deck ?? [])];
    redealSecrets(present, 12345);
    expect(present.secret?.deck).not.toEqual(before);
  });
});

describe('Russia moves the tracks it says', () => {
  test('only the 2025 scenario starts with the treaty in force', () => {
    for (const id of SCENARIO_IDS) expect(createInitialState(normaliseOptions({ scenario: id })).flags.russiaPact).toBe(id === 'present2025');
  });

  test("at the start of every 2025 round Moscow's veto is on the board, and UN sanctions add what they add under a veto", () => {
    expect(RUSSIA_ROUND_START.map((r) => notate(r.effects, midBoard('russiaPact')))).toEqual(['unVeto=true']);
    const state = startMatch({ scenario: 'present2025', seed: 'veto' });
    expect(state.G.round).toBe(1);
    expect(state.G.flags.unVeto).toBe(true);
    expect(notate(ACTIONS.tightenSanctions.effects, midBoard('russiaPact', 'unVeto'))).toBe('sanctions+1 rapport-1');
    expect(notate(ACTIONS.tightenSanctions.effects, midBoard())).toBe('sanctions+2 rapport-1');
    const other = startMatch({ scenario: 'singapore2018', seed: 'veto' });
    expect(other.G.flags.unVeto).toBe(false);
  });

  test("upkeep: Moscow's market adds 1 to a squeezed economy; its know-how adds capability only while Beijing keeps its distance", () => {
    const [market, knowHow] = RUSSIA_UPKEEP;
    expect(market?.effects && notate(market.effects)).toBe('economy+1');
    expect(market?.when).toEqual([
      { flag: 'russiaPact', is: true },
      { track: 'economy', atMost: MARKET_UP_TO },
    ]);
    expect(knowHow?.effects && notate(knowHow.effects)).toBe('capability+1');
    expect(knowHow?.when).toEqual([
      { flag: 'russiaPact', is: true },
      { track: 'tiesPrcDprk', atMost: LEANS_ON_MOSCOW_AT },
    ]);
  });

  test('a buyer in Moscow: arms exports earn 1 more while the treaty holds, and the same as before without it', () => {
    expect(notate(ACTIONS.armsExports.effects, midBoard())).toBe('economy+1 tension+1 legitimacy-1');
    expect(notate(ACTIONS.armsExports.effects, midBoard('russiaPact'))).toBe('economy+1 tension+1 legitimacy-1 economy+1');
  });

  test("upkeep on a real 2025 board: Moscow's market is a headline and a point of economy after the sanctions squeeze", () => {
    const G = structuredClone(startMatch({ scenario: 'present2025', seed: 'market' }).G);
    G.tracks = { ...G.tracks, sanctions: 7, enforcement: 3, economy: 4, tiesPrcDprk: 6 };
    G.roundStart = { ...G.tracks };
    const before = G.headlines.length;
    runUpkeep(G);
    const upkeep = G.headlines.slice(before).map((h) => h.text);
    // Pressure 7 × 3 / 10 = 2 takes the economy from 4 to 2; Moscow pays 1; ties at 6 keep its know-how away.
    expect(upkeep).toContain(RUSSIA_UPKEEP[0]?.headline);
    expect(upkeep).not.toContain(RUSSIA_UPKEEP[1]?.headline);
    expect(G.tracks.economy).toBe(3);
  });
});
