import { useMemo, type ReactNode } from 'react';
import { Client } from 'boardgame.io/react';
import { matchSocket } from '../common/matchSocket';
import { SocketNotice } from '../common/SocketNotice';
import { seatIsGone } from '../../shared/api/socketRefusals';
import type { BoardProps } from 'boardgame.io/react';
import { Peninsula, roleOfPlayer, seatViewOf, type PeninsulaState } from '../../shared/index';
import type { MoveName } from '../../shared/moves';
import { GameScreen } from '../game/GameScreen';
import { makeSend } from '../game/moveChecks';
import { seatNames, seatsOfMatch } from '../game/seats';
import { MoveAlertToggle } from './MoveAlertToggle';
import { PlayAgain } from './PlayAgain';
import { replayPath } from '../replay/api';
import { Link } from '../router';
import { loadSeat } from './seatStore';
import { useSeatPress } from '../press';
import { useServerTimer } from './useServerTimer';
import { useMoveAlert, useYourMove } from './yourMove';

type Props = BoardProps<PeninsulaState> & {
  toolbar?: ReactNode;
  /** Said above the board by the match page (the seat this browser held is gone: now watching). */
  seatNotice?: ReactNode;
  /** What the match page offers only while the match runs (the host's Seats): the page's own copy of the match may be older than its end. */
  duringPlay?: { tools?: ReactNode; notice?: ReactNode };
};

/** boardgame.io's board for online play: adapts its props to the GameScreen. */
function OnlineBoard({ G: received, ctx, moves, playerID, matchID, credentials, isConnected, matchData, toolbar, seatNotice, duringPlay }: Props) {
  const G = seatViewOf(received, playerID);
  const deadline = useServerTimer(matchID, `${G.round}:${ctx.phase}`);
  const send = useMemo(() => makeSend(G, ctx.phase, playerID, (move: MoveName, args: unknown[]) => moves[move]?.(...args)), [G, ctx.phase, playerID, moves]);
  const seats = seatsOfMatch(matchData);
  const role = roleOfPlayer(playerID);
  const alert = useMoveAlert();
  const over = ctx.gameover !== undefined;
  useYourMove(G, ctx.phase, role, over, alert.on);
  const names = seatNames(seats);
  // A spectator has no press: the panel and its stream are a seat's.
  const seatPress = useSeatPress({ matchID, playerID, credentials, role, names, over });
  const tools = (
    <>
      {role && !over ? <MoveAlertToggle on={alert.on} toggle={alert.toggle} /> : null}
      {over ? null : duringPlay?.tools}
      {toolbar}
    </>
  );
  return (
    <GameScreen
      G={G}
      ctx={ctx}
      playerID={playerID}
      send={send}
      seats={seats}
      isConnected={isConnected}
      toolbar={tools}
      deadline={deadline}
      press={seatPress.panel}
      pressUnread={seatPress.unread}
      matchID={matchID}
      notice={
        <>
          {seatNotice}
          {over ? null : duringPlay?.notice}
          {/* A lost seat is the match page's to say (it switches to watching). */}
          <SocketNotice matchID={matchID} stateKey={`${G.round}:${ctx.phase}`} shows={(refused) => !seatIsGone(refused) && refused.event !== 'sync'} />
        </>
      }
      afterGame={
        over ? (
          <>
            <PlayAgain matchID={matchID} seat={role ? loadSeat(matchID) : null} />
            <p>
              <Link href={replayPath(matchID)} className="btn">
                Replay round by round, or fork a round
              </Link>
            </p>
          </>
        ) : null
      }
    />
  );
}

function Connecting() {
  return (
    <div className="loading" role="status">
      Connecting to the match…
    </div>
  );
}

/** The boardgame.io React client over socket.io to this same origin; no debug panel in any build. */
export const PeninsulaOnlineClient = Client<PeninsulaState, Props>({
  game: Peninsula,
  board: OnlineBoard,
  multiplayer: matchSocket(window.location.origin),
  debug: false,
  loading: Connecting,
});
