import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Ctx } from 'boardgame.io';
import { asPhase, playerOfRole, roleNameInText, roleNamePossessive, roleOfPlayer, type GameResult, type SeatView, type Role } from '../../shared/index';
import { EndScreen } from './EndScreen';
import { MapSlot } from './MapSlot';
import type { Send } from './moveChecks';
import { CommitmentsPanel } from './panels/CommitmentsPanel';
import { CrisisCard, DecideBanner } from './panels/CrisisCard';
import { DiplomacyPanel } from './panels/DiplomacyPanel';
import { Inbox } from './panels/Inbox';
import { LastRound } from './panels/LastRound';
import { Notices } from './panels/Notices';
import { NewsLog, NewsTicker } from './panels/News';
import { OrdersPanel } from './panels/OrdersPanel';
import { PhaseBar, type Deadline, type SeatInfo } from './panels/PhaseBar';
import { RoleCard } from './panels/RoleCard';
import { TracksPanel } from './panels/TracksPanel';
import { RoleChip } from './roleStyle';
import { Tabs } from './Tabs';
import { Link } from '../router';
import { GuidedRound } from '../learn/guide/GuidedRound';
import { HelpMenu } from '../learn/guide/HelpMenu';
import { useGuide } from '../learn/guide/useGuide';
import { awaitsAnswerFrom, owesMove } from '../../shared/queries';

export interface GameScreenProps {
  /** The seat's own view of the state (playerView), never the full state. */
  G: SeatView;
  ctx: Ctx;
  playerID: string | null;
  send: Send;
  seats: SeatInfo[];
  isConnected: boolean;
  /** Extra controls for the header (leave, invite, pass the screen). */
  toolbar?: ReactNode;
  showTimer?: boolean;
  /** The server's deadline for this phase, when it has one. */
  deadline?: Deadline | undefined;
  /** Private messages between roles (client/press), when the mode has them: shown as a tab. */
  press?: ReactNode;
  /** What comes after the game (online: play again), shown on the result screen. */
  afterGame?: ReactNode;
  /** Press messages this seat has not read: a badge on the Press tab. */
  pressUnread?: number;
  /** Online: the match on the server (the news log fetches older headlines from it). */
  matchID?: string | undefined;
  /** What the server answered that the player must know (a refused move, a seat lost): client/common/SocketNotice.tsx. */
  notice?: ReactNode;
  /** A student's seat at a class table: the teacher explains the screen and a clock runs, so the guide's offer stays one line. */
  inClass?: boolean;
}

function ActPanel({
  G,
  ctx,
  role,
  send,
  bots,
  matchID,
}: {
  G: SeatView;
  ctx: Ctx;
  role: Role | undefined;
  send: Send;
  bots: readonly Role[];
  matchID?: string | undefined;
}) {
  if (!role) {
    return (
      <div className="stack">
        <section className="panel">
          <h2>You are watching</h2>
          <p className="muted">Spectators see the public board, proposals and news; agendas and orders stay hidden until the end.</p>
        </section>
        <Inbox G={G} role={undefined} send={send} onCounter={() => undefined} bots={bots} />
      </div>
    );
  }
  if (asPhase(ctx.phase) === 'diplomacy') return <DiplomacyPanel G={G} role={role} send={send} bots={bots} matchID={matchID} />;
  if (asPhase(ctx.phase) === 'orders') return <OrdersPanel key={G.round} G={G} role={role} send={send} matchID={matchID} />;
  // The crisis asks this seat to decide: the choice sits here, where the seat acts (on a phone, first on the page).
  if (G.crisis.pendingChoice === role) return <CrisisCard G={G} playerID={playerOfRole(role)} send={send} id="crisis-act" />;
  return (
    <section className="panel">
      <h2>Crisis</h2>
      <p role="status">
        {G.crisis.pendingChoice ? `Waiting for ${roleNameInText(G.crisis.pendingChoice)} to answer the crisis.` : 'The crisis is being drawn…'}
      </p>
    </section>
  );
}

