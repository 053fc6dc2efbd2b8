// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { BriefingPage } from '../../client/classroom/BriefingPage';
import { briefingsFor } from '../../shared/data/briefings';
import { ROLE_NAMES, ROLES } from '../../shared/roles';

afterEach(cleanup);

describe("a role's briefing is announced by its title, the role's name once", () => {
  test.each(ROLES.flatMap((role) => (['singapore2018', 'present2025'] as const).map((scenario) => [role, scenario] as const)))('%s in %s', (role, scenario) => {
    const title = briefingsFor(scenario).roles[role].title;
    expect(title.startsWith(ROLE_NAMES[role])).toBe(true);
    render(<BriefingPage role={role} scenario={scenario} />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveProperty('textContent', ` ${title}`);
    expect(screen.getByRole('heading', { level: 1, name: title })).toBe(heading);
    expect(screen.getByRole('article', { name: title })).toBeTruthy();
  });

  test("the teacher's printout names each of the five briefings by its title alone", () => {
    render(<BriefingPage scenario="singapore2018" />);
    const names = screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent?.trim());
    expect(names).toEqual(ROLES.map((r) => briefingsFor('singapore2018').roles[r].title));
  });
});
