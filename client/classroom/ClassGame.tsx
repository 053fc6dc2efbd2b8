import { useMemo, type ReactNode } from 'react';
import { Client, type BoardProps } from 'boardgame.io/react';
import { matchSocket } from '../common/matchSocket';
import { SocketNotice } from '../common/SocketNotice';
import { Peninsula, roleOfPlayer, seatViewOf, type PeninsulaState, type Rejection } from '../../shared/index';
import type { MoveName } from '../../shared/moves';
import { GameScreen } from '../game/GameScreen';
import { makeSend, type Send } from '../game/moveChecks';
import { seatNames, seatsOfMatch } from '../game/seats';
import { useSeatPress } from '../press';
import { MoveAlertToggle } from '../online/MoveAlertToggle';
import { useMoveAlert, useYourMove } from '../online/yourMove';

type Props = BoardProps<PeninsulaState> & { toolbar?: ReactNode; paused?: boolean; press?: boolean };

// A client-side refusal: the ruleset knows nothing of pauses, so it borrows the closest code.
const PAUSED: Rejection = { code: 'NOT_AVAILABLE', message: 'Your teacher has paused the game: wait until they resume it.' };

/**
 * A class table: the online game view, except that the phase timer shown is the server's (in
 * the toolbar, with pauses and extensions), moves are held while the teacher pauses the table,
 * and the press tab is there only while the teacher allows it. The press is read here, not in the
 * tab, so the tab's badge counts unread messages (kept read across reloads, as online) and a
 * teacher closing and reopening the press never remounts the board (a student's draft stays).
 */
export function ClassBoard({ G: received, ctx, moves, playerID, matchID, credentials, isConnected, matchData, toolbar, paused = false, press = false }: Props) {
  const G = seatViewOf(received, playerID);
  const checked = useMemo(() => makeSend(G, ctx.phase, playerID, (move: MoveName, args: unknown[]) => moves[move]?.(...args)), [G, ctx.phase, playerID, moves]);
  // The server drops moves while paused; refusing here says why instead of a button that does nothing.
  const send: Send = paused ? () => PAUSED : checked;
  const seats = seatsOfMatch(matchData);
  const names = seatNames(seats);
  const over = ctx.gameover !== undefined;
  const role = roleOfPlayer(playerID);
  // A student's tab says when the table waits for them, like an online seat's (paused: nobody owes a move).
  const alert = useMoveAlert();
  useYourMove(G, ctx.phase, paused ? undefined : role, over, alert.on);
  const tools = (
    <>
      {role && !over ? <MoveAlertToggle on={alert.on} toggle={alert.toggle} /> : null}
      {toolbar}
    </>
  );
  const seatPress = useSeatPress({ matchID, playerID, credentials, role, names, over, enabled: press });
  return (
    <GameScreen
      G={G}
      ctx={ctx}
      playerID={playerID}
      send={send}
      seats={seats}
      isConnected={isConnected}
      toolbar={tools}
      showTimer={false}
      press={seatPress.panel}
      pressUnread={seatPress.unread}
      matchID={matchID}
      notice={<SocketNotice matchID={matchID} stateKey={`${G.round}:${ctx.phase}`} />}
      inClass
    />
  );
}

export const ClassGameClient = Client<PeninsulaState, Props>({
  game: Peninsula,
  board: ClassBoard,
  multiplayer: matchSocket(window.location.origin),
  debug: false,
  loading: () => (
    <div className="loading" role="status">
      Connecting to your table…
    </div>
  ),
});
