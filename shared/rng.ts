/**
 * The match's own seeded random stream (mulberry32), kept in hidden state.
 *
 * Why not only ctx.random: boardgame.io seeds its PRNG per Game definition, not per match,
 * and a match must accept a seed in its options (replays, and a teacher giving every table
 * the same crisis deck). With no seed given, the stream is seeded once from ctx.random.
 */
export function seedFromString(seed: string, from = 0x811c9dc5): number {
  // FNV-1a: a stable 32-bit hash, so "table-3" always means the same deck. `from`: the hash of a text
  // this one follows (seedFromString(b, seedFromString(a)) is seedFromString(a + b)).
  let hash = from;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One step of mulberry32: a float in [0, 1) and the next state. */
export function nextRandom(state: number): [number, number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A holder the rules mutate in place (G.secret.rng under immer). */
export interface RngHolder {
  rng: number;
}

export function randomInt(holder: RngHolder, maxExclusive: number): number {
  const [value, next] = nextRandom(holder.rng);
  holder.rng = next;
  return Math.floor(value * maxExclusive);
}

export function shuffle<T>(holder: RngHolder, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(holder, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
