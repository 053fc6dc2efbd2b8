// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { CreateClass } from '../../client/classroom/CreateClass';
import LearnRoutes from '../../client/learn/LearnRoutes';
import TeachPage from '../../client/teach/TeachPage';
import { AGENDA_POINTS_TEXT } from '../../shared/data/agendas';
import { GLOSSARY } from '../../shared/learn/glossary';
import { LESSON_PLANS } from '../../shared/learn/lessonPlans';
import { PRIMARY_SOURCES } from '../../shared/learn/primarySources';
import { roleCard } from '../../shared/learn/roleCards';
import { ROLE_NAMES, ROLES } from '../../shared/roles';

afterEach(cleanup);

describe('how to play in two screens', () => {
  test('screen one tells a round in four steps and how to win, with the full rules and the glossary one click away', () => {
    render(<LearnRoutes path="/learn" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('a round, and how to win');
    const steps = screen.getByRole('heading', { name: 'A round has four steps' }).parentElement!;
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('b')?.textContent),
    ).toEqual(['Crisis.', 'Diplomacy.', 'Orders.', 'Resolution.']);
    expect(screen.getByRole('heading', { name: 'How you win' }).parentElement!.textContent).toContain(AGENDA_POINTS_TEXT);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Full rules' }).getAttribute('href')).toBe('/rules');
    expect(within(main).getByRole('link', { name: 'Glossary' }).getAttribute('href')).toBe('/learn/glossary');
  });

  test('screen two gives five things to know about the chosen role, from its card', () => {
    render(<LearnRoutes path="/learn/2" />);
    fireEvent.click(screen.getByRole('button', { name: ROLE_NAMES.PRC }));
    expect(screen.getByRole('button', { name: ROLE_NAMES.PRC }).getAttribute('aria-pressed')).toBe('true');
    const five = screen.getByRole('heading', { name: /China/ }).parentElement!;
    expect(within(five).getAllByRole('listitem')).toHaveLength(5);
    const card = roleCard('PRC');
    expect(five.textContent).toContain(card.agendas[0]!.label);
    expect(five.textContent).toContain(card.strongestOrders[0]!.label);
    expect(
      within(five)
        .getByRole('link', { name: /full role card/ })
        .getAttribute('href'),
    ).toBe('/learn/roles/PRC');
  });
});

describe('quick role cards', () => {
  test('one card per role, with its objectives, agendas, strongest orders, the four others and the historical line', () => {
    render(<LearnRoutes path="/learn/roles" />);
    for (const role of ROLES) {
      const card = screen.getByTestId(`quick-card-${role}`);
      const data = roleCard(role);
      for (const o of data.objectives) expect(card.textContent).toContain(o.label);
      for (const a of data.agendas) expect(card.textContent).toContain(a.label);
      expect(card.textContent).toContain(`${data.strongestOrders[0]!.label} (+${data.strongestOrders[0]!.gain})`);
      expect(within(within(card).getByRole('heading', { name: 'What the others want from you' }).parentElement!).getAllByRole('listitem')).toHaveLength(4);
      expect(card.textContent).toContain(data.historicalLine);
    }
  });

  test('a single card page shows that role only and an unknown role shows all five', () => {
    render(<LearnRoutes path="/learn/roles/jpn" />);
    expect(screen.getAllByTestId(/quick-card-/).map((c) => c.dataset.testid)).toEqual(['quick-card-JPN']);
    cleanup();
    render(<LearnRoutes path="/learn/roles/XYZ" />);
    expect(screen.getAllByTestId(/quick-card-/)).toHaveLength(5);
  });

  test('the glossary page gives every term an anchor', () => {
    const { container } = render(<LearnRoutes path="/learn/glossary" />);
    for (const e of GLOSSARY) expect(container.querySelector(`#term-${e.id} dt`)?.textContent).toBe(e.term);
  });
});

describe("the teacher's kit", () => {
  test('has objectives, both lesson plans with their presets, a rubric, the sources and the glossary', () => {
    render(<TeachPage />);
    expect(within(screen.getByRole('region', { name: 'Table of learning objectives' })).getAllByRole('row')).toHaveLength(7);
    expect(screen.getByTestId('preset-lesson45').textContent).toContain('4 rounds; diplomacy 3 min, orders 1.5 min, crisis choice 0.5 min');
    expect(screen.getByTestId('preset-lesson90').textContent).toContain(`${LESSON_PLANS.lesson90.rounds} rounds`);
    expect(
      within(screen.getByRole('region', { name: 'Rubric table' }))
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Criterion', 'Beginning', 'Developing', 'Secure', 'Excellent']);
    for (const s of PRIMARY_SOURCES) expect(screen.getByRole('heading', { name: s.title, level: 3 })).toBeTruthy();
    expect(screen.getByText('Snapback')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create a class' }).getAttribute('href')).toBe('/class');
  });

  test("the class creation form's lesson preset sets the rounds and timers of the plan", () => {
    render(<CreateClass />);
    fireEvent.change(screen.getByLabelText('Lesson preset'), { target: { value: 'lesson45' } });
    const plan = LESSON_PLANS.lesson45;
    expect((screen.getByLabelText('Rounds') as HTMLInputElement).value).toBe(String(plan.rounds));
    expect((screen.getByLabelText('Diplomacy') as HTMLInputElement).value).toBe(String(plan.timers.diplomacy / 60));
    expect((screen.getByLabelText('Orders') as HTMLInputElement).value).toBe(String(plan.timers.orders / 60));
    expect((screen.getByLabelText('Crisis choice') as HTMLInputElement).value).toBe(String(plan.timers.crisis / 60));
    fireEvent.change(screen.getByLabelText('Lesson preset'), { target: { value: 'lesson90' } });
    expect((screen.getByLabelText('Rounds') as HTMLInputElement).value).toBe(String(LESSON_PLANS.lesson90.rounds));
  });
});
