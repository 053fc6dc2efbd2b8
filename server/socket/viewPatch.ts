import type { ViewPatchOp } from '../../shared/api/wire';

/*
 * The JSON patch (RFC 6902) that turns the JSON text of one seat view into the next one's, as the
 * client holds it: what JSON.stringify wrote of `before`, parsed. So it compares in JSON's terms: a
 * field holding undefined or a function is absent, such an array element is null. Two views of a
 * match share most of their objects (immer keeps what a move did not change, the views are wrappers
 * around the same board), so a frozen object met in both is skipped whole, unread; what differs is
 * walked down to what changed. A frozen object is frozen all the way down in this code base (see
 * shared/deepFreeze.ts). An unfrozen object met in both could have been changed in place since
 * `before` was sent, so the patch gives up (null: send the whole view), as it does past MAX_OPS or
 * on anything that is not plain JSON data.
 */

/** Past this many operations a patch is no longer much smaller than the view: null (send it whole). */
const MAX_OPS = 400;

class GiveUp extends Error {}

/** Whether JSON.stringify writes this value under an object key (it leaves undefined and functions out). */
function written(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** An array or a plain object, walked field by field; anything else with fields is given up on. */
function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** A JSON pointer's reference token for a key (RFC 6901: ~ and / escaped). */
function token(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

/** An array element as JSON writes it (undefined and functions become null). */
function element(value: unknown): unknown {
  return written(value) ? value : null;
}

/**
 * The operations already worked out for a frozen object at a place, from the object it replaced
 * there: the seats' views of one move hold mostly the same objects (ctx, the board, the lists), so
 * the second seat's patch takes the first one's operations for them instead of walking them again.
 */
export type SharedDiffs = Map<object, { before: unknown; path: string; ops: ViewPatchOp[] }>;

class PatchBuilder {
  readonly ops: ViewPatchOp[] = [];

  constructor(private readonly shared: SharedDiffs) {}

  private push(op: ViewPatchOp): void {
    if (this.ops.length >= MAX_OPS) throw new GiveUp();
    this.ops.push(op);
  }

  /** Operations at `path` that turn `before` into `after` (both written: present in JSON). */
  value(before: unknown, after: unknown, path: string): void {
    if (before === after) {
      // The same object in both: unchanged only if it cannot have been changed in place.
      if (typeof after === 'object' && after !== null && !Object.isFrozen(after)) throw new GiveUp();
      return;
    }
    const objects = typeof before === 'object' && before !== null && typeof after === 'object' && after !== null;
    if (!objects) {
      if (typeof after === 'object' && after !== null && !isPlainObject(after) && !Array.isArray(after)) throw new GiveUp();
      // Primitives that differ, or a primitive against an object: the new value whole.
      return this.push({ op: 'replace', path, value: after });
    }
    if (Array.isArray(before) !== Array.isArray(after)) return this.push({ op: 'replace', path, value: after });
    if (!Array.isArray(after) && (!isPlainObject(before) || !isPlainObject(after))) throw new GiveUp();
    const frozen = Object.isFrozen(after);
    const known = frozen ? this.shared.get(after) : undefined;
    if (known && known.before === before && known.path === path) {
      for (const op of known.ops) this.push(op);
      return;
    }
    const start = this.ops.length;
    if (Array.isArray(after)) this.array(before as unknown[], after, path);
    else this.object(before as Record<string, unknown>, after as Record<string, unknown>, path);
    if (frozen) this.shared.set(after, { before, path, ops: this.ops.slice(start) });
  }

  private object(before: Record<string, unknown>, after: Record<string, unknown>, path: string): void {
    for (const key of Object.keys(before)) {
      if (written(before[key]) && !(Object.hasOwn(after, key) && written(after[key]))) this.push({ op: 'remove', path: `${path}/${token(key)}` });
    }
    for (const key of Object.keys(after)) {
      const next = after[key];
      if (!written(next)) continue;
      const last = Object.hasOwn(before, key) ? before[key] : undefined;
      // Most fields hold the very value they held (a primitive, or a frozen object): no path is built for them.
      if (last === next && (typeof next !== 'object' || next === null || Object.isFrozen(next))) continue;
      const at = `${path}/${token(key)}`;
      if (written(last)) this.value(last, next, at);
      else this.push({ op: 'add', path: at, value: next });
    }
  }

  /**
   * Element by element; lists that grow at the end get `add`s, lists cut from the front (the recent
   * rounds' headlines as a round passes) get `remove`s of their first elements first.
   */
  private array(before: readonly unknown[], after: readonly unknown[], path: string): void {
    let dropped = 0;
    const first = after[0];
    if (after.length > 0 && before.length > 0 && first !== before[0] && typeof first === 'object' && first !== null) {
      const at = before.indexOf(first);
      if (at > 0) dropped = at;
    }
    for (let i = 0; i < dropped; i++) this.push({ op: 'remove', path: `${path}/0` });
    const kept = before.length - dropped;
    const common = Math.min(kept, after.length);
    for (let i = 0; i < common; i++) {
      const last = element(before[i + dropped]);
      const next = element(after[i]);
      if (last !== next || (typeof next === 'object' && next !== null && !Object.isFrozen(next))) this.value(last, next, `${path}/${i}`);
    }
    for (let i = common; i < after.length; i++) this.push({ op: 'add', path: `${path}/${i}`, value: element(after[i]) });
    for (let i = kept - 1; i >= after.length; i--) this.push({ op: 'remove', path: `${path}/${i}` });
  }
}

/**
 * The operations that make `after`'s JSON of `before`'s, or null if it is safer to send `after` whole.
 * `shared`: the diffs of the other seats' views of the same move (one map per broadcast).
 */
export function viewPatch(before: object, after: object, shared: SharedDiffs = new Map()): ViewPatchOp[] | null {
  const builder = new PatchBuilder(shared);
  try {
    builder.value(before, after, '');
  } catch (error) {
    if (error instanceof GiveUp) return null;
    throw error;
  }
  // A root replaced is the whole view again.
  return builder.ops.some((op) => op.path === '') ? null : builder.ops;
}
