import type { ReplayErrorCode } from '../../shared/api/replay';

/** A refusal of the replay and fork services: its HTTP status, its code and a message a person can act on. */
export interface Refusal {
  ok: false;
  status: 400 | 403 | 404 | 409;
  code: ReplayErrorCode;
  error: string;
}

export type Outcome<T> = { ok: true; value: T } | Refusal;

export const refuse = (status: Refusal['status'], code: ReplayErrorCode, error: string): Refusal => ({ ok: false, status, code, error });
export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
