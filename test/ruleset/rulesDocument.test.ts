import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ACTIONS, ACTION_IDS } from '../../shared/data/actions';
import { renderRulesMarkdown } from '../../tools/docs/rulesDocument';

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

describe('docs/RULES.md is for players', () => {
  const rules = renderRulesMarkdown();

  test.each(['Balance notes', 'RandomBot', 'mixed tables', 'npm run simulate', '*Why:*'])(
    'carries no developer balance note such as "%s" (they live in docs/BALANCE.md)',
    (phrase) => {
      expect(rules).not.toContain(phrase);
    },
  );

  test('still explains every section a player needs', () => {
    for (const heading of ['## The roles', '## A round', '## Actions', '## The end: outcome and winner', '## Hidden information'])
      expect(rules).toContain(heading);
  });
});
