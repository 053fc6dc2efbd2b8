/**
 * Freezes an object and everything it holds, in place, and returns it. A frozen object's contents are
 * taken as frozen already and not walked again: the only freezer of match states is immer (inside
 * boardgame.io's reducer), which freezes deeply, and this function (the moves that return a copy of the
 * committed state, shared/moves.ts; the server's cache of stored states); nothing in the code base calls
 * Object.freeze on part of a state. So freezing a new state costs the objects the move made, not the
 * whole board.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
