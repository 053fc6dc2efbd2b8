import type { Game } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';

/** boardgame.io's tutorial game: the peer that shows what the framework itself costs per move. */
export interface TicTacToeState {
  cells: (string | null)[];
}

const LINES = [
  [0, 1, 2],
  [3, 4, 5],
  [6, 7, 8],
  [0, 3, 6],
  [1, 4, 7],
  [2, 5, 8],
  [0, 4, 8],
  [2, 4, 6],
];

function winnerOf(cells: (string | null)[]): string | null {
  for (const [a, b, c] of LINES) if (cells[a!] !== null && cells[a!] === cells[b!] && cells[a!] === cells[c!]) return cells[a!]!;
  return null;
}

export const TicTacToe: Game<TicTacToeState> = {
  name: 'tictactoe',
  minPlayers: 2,
  maxPlayers: 2,
  setup: () => ({ cells: Array(9).fill(null) }),
  turn: { minMoves: 1, maxMoves: 1 },
  moves: {
    clickCell: ({ G, playerID }, id: number) => {
      if (G.cells[id] !== null) return INVALID_MOVE;
      G.cells[id] = playerID;
    },
  },
  endIf: ({ G }) => {
    const winner = winnerOf(G.cells);
    if (winner !== null) return { winner };
    if (G.cells.every((c) => c !== null)) return { draw: true };
    return undefined;
  },
};

/** A random empty cell: the bench's tic-tac-toe bot. */
export function ticTacToeMove(G: TicTacToeState, random: () => number): number {
  const empty = G.cells.flatMap((c, i) => (c === null ? [i] : []));
  return empty[Math.floor(random() * empty.length)]!;
}
