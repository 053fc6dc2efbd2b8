import { randomInt } from 'node:crypto';

/**
 * Join codes are read off a projector and typed on phones: no characters people confuse
 * (0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V), upper case only, six of them (about 10^8 codes).
 */
export const JOIN_CODE_ALPHABET = 'ACEFGHJKMNPRTWXY34679';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(pick: (n: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[pick(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a student typed, made comparable: spaces and dashes dropped, upper-cased. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
