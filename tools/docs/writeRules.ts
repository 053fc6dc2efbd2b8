import { writeFileSync } from 'node:fs';
import { renderRulesMarkdown } from './rulesDocument';

// A command, not part of the ruleset: it lives in tools/ because it touches the disk.
writeFileSync(new URL('../../docs/RULES.md', import.meta.url), renderRulesMarkdown());
console.log('docs/RULES.md written from the data tables.');
