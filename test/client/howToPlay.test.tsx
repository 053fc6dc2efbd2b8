// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { headingsOf, Markdown } from '../../client/home/markdown';

afterEach(cleanup);

const rules = readFileSync('docs/RULES.md', 'utf8');

describe('how to play', () => {
  test('docs/RULES.md renders with every section heading, and its tables as tables', () => {
    render(<Markdown source={rules} />);
    const sections = headingsOf(rules).filter((h) => h.level === 2);
    expect(sections.length).toBeGreaterThan(5);
    for (const s of sections) expect(screen.getByRole('heading', { level: 2, name: s.text }).id).toBe(s.id);
    const tracks = screen.getByRole('region', { name: 'Table: Track, What it means' });
    expect(within(tracks).getAllByRole('row')).toHaveLength(14);
    expect(within(tracks).getByRole('cell', { name: 'Tension' })).toBeTruthy();
  });

  test('bold, italic and code become elements, and no raw markup or HTML comment is left', () => {
    const { container } = render(<Markdown source={rules} />);
    expect(container.querySelectorAll('strong').length).toBeGreaterThan(10);
    expect(container.querySelector('code')?.textContent).toBe('US');
    expect(container.textContent).not.toContain('**');
    expect(container.textContent).not.toContain('<!--');
  });
});
