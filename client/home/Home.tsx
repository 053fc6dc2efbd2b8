import { Link } from '../router';
import { CreateOnline } from './CreateOnline';
import { YourGames } from './YourGames';

/** The front door: play online, hot-seat, learn the rules, or go to the classroom. */
export function Home() {
  return (
    <div className="home">
      <header className="hero">
        <p className="eyebrow">A game of nuclear diplomacy · 1–5 players</p>
        <h1>Peninsula</h1>
        <p className="lead">
          Singapore, Hanoi, the DMZ: summits, letters, sanctions and tests. Five governments, six rounds, one question — can talks become verified steps, or do
          they normalise a nuclear-armed North Korea?
        </p>
      </header>
      <main id="main" className="home-grid">
        <YourGames />
        <section className="card" aria-labelledby="online-title">
          <h2 id="online-title">Play online</h2>
          <p className="muted">Create a match, send the invite link to friends; bots take the seats nobody takes.</p>
          <CreateOnline />
        </section>
        <div className="stack">
          <section className="card" aria-labelledby="hotseat-title">
            <h2 id="hotseat-title">Hot-seat</h2>
            <p>Several people at one screen. The screen is passed between turns, and nothing private is shown while it is.</p>
            <Link href="/hotseat" className="btn primary">
              Set up a hot-seat game
            </Link>
          </section>
          <section className="card" aria-labelledby="rules-title">
            <h2 id="rules-title">How to play</h2>
            <p>Roles, tracks, the four steps of a round, every action and concession, and how the game is scored.</p>
            <div className="button-row">
              <Link href="/learn" className="btn primary">
                Learn in two screens
              </Link>
              <Link href="/rules" className="btn">
                Read the rules
              </Link>
            </div>
          </section>
          <section className="card" aria-labelledby="class-title">
            <h2 id="class-title">Classroom</h2>
            <p>Run Peninsula as a role-play with a class: teams per role, join codes, a teacher console and a debrief.</p>
            <div className="button-row">
              <Link href="/join" className="btn">
                Join a class
              </Link>
              <Link href="/class" className="btn">
                Teacher console
              </Link>
              <Link href="/teach" className="btn">
                Teacher's kit
              </Link>
            </div>
          </section>
        </div>
      </main>
    </div>
  );
}
