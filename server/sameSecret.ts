import { timingSafeEqual } from 'node:crypto';

/** Whether a secret a request carries equals the stored one, in time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}
