import rules from '../../docs/RULES.md?raw';
import { PageHeader } from '../common/PageHeader';
import { headingsOf, Markdown } from './markdown';

/** The rules document, generated from the ruleset's data tables, rendered with a table of contents. */
export default function HowToPlay() {
  const sections = headingsOf(rules).filter((h) => h.level === 2);
  return (
    <div className="rules-page">
      <PageHeader where="How to play" />
      <div className="rules-layout">
        <nav aria-label="Sections of the rules" className="toc">
          <h2>Contents</h2>
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.text}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="prose">
          <Markdown source={rules} />
        </main>
      </div>
    </div>
  );
}
