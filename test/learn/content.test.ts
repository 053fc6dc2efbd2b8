import { describe, expect, test } from 'vitest';
import { ACTIONS, actionsOf } from '../../shared/data/actions';
import { AGENDAS, agendasOf } from '../../shared/data/agendas';
import { CONCESSIONS } from '../../shared/data/concessions';
import { EVENTS } from '../../shared/data/events';
import { OBJECTIVES } from '../../shared/data/objectives';
import { SCENARIOS } from '../../shared/data/scenarios';
import { GLOSSARY } from '../../shared/learn/glossary';
import { LEARNING_OBJECTIVES, LESSON_PLANS, LESSON_PRESET_IDS, RUBRIC } from '../../shared/learn/lessonPlans';
import { PRIMARY_SOURCES } from '../../shared/learn/primarySources';
import { CARD_SCENARIO, roleCard } from '../../shared/learn/roleCards';
import { NUM_PLAYERS, validateSetupData } from '../../shared/options';
import { MIN_ROUNDS, MAX_ROUNDS } from '../../shared/data/scenarios';
import { ROLES } from '../../shared/roles';

describe('quick role cards are computed from the tables', () => {
  test.each(ROLES)("%s: objectives and both agendas are the ruleset's own", (role) => {
    const card = roleCard(role);
    expect(card.objectives.map((o) => o.label)).toEqual(OBJECTIVES[role].map((t) => t.label));
    expect(card.agendas.map((a) => a.label)).toEqual(agendasOf(role).map((id) => AGENDAS[id].label));
    expect(card.strongestOrders.length).toBeGreaterThan(0);
    for (const o of card.strongestOrders) expect(actionsOf(role)).toContain(o.id);
    const gains = card.strongestOrders.map((o) => o.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(card.othersWant.map((o) => o.role)).toEqual(ROLES.filter((r) => r !== role));
  });

  test("an order's gain is what its effects add to the objectives on the opening board (reassuring allies: half of each ally's trust point)", () => {
    const start = SCENARIOS[CARD_SCENARIO].tracks;
    const reassure = roleCard('US').strongestOrders.find((o) => o.id === 'reassureAllies');
    const expected = (Math.min(10, start.trustUsRok + 1) - start.trustUsRok + Math.min(10, start.trustUsJpn + 1) - start.trustUsJpn) / 2;
    expect(reassure?.gain).toBe(expected);
    expect(reassure?.effects).toContain('Trust US–ROK +1');
  });

  test("China's mediation scores its count objective, so it is China's strongest order", () => {
    expect(roleCard('PRC').strongestOrders[0]?.id).toBe('mediate');
  });

  test('what North Korea wants from the United States starts with relief, computed from the concession table', () => {
    const fromUs = roleCard('US').othersWant.find((o) => o.role === 'DPRK');
    expect(fromUs?.items[0]?.label).toBe(CONCESSIONS.partialSanctionsRelief.label);
  });
});

describe("the teacher's kit", () => {
  test('teaches the six concepts of the issue', () => {
    expect(LEARNING_OBJECTIVES.map((o) => o.id)).toEqual([
      'commitment-problem',
      'verification',
      'third-party-enforcement',
      'abandonment-entrapment',
      'audience-costs',
      'two-level-game',
    ]);
  });

  test.each(LESSON_PRESET_IDS)('the %s preset is a valid class set-up that fits its lesson', (id) => {
    const plan = LESSON_PLANS[id];
    expect(validateSetupData({ rounds: plan.rounds, timers: plan.timers }, NUM_PLAYERS)).toBeUndefined();
    expect(plan.rounds).toBeGreaterThanOrEqual(MIN_ROUNDS);
    expect(plan.rounds).toBeLessThanOrEqual(MAX_ROUNDS);
    const playing = plan.steps.find((s) => /^Play/.test(s.title))!;
    const roundMinutes = (plan.timers.crisis + plan.timers.diplomacy + plan.timers.orders) / 60;
    expect(plan.rounds * roundMinutes).toBeLessThanOrEqual(playing.to - playing.from);
    expect(plan.steps.at(-1)?.to).toBe(plan.minutes);
  });

  test('the rubric has four levels for every criterion', () => {
    for (const row of RUBRIC) expect(row.levels).toHaveLength(4);
  });

  test('the glossary defines every term the issue names, once', () => {
    const terms = GLOSSARY.map((g) => g.term);
    for (const t of ['CVID', 'NPT', 'IAEA', 'ICBM', 'Moratorium', 'Snapback']) expect(terms).toContain(t);
    expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length);
  });

  test('the primary sources are the seven the issue lists, in date order', () => {
    expect(PRIMARY_SOURCES.map((s) => s.id)).toEqual([
      'agreed-framework',
      'six-party-2005',
      'panmunjom-2018',
      'singapore-2018',
      'military-agreement-2018',
      'unsc-2016-2017',
      'panel-of-experts',
    ]);
  });

  test.each(PRIMARY_SOURCES.map((s) => [s.id, s.inTheGame] as const))('%s names only orders, concessions and cards that exist', (_id, text) => {
    const names = new Set([
      ...Object.values(ACTIONS).map((a) => a.label),
      ...Object.values(CONCESSIONS).map((c) => c.label),
      ...Object.values(EVENTS).map((e) => e.title),
    ]);
    const quoted = [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(names.has(q), q).toBe(true);
  });
});