/** The table: tracks left, map and crisis in the centre, the seat's panels right; the debrief once the game is over. */
export function GameScreen({
  G,
  ctx,
  playerID,
  send,
  seats,
  isConnected,
  toolbar,
  showTimer = true,
  deadline,
  press,
  pressUnread = 0,
  afterGame,
  matchID,
  notice,
  inClass = false,
}: GameScreenProps) {
  const role = roleOfPlayer(playerID);
  const [tab, setTab] = useState('act');
  const guide = useGuide(role !== undefined && ctx.gameover === undefined);
  // A new seat at the screen (hot-seat) or a fresh page starts reading from the top, not from a stale focus.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus({ preventScroll: true }), []);
  // The centre card's "Choose now" and the banner's "Go to the choice": the Act panel, where the choice is, its card at the top (below the map on a phone).
  const openChoice = () => {
    setTab('act');
    window.requestAnimationFrame(() => document.getElementById('crisis-act-title')?.scrollIntoView?.({ block: 'start' }));
  };
  const awaiting = role ? G.proposals.filter((p) => awaitsAnswerFrom(p, role)).length : 0;
  const result = ctx.gameover as GameResult | undefined;
  const banner = (
    <>
      {isConnected ? null : (
        <div className="banner offline" role="alert">
          Connection lost — reconnecting… Your moves will wait until the connection is back.
        </div>
      )}
      {notice}
      {ctx.gameover === undefined ? <DecideBanner G={G} role={role} onOpenChoice={openChoice} /> : null}
    </>
  );
  const header = (
    <header className="topbar">
      <Link href="/" className="brand" aria-label="Peninsula, home page">
        Peninsula
      </Link>
      {role ? (
        <RoleChip role={role} name={seats.find((s) => s.role === role)?.name} />
      ) : (
        <span className="badge">{ctx.gameover !== undefined ? 'Debrief' : 'Spectator'}</span>
      )}
      <div className="toolbar">
        <HelpMenu role={role} onReplay={role && ctx.gameover === undefined ? guide.start : null} />
        {toolbar}
      </div>
      <h1 className="sr-only" tabIndex={-1} ref={title}>
        Peninsula: {role ? `${roleNamePossessive(role)} table` : 'watching the table'}
      </h1>
    </header>
  );
  if (result) {
    return (
      <div className="game over">
        {header}
        {banner}
        <EndScreen G={G} result={result} role={role} next={afterGame} />
      </div>
    );
  }
  const tabs = [
    {
      id: 'act',
      label: (
        <>
          Act
          {awaiting ? (
            <span className="badge attention" aria-label={`${awaiting} proposals awaiting your answer`}>
              {awaiting}
            </span>
          ) : null}
        </>
      ),
      content: <ActPanel G={G} ctx={ctx} role={role} send={send} bots={seats.filter((s) => s.kind === 'bot').map((s) => s.role)} matchID={matchID} />,
    },
    ...(role ? [{ id: 'role', label: 'Your role', content: <RoleCard G={G} role={role} /> }] : []),
    ...(press
      ? [
          {
            id: 'press',
            label: (
              <>
                Press
                {pressUnread ? (
                  <span className="badge attention" aria-label={`${pressUnread} unread messages`}>
                    {pressUnread}
                  </span>
                ) : null}
              </>
            ),
            content: press,
          },
        ]
      : []),
    { id: 'deals', label: 'Deals', content: <CommitmentsPanel G={G} role={role} matchID={matchID} /> },
    { id: 'news', label: 'News', content: <NewsLog G={G} matchID={matchID} /> },
  ];
  return (
    <div className="game">
      {header}
      <PhaseBar G={G} phase={ctx.phase} seats={seats} showTimer={showTimer} deadline={deadline} />
      {banner}
      <Notices G={G} role={role} phase={asPhase(ctx.phase)} matchID={matchID} />
      <NewsTicker G={G} />
      <GuidedRound
        guide={guide}
        role={role}
        situation={{ phase: ctx.phase, round: G.round, over: false }}
        onTab={setTab}
        slim={inClass || (role !== undefined && owesMove(G, ctx.phase, role))}
      />
      <div className="game-grid">
        <aside className="col-left" aria-label="Tracks" data-guide="board">
          <TracksPanel G={G} />
        </aside>
        {/* The map has a grid cell of its own, so a phone can show it right under the header (screenSizes.css). */}
        <div className="col-map">
          <MapSlot G={G} />
        </div>
        <main className="col-centre" id="main">
          <div className="guide-anchor" data-guide="crisis">
            <CrisisCard G={G} playerID={playerID} send={send} offerChoice={false} onOpenChoice={openChoice} />
          </div>
          <div className="guide-anchor" data-guide="resolution">
            <LastRound G={G} />
          </div>
        </main>
        <aside className="col-right" aria-label="Your panels" data-guide="act">
          <Tabs label="Your panels" tabs={tabs} selected={tab} onSelect={setTab} />
        </aside>
      </div>
    </div>
  );
}
