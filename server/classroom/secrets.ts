import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from './joinCode';

/** Secrets (teacher keys, student tokens, recovery codes) are stored only as SHA-256 hashes. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether `secret` hashes to `hash`, in constant time; false for anything not a string. */
export function matchesHash(secret: unknown, hash: string | null): boolean {
  return typeof secret === 'string' && secret.length > 0 && hash !== null && sameHash(hashSecret(secret), hash);
}

export const RECOVERY_GROUPS = 4;

/**
 * The teacher's recovery code: written down once, typed on another device. Four groups of
 * four characters from the join-code alphabet (no look-alikes), about 70 bits.
 */
export function newRecoveryCode(pick: (n: number) => number = randomInt): string {
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_GROUPS; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += JOIN_CODE_ALPHABET[pick(JOIN_CODE_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** What a teacher typed, made comparable with the stored hash: dashes and spaces dropped, upper case. */
export function normaliseRecoveryCode(typed: unknown): string {
  if (typeof typed !== 'string') return '';
  const bare = typed.toUpperCase().replace(/[\s-]/g, '');
  return bare.match(/.{1,4}/g)?.join('-') ?? '';
}
