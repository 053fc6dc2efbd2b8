import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ACTIONS, ACTION_IDS } from '../../shared/data/actions';
import { renderRulesMarkdown } from '../../shared/docs/rulesDocument';

describe('docs/RULES.md', () => {
  const onDisk = readFileSync(new URL('../../docs/RULES.md', import.meta.url), 'utf8');

  test('matches the data tables (if this fails, run `npm run docs:rules` and commit the result)', () => {
    expect(onDisk).toBe(renderRulesMarkdown());
  });

  test('tells a player what every action does, in one row each', () => {
    for (const id of ACTION_IDS) expect(onDisk).toContain(`**${ACTIONS[id].label}** — ${ACTIONS[id].explain}`);
    expect(onDisk).toContain('DPRK capability +1, Tension +2');
  });
});
