import { LEARNING_OBJECTIVES, LESSON_PLANS, LESSON_PRESET_IDS, RUBRIC, RUBRIC_LEVELS } from '../../shared/learn/lessonPlans';
import { PRIMARY_SOURCES } from '../../shared/learn/primarySources';
import { PageHeader } from '../common/PageHeader';
import { GlossaryList } from '../learn/GlossaryPage';
import { LearnNav } from '../learn/LearnNav';
import '../learn/learn.css';
import { Link } from '../router';

const minutes = (seconds: number) => `${seconds / 60} min`;

/** The teacher's kit at /teach: objectives, two lesson plans with their timer presets, a rubric, the glossary and primary sources. Printable. */
export default function TeachPage() {
  return (
    <div className="learn-page teach-page">
      <PageHeader where="Teacher's kit" />
      <LearnNav current="/teach" />
      <main id="main" className="page learn-main">
        <p className="eyebrow">For teachers · ages 15–18</p>
        <h1>Teacher's kit: nuclear diplomacy in one lesson</h1>
        <p className="lead">
          Peninsula turns the 2018–2019 summits into a role-play about why promises between adversaries are hard to make and to keep. Create a class with a
          lesson preset, give each team its quick role card, play, then debrief.
        </p>
        <div className="button-row no-print">
          <Link href="/class" className="btn primary">
            Create a class
          </Link>
          <Link href="/learn/roles" className="btn">
            Quick role cards
          </Link>
          <button type="button" className="btn" onClick={() => window.print()}>
            Print the kit
          </button>
        </div>

        <section className="card kit-section" aria-labelledby="objectives-title">
          <h2 id="objectives-title">Learning objectives</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Table of learning objectives">
            <table className="kit-table">
              <thead>
                <tr>
                  <th scope="col">Concept</th>
                  <th scope="col">Students can…</th>
                  <th scope="col">Where the game shows it</th>
                </tr>
              </thead>
              <tbody>
                {LEARNING_OBJECTIVES.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.concept}</th>
                    <td data-label="Students can…">{o.objective}</td>
                    <td data-label="Where the game shows it">{o.inTheGame}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        {LESSON_PRESET_IDS.map((id) => {
          const plan = LESSON_PLANS[id];
          return (
            <section key={id} className="card kit-section" aria-labelledby={`plan-${id}`}>
              <h2 id={`plan-${id}`}>Lesson plan: {plan.title}</h2>
              <p data-testid={`preset-${id}`}>
                Class preset <b>"{plan.title}"</b> in the class creation form: {plan.rounds} rounds; diplomacy {minutes(plan.timers.diplomacy)}, orders{' '}
                {minutes(plan.timers.orders)}, crisis choice {minutes(plan.timers.crisis)}.
              </p>
              <ol className="plan-steps">
                {plan.steps.map((s) => (
                  <li key={s.title}>
                    <b>
                      {s.from}–{s.to} min · {s.title}.
                    </b>{' '}
                    {s.detail}
                  </li>
                ))}
              </ol>
            </section>
          );
        })}

        <section className="card kit-section" aria-labelledby="rubric-title">
          <h2 id="rubric-title">Rubric</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Rubric table">
            <table className="kit-table rubric">
              <thead>
                <tr>
                  <th scope="col">Criterion</th>
                  {RUBRIC_LEVELS.map((l) => (
                    <th scope="col" key={l}>
                      {l}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {RUBRIC.map((r) => (
                  <tr key={r.criterion}>
                    <th scope="row">{r.criterion}</th>
                    {r.levels.map((l, i) => (
                      <td key={i} data-label={RUBRIC_LEVELS[i]}>
                        {l}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section className="card kit-section" aria-labelledby="sources-title">
          <h2 id="sources-title">Primary sources</h2>
          {PRIMARY_SOURCES.map((s) => (
            <article key={s.id} className="source" aria-labelledby={`source-${s.id}`}>
              <h3 id={`source-${s.id}`}>{s.title}</h3>
              <p className="muted">
                {s.date} · {s.parties}
              </p>
              <p>
                <b>What it says.</b> {s.says}
              </p>
              <p>
                <b>What it shows.</b> {s.shows}
              </p>
              <p>
                <b>In the game.</b> {s.inTheGame}
              </p>
            </article>
          ))}
        </section>

        <section className="card kit-section" aria-labelledby="kit-glossary-title">
          <h2 id="kit-glossary-title">Glossary</h2>
          <GlossaryList headingLevel={3} />
        </section>
      </main>
    </div>
  );
}
