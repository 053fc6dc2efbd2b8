import { useEffect, useRef } from 'react';
import { EVENTS, ROLE_NAMES, SCENARIOS, TRACKS, type Change, type SeatView, type Role } from '../../shared/index';
import { Changes } from '../game/Changes';
import { LastRound } from '../game/panels/LastRound';
import { RoleChip } from '../game/roleStyle';
import './hotseat.css';

/**
 * Shown between two people. It renders nothing private at all — no agenda, no orders, no
 * proposals — so the page holds none while the screen changes hands (hiding with CSS is not enough).
 */
export function PassScreen({
  role,
  round,
  phase,
  onReady,
  resumed = false,
}: {
  role: Role;
  round: number;
  phase: string | null;
  onReady: () => void;
  resumed?: boolean;
}) {
  return (
    <main id="main" className="pass-screen" data-testid="pass-screen">
      <div className="pass-card">
        <p className="eyebrow">
          Round {round} · {phase ?? ''}
        </p>
        {resumed ? <p className="resumed">The game was saved in this browser and goes on where it stopped.</p> : null}
        <h1>
          Pass the screen to <RoleChip role={role} />
        </h1>
        <p>Everyone else, look away. {ROLE_NAMES[role]}: press the button when only you can see the screen.</p>
        <button type="button" className="btn primary big" onClick={onReady} autoFocus>
          I am {ROLE_NAMES[role]} — show my screen
        </button>
      </div>
    </main>
  );
}

/** How the tracks moved over the round just resolved, from the board as it began. */
function roundChanges(G: SeatView, round: number): Change[] {
  const at = G.history.findIndex((r) => r.round === round);
  const after = G.history[at]?.tracks;
  const before = G.history[at - 1]?.tracks ?? SCENARIOS[G.options.scenario].tracks;
  if (!after) return [];
  return TRACKS.filter((t) => after[t] !== before[t]).map((track) => ({ track, from: before[track], to: after[track] }));
}

/**
 * The whole group looks at the round's outcome together: public state only (the spectator's
 * view), so it can stay up while everyone watches. Continuing calls the next person.
 */
export function RoundReveal({ G, round, next, onContinue }: { G: SeatView; round: number; next: Role | null; onContinue: () => void }) {
  const record = G.history.find((r) => r.round === round);
  // The group reads from the top: focus the title, not the button at the bottom (which would scroll there).
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <main id="main" className="round-reveal" data-testid="round-reveal">
      <div className="reveal-card stack">
        <p className="eyebrow">Everyone, look together</p>
        <h1 tabIndex={-1} ref={title}>
          Round {round}: what happened
        </h1>
        {record ? <p className="lead">{EVENTS[record.event]?.title ?? record.event}</p> : null}
        <LastRound G={G} open />
        <section className="panel" aria-labelledby="reveal-board">
          <h2 id="reveal-board">The board moved</h2>
          <Changes changes={roundChanges(G, round)} empty="The board ends the round where it began." />
        </section>
        <button type="button" className="btn primary big" onClick={onContinue}>
          {next ? `Go on to round ${G.round}: pass the screen to ${ROLE_NAMES[next]}` : `Go on to round ${G.round}`}
        </button>
      </div>
    </main>
  );
}
