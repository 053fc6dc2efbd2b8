import { useEffect, useState } from 'react';
import { asPhase, ROLE_NAMES, ROLES, type SeatView, type Role } from '../../../shared/index';
import { RoleChip } from '../roleStyle';

export interface SeatInfo {
  role: Role;
  name?: string | undefined;
  kind: 'human' | 'bot' | 'empty';
  connected?: boolean | undefined;
}

const STEPS = [
  { id: 'crisis', label: 'Crisis' },
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'orders', label: 'Orders' },
  { id: 'resolution', label: 'Resolution' },
] as const;

/** A deadline from the server (on this browser's clock): null means no timer runs. */
export interface Deadline {
  deadline: number | null;
  paused: boolean;
}

/**
 * Seconds left in a phase. With the server's deadline when known; otherwise counted from when
 * this screen saw the phase begin, which is close enough until the server answers.
 */
export function useCountdown(seconds: number, key: string, server?: Deadline): number | null {
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setStarted(Date.now());
  }, [key]);
  const running = server ? server.deadline !== null && !server.paused : seconds > 0;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [running]);
  if (server) return server.deadline === null ? null : Math.max(0, Math.ceil((server.deadline - now) / 1000));
  if (seconds <= 0) return null;
  return Math.max(0, seconds - Math.floor((now - started) / 1000));
}

function clock(s: number): string {
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function seatState(G: SeatView, ctxPhase: string | null, role: Role): string {
  const phase = asPhase(ctxPhase);
  if (phase === 'diplomacy') return G.done[role] ? 'left the table' : 'talking';
  if (phase === 'orders') return G.submitted[role] ? 'orders sealed' : 'choosing orders';
  if (phase === 'crisis') return G.crisis.pendingChoice === role ? 'deciding' : '';
  return '';
}

/** The header strip: round, where the round stands, the phase timer, and every seat with what it is doing. */
export function PhaseBar({
  G,
  phase,
  seats,
  showTimer = true,
  deadline,
}: {
  G: SeatView;
  phase: string | null;
  seats: SeatInfo[];
  showTimer?: boolean;
  deadline?: Deadline | undefined;
}) {
  const timerSeconds = phase && phase in G.options.timers ? G.options.timers[phase as keyof typeof G.options.timers] : 0;
  const left = useCountdown(showTimer ? timerSeconds : 0, `${G.round}:${phase}`, showTimer ? deadline : undefined);
  const paused = deadline?.paused === true;
  return (
    <div className="phasebar">
      <div className="round" aria-label={`Round ${G.round} of ${G.options.rounds}`}>
        <span className="round-num">Round {G.round}</span>
        <span className="muted"> of {G.options.rounds}</span>
      </div>
      <ol className="steps" aria-label="Phases of the round">
        {STEPS.map((step) => (
          <li key={step.id} className={phase === step.id ? 'current' : ''} aria-current={phase === step.id ? 'step' : undefined}>
            {step.label}
          </li>
        ))}
      </ol>
      {left !== null ? (
        <div
          className={`timer${left <= 15 && !paused ? ' urgent' : ''}`}
          role="timer"
          aria-label={paused ? 'Timer paused' : `${Math.ceil(left / 60)} minutes left in this phase`}
        >
          {clock(left)}
          <span className="timer-label" aria-hidden="true">
            {paused ? ' paused' : ' left'}
          </span>
        </div>
      ) : null}
      <ul className="seats" aria-label="Seats">
        {ROLES.map((role) => {
          const seat = seats.find((s) => s.role === role) ?? { role, kind: 'empty' as const };
          const state = seatState(G, phase, role);
          const who = seat.kind === 'bot' ? 'bot' : seat.kind === 'empty' ? 'empty seat' : (seat.name ?? 'player');
          return (
            <li
              key={role}
              className={`seat${seat.connected === false ? ' offline' : ''}${G.done[role] || G.submitted[role] ? ' ready' : ''}`}
              title={`${ROLE_NAMES[role]}: ${who}${state ? `, ${state}` : ''}`}
            >
              <RoleChip role={role} short />
              <span className="seat-who">{who}</span>
              {seat.connected === false && seat.kind === 'human' ? <span className="seat-state">offline</span> : null}
              {state ? <span className={`seat-state ${G.done[role] || G.submitted[role] ? 'ready' : ''}`}>{state}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
