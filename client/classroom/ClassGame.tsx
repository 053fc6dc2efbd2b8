import { useMemo, type ReactNode } from 'react';
import { Client, type BoardProps } from 'boardgame.io/react';
import { SocketIO } from 'boardgame.io/multiplayer';
import { Peninsula, ROLES, type PeninsulaState } from '../../shared/index';
import type { MoveName } from '../../shared/moves';
import { GameScreen } from '../game/GameScreen';
import { makeSend } from '../game/moveChecks';
import type { SeatInfo } from '../game/panels/PhaseBar';
import { isBotName } from '../online/lobby';

type Props = BoardProps<PeninsulaState> & { toolbar?: ReactNode };

/**
 * A class table: the online game view, except that the phase timer shown is the server's
 * (in the toolbar, with pauses and extensions), not a countdown kept by the page.
 */
function ClassBoard({ G, ctx, moves, playerID, isConnected, matchData, toolbar }: Props) {
  const send = useMemo(() => makeSend(G, ctx.phase, playerID, (move: MoveName, args: unknown[]) => moves[move]?.(...args)), [G, ctx.phase, playerID, moves]);
  const seats: SeatInfo[] = ROLES.map((role, i) => {
    const player = matchData?.find((p) => p.id === i);
    const kind = player?.name === undefined ? 'empty' : isBotName(player.name) ? 'bot' : 'human';
    return { role, name: player?.name, kind, connected: kind === 'human' ? player?.isConnected : undefined };
  });
  return <GameScreen G={G} ctx={ctx} playerID={playerID} send={send} seats={seats} isConnected={isConnected} toolbar={toolbar} showTimer={false} />;
}

export const ClassGameClient = Client<PeninsulaState, Props>({
  game: Peninsula,
  board: ClassBoard,
  multiplayer: SocketIO({ server: window.location.origin }),
  debug: false,
  loading: () => <div className="loading" role="status">Connecting to your table…</div>,
});
