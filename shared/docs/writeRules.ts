import { writeFileSync } from 'node:fs';
import { renderRulesMarkdown } from './rulesDocument';

// The one file in shared/ that touches the disk: a command, not part of the ruleset.
writeFileSync(new URL('../../docs/RULES.md', import.meta.url), renderRulesMarkdown());
console.log('docs/RULES.md written from the data tables.');
