import { GLOSSARY, GLOSSARY_GROUPS, type GlossaryGroup } from '../../shared/learn/glossary';
import { PageHeader } from '../common/PageHeader';
import { LearnNav } from './LearnNav';

const GROUPS = Object.keys(GLOSSARY_GROUPS) as GlossaryGroup[];

/** The glossary as a definition list per group; every term has an anchor (#term-cvid) the game and the kit link to. */
export function GlossaryList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`glossary-${group}`} className="glossary-group">
          <H id={`glossary-${group}`}>{GLOSSARY_GROUPS[group]}</H>
          <dl className="glossary">
            {GLOSSARY.filter((e) => e.group === group).map((e) => (
              <div key={e.id} id={`term-${e.id}`} className="glossary-entry">
                <dt>{e.term}</dt>
                <dd>{e.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

export function GlossaryPage() {
  return (
    <div className="learn-page">
      <PageHeader where="Glossary" />
      <LearnNav current="/learn/glossary" />
      <main id="main" className="page learn-main">
        <h1>Glossary</h1>
        <p className="lead">The words of the real negotiations, the ideas the game teaches, and the game's own terms.</p>
        <GlossaryList />
      </main>
    </div>
  );
}
