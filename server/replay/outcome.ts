import { refuse as refusal, type Refusal } from '../../shared/api/errors';
import type { ReplayErrorCode } from '../../shared/api/replay';

/**
 * What the replay and fork services return: the value, or the edge's own Refusal (shared/api/errors.ts:
 * its code decides the HTTP status), so the route table answers it as it answers every other route.
 */
export type Outcome<T> = { ok: true; value: T } | ({ ok: false } & Refusal);

export const refuse = (code: ReplayErrorCode, message: string): { ok: false } & Refusal => ({ ok: false, ...refusal(code, message) });
export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
