import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { asPhase, playerOfRole, playerView, ROLES, type Role } from '../../shared/index';
import { createLocalPress, PressPanel, useLocalPress, type LocalPress } from '../press';
import { unreadTotal } from '../press/readMarks';
import { GameScreen } from '../game/GameScreen';
import { makeSend } from '../game/moveChecks';
import type { SeatInfo } from '../game/panels/PhaseBar';
import { PassScreen, RoundReveal } from './Curtains';
import type { MoveName } from '../../shared/moves';
import { HotSeatEngine, type HotSeatOptions } from './engine';
import { endReveal, leaveOnBehalf, passOn, settle, startHandoff, takeScreen, type Handoff } from './handoff';
import { clearHotSeat, saveHotSeat, type SavedHotSeat } from './saved';

/** The match's engine and press store, made once per match (fresh, or from a save after a reload). */
function useMatch(options: HotSeatOptions, saved: SavedHotSeat | null) {
  const engine = useMemo(() => new HotSeatEngine(options, saved?.state), [options, saved]);
  const press = useMemo(
    () =>
      createLocalPress({
        matchID: 'hotseat',
        game: () => ({ G: engine.state().G, phase: asPhase(engine.state().ctx.phase) }),
        bots: Object.fromEntries(ROLES.filter((r) => !engine.humans.includes(r)).map((r) => [r, options.personality])),
        initial: saved?.press,
      }),
    [engine, options.personality, saved],
  );
  useEffect(
    () => () => {
      engine.stop();
      press.stop();
    },
    [engine, press],
  );
  return { engine, press };
}

/** A hot-seat match: the engine runs locally; the screen belongs to one person at a time, and is saved as it goes. */
export function HotSeatGame({ options, saved = null, onQuit }: { options: HotSeatOptions; saved?: SavedHotSeat | null; onQuit: () => void }) {
  const { engine, press } = useMatch(options, saved);
  const state = useSyncExternalStore(engine.subscribe, engine.getState);
  const pressVersion = useSyncExternalStore(press.subscribe, press.version);
  const humans = engine.humans;
  // A resumed match opens behind the pass screen (or the reveal the group was looking at), never on a seat's private screen.
  const [stored, setHandoff] = useState<Handoff>(() =>
    saved ? { ...saved.handoff, calling: saved.handoff.holder ?? saved.handoff.calling, holder: null } : startHandoff(state.G),
  );
  // Derived while rendering, so no frame ever shows a screen the game has already moved past.
  const handoff = settle(stored, state.G, state.ctx, humans);
  const [resumed, setResumed] = useState(saved !== null);
  const [unsaved, setUnsaved] = useState(false);

  /** A move, then, when everyone still at the table has passed with nothing new to answer, the table leaves for them (before any render). */
  const act = (h: Handoff, playerID: string | null, move: MoveName, args: unknown[]) => {
    if (playerID !== null) engine.move(playerID, move, args);
    const now = engine.state();
    for (const role of leaveOnBehalf(now.G, now.ctx, humans, h)) engine.move(playerOfRole(role), 'done', []);
  };
  useEffect(() => {
    if (JSON.stringify(handoff) !== JSON.stringify(stored)) setHandoff(handoff);
  }, [handoff, stored]);
  // When a round's talks open, the bots write first to the people at the screen (once a round: botOpening checks the log).
  const talksOpen = state.ctx.phase === 'diplomacy' && state.ctx.gameover === undefined;
  useEffect(() => {
    if (talksOpen) press.openTalks();
  }, [press, talksOpen, state.G.round]);

  // Every change is saved; if the browser cannot keep it, leaving the page asks first.
  const gameover = state.ctx.gameover !== undefined;
  // Saved whenever the game, the hand-off or the press changes (pressVersion counts the press's changes).
  useEffect(() => {
    setUnsaved(!saveHotSeat({ options, state, handoff, press: press.snapshot() }) && !gameover);
  }, [options, state, handoff, press, pressVersion, gameover]);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const seats: SeatInfo[] = ROLES.map((role) => ({
    role,
    kind: humans.includes(role) ? 'human' : 'bot',
    name: humans.includes(role) ? 'at this screen' : undefined,
  }));
  const quit = () => {
    if (!gameover && !window.confirm('Quit this hot-seat game? It will be gone from this browser.')) return;
    clearHotSeat();
    onQuit();
  };
  const quitButton = (
    <button type="button" className="btn small" onClick={quit}>
      {/* A finished match stays saved (a reload shows its debrief) until the table starts anew. */}
      {gameover ? 'New hot-seat game' : 'Quit game'}
    </button>
  );

  if (gameover) {
    return (
      <GameScreen
        G={playerView(state.G, null)}
        ctx={state.ctx}
        playerID={null}
        send={() => null}
        seats={seats}
        isConnected
        toolbar={quitButton}
        showTimer={false}
      />
    );
  }
  if (handoff.reveal !== null) {
    const next = endReveal(handoff, state.G, state.ctx, humans);
    return (
      <RoundReveal
        G={playerView(state.G, null)}
        round={handoff.reveal}
        next={next.calling}
        onContinue={() => {
          setResumed(false);
          setHandoff(next);
        }}
      />
    );
  }
  const current = handoff.holder;
  if (current === null && handoff.calling !== null) {
    const calling = handoff.calling;
    return (
      <PassScreen
        role={calling}
        round={state.G.round}
        phase={state.ctx.phase}
        resumed={resumed}
        onReady={() => {
          setResumed(false);
          setHandoff(takeScreen(handoff, calling));
        }}
      />
    );
  }
  const playerID = current ? playerOfRole(current) : null;
  const G = playerView(state.G, playerID);
  const send = makeSend(G, state.ctx.phase, playerID, (move, args) => act(handoff, playerID, move, args));
  const solo = humans.length === 1;
  const endTurn = () => {
    const next = passOn(handoff, state.G, state.ctx, humans);
    act(next, null, 'done', []);
    setHandoff(next);
  };
  // On a phone the header keeps the short form; the title says the rest.
  // One span: the button is a flex box, whose gap would otherwise open before the comma.
  const passLabel =
    asPhase(state.ctx.phase) === 'diplomacy' ? (
      <span>
        Pass the screen<span className="wide-only">, stay at the table</span>
      </span>
    ) : (
      <span>
        Done for now<span className="wide-only"> — pass the screen</span>
      </span>
    );
  const toolbar = (
    <>
      {current && !solo ? (
        <button
          type="button"
          className="btn small primary"
          onClick={endTurn}
          title={
            asPhase(state.ctx.phase) === 'diplomacy'
              ? 'You are called back only if a new proposal awaits your answer; otherwise you leave the table with the others.'
              : undefined
          }
        >
          {passLabel}
        </button>
      ) : null}
      {quitButton}
    </>
  );
  // The press panel mounts only for the seat at the screen, after its pass screen (see client/press/localPress.ts).
  const pressPanel = current ? <SeatPress press={press} role={current} /> : null;
  return (
    <GameScreen
      key={current ?? 'watch'}
      G={G}
      ctx={state.ctx}
      playerID={playerID}
      send={send}
      seats={seats}
      isConnected
      toolbar={toolbar}
      showTimer={false}
      press={pressPanel}
      pressUnread={current ? unreadTotal(press.forSeat(current), current, press.readMarks(current)) : 0}
    />
  );
}

function SeatPress({ press, role }: { press: LocalPress; role: Role }) {
  const seat = useLocalPress(press, role);
  return <PressPanel role={role} messages={seat.messages} onSend={seat.send} read={seat.read} onRead={seat.onRead} />;
}
