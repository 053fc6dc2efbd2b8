import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { playerOfRole, playerView, ROLE_NAMES, ROLES, type Role } from '../../shared/index';
import { createLocalPress, PressPanel, useLocalPress, type LocalPress } from '../press';
import { GameScreen } from '../game/GameScreen';
import { makeSend } from '../game/moveChecks';
import type { SeatInfo } from '../game/panels/PhaseBar';
import { RoleChip } from '../game/roleStyle';
import { HotSeatEngine, nextSeat, seatsToAct, type HotSeatOptions } from './engine';

/**
 * Shown between two people. It renders nothing private at all — no agenda, no orders, no
 * proposals — so the page holds none while the screen changes hands (hiding with CSS is not enough).
 */
export function PassScreen({ role, round, phase, onReady }: { role: Role; round: number; phase: string | null; onReady: () => void }) {
  return (
    <main id="main" className="pass-screen" data-testid="pass-screen">
      <div className="pass-card">
        <p className="eyebrow">
          Round {round} · {phase ?? ''}
        </p>
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

/** A hot-seat match: the engine runs locally; the screen belongs to one person at a time. */
export function HotSeatGame({ options, onQuit }: { options: HotSeatOptions; onQuit: () => void }) {
  const engine = useMemo(() => new HotSeatEngine(options), [options]);
  const press = useMemo(
    () => createLocalPress({
      matchID: 'hotseat',
      game: () => ({ G: engine.state().G, phase: engine.state().ctx.phase }),
      bots: Object.fromEntries(ROLES.filter((r) => !engine.humans.includes(r)).map((r) => [r, options.personality])),
    }),
    [engine, options.personality],
  );
  useEffect(() => () => {
    engine.stop();
    press.stop();
  }, [engine, press]);
  const state = useSyncExternalStore(engine.subscribe, engine.getState);
  const pending = seatsToAct(state.G, state.ctx, engine.humans);
  const solo = engine.humans.length === 1;
  const [current, setCurrent] = useState<Role | null>(() => (solo ? (engine.humans[0] ?? null) : null));
  const [passTo, setPassTo] = useState<Role | null>(() => (solo ? null : nextSeat(pending, null)));

  const handOver = (from: Role | null) => {
    const next = nextSeat(seatsToAct(engine.state().G, engine.state().ctx, engine.humans), from);
    if (solo || next === from) {
      setCurrent(next ?? (solo ? from : null));
      setPassTo(null);
    } else {
      setCurrent(null);
      setPassTo(next);
    }
  };

  // The seat at the screen has nothing left to do in this phase (e.g. a new round began): hand over.
  const stale = current !== null && !pending.includes(current) && state.ctx.gameover === undefined;
  useEffect(() => {
    if (stale && !solo) handOver(current);
  });
  // Nobody holds the screen and nobody is called, yet someone must act: call them.
  useEffect(() => {
    if (!solo && current === null && passTo === null && pending.length > 0) setPassTo(nextSeat(pending, null));
  });

  const seats: SeatInfo[] = engine.humans.length
    ? ROLES.map((role) => ({ role, kind: engine.humans.includes(role) ? 'human' : 'bot', name: engine.humans.includes(role) ? 'at this screen' : undefined }))
    : [];
  const quit = (
    <button type="button" className="btn small" onClick={onQuit}>
      Quit game
    </button>
  );

  if (state.ctx.gameover !== undefined) {
    return <GameScreen G={playerView(state.G, null)} ctx={state.ctx} playerID={null} send={() => null} seats={seats} isConnected toolbar={quit} showTimer={false} />;
  }
  if (passTo !== null && current === null) {
    return <PassScreen role={passTo} round={state.G.round} phase={state.ctx.phase} onReady={() => { setCurrent(passTo); setPassTo(null); }} />;
  }
  const playerID = current ? playerOfRole(current) : null;
  const G = playerView(state.G, playerID);
  const send = makeSend(G, state.ctx.phase, playerID, (move, args) => {
    if (playerID !== null) engine.move(playerID, move, args);
  });
  const endTurn = () => handOver(current);
  const toolbar = (
    <>
      {current && !solo && pending.includes(current) ? (
        <button type="button" className="btn small primary" onClick={endTurn}>
          Done for now — pass the screen
        </button>
      ) : null}
      {quit}
    </>
  );
  // The press panel mounts only for the seat at the screen, after its pass screen (see client/press/localPress.ts).
  const pressPanel = current ? <SeatPress press={press} role={current} /> : null;
  return <GameScreen key={current ?? 'watch'} G={G} ctx={state.ctx} playerID={playerID} send={send} seats={seats} isConnected toolbar={toolbar} showTimer={false} press={pressPanel} onTurnEnd={solo ? undefined : endTurn} />;
}

function SeatPress({ press, role }: { press: LocalPress; role: Role }) {
  const seat = useLocalPress(press, role);
  return <PressPanel role={role} messages={seat.messages} onSend={seat.send} read={seat.read} onRead={seat.onRead} />;
}
