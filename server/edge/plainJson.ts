/**
 * What untrusted data may hold before it goes near the engine or the database: plain JSON values
 * only. Each refusal has a reason code a test (and a log line) can name.
 *
 * Why each rule: Postgres (and PGlite) cannot store "\u0000" or a lone surrogate in jsonb and
 * throws mid-write; socket.io's parser turns binary placeholders into Buffers; a key such as
 * "toString" or "__proto__" breaks boardgame.io's `${args}` log formatting or the prototype of what
 * reads it. Depth and length are bounded so a walk over the value (and everything after) is cheap.
 */
import type { JsonProblem } from '../../shared/api/socketRefusals';

export interface JsonLimits {
  maxDepth: number;
  /** An upper bound on the value's length written as JSON (counted while walking, before any stringify). */
  maxJsonLength: number;
  /** Prose (a class title, a press message) may hold tabs and line breaks; ids and move arguments may not. */
  text: 'id' | 'prose';
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- the same, less tab and line breaks
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const SURROGATE = /[\ud800-\udfff]/;

/** Whether text can be stored and shown: no NUL or other control characters (prose keeps tab and newlines), no lone surrogate. */
export function isCleanText(text: string, kind: JsonLimits['text'] = 'id'): boolean {
  if ((kind === 'id' ? CONTROL : CONTROL_BUT_LINES).test(text)) return false;
  // Most text has no surrogates at all; only then is the slower pairing check needed.
  return !SURROGATE.test(text) || !LONE_SURROGATE.test(text);
}

function isPlainContainer(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) ? proto === Array.prototype : proto === Object.prototype || proto === null;
}

/** The first problem in `value`, or null when it is plain JSON within the limits. Iterative: no recursion for an attacker to exhaust. */
export function jsonProblem(value: unknown, limits: JsonLimits): JsonProblem | null {
  return jsonProblemAt(value, limits)?.problem ?? null;
}

/** A value on the walk's stack; its path is only spelled out for a problem. */
interface Item {
  value: unknown;
  depth: number;
  key: string;
  parent: Item | null;
}

function pathOf(item: Item): string {
  const keys: string[] = [];
  for (let at: Item | null = item; at?.parent; at = at.parent) keys.unshift(at.key);
  return keys.join('.');
}

// Not closures made per value walked: every message a socket sends is walked here, and the server runs under tsx, which names each closure it makes.
const foundAt = (item: Item, problem: JsonProblem) => ({ problem, at: pathOf(item) });
const childOf = (item: Item, key: string | number, value: unknown): Item => ({ value, depth: item.depth + 1, key: String(key), parent: item });

/** The first problem and where it is (`setupData.seed`, `args.0`), for a message a person can act on. */
export function jsonProblemAt(value: unknown, limits: JsonLimits): { problem: JsonProblem; at: string } | null {
  const stack: Item[] = [{ value, depth: 0, key: '', parent: null }];
  let length = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    const v = item.value;
    if (v === null || typeof v === 'boolean') length += String(v).length;
    else if (typeof v === 'number') {
      if (!Number.isFinite(v)) return foundAt(item, 'NOT_PLAIN');
      length += String(v).length;
    } else if (typeof v === 'string') {
      if (!isCleanText(v, limits.text)) return foundAt(item, 'BAD_TEXT');
      length += v.length + 2;
    } else if (typeof v === 'object') {
      if (!isPlainContainer(v)) return foundAt(item, 'NOT_PLAIN');
      if (item.depth + 1 > limits.maxDepth) return foundAt(item, 'TOO_DEEP');
      // Brackets and the commas between items, as JSON.stringify writes them.
      const items = Array.isArray(v) ? v.length : Object.keys(v).length;
      length += 2 + Math.max(0, items - 1);
      if (Array.isArray(v)) {
        v.forEach((c, i) => stack.push(childOf(item, i, c)));
      } else {
        // Own symbol keys or accessors are not JSON either.
        if (Object.getOwnPropertySymbols(v).length > 0) return foundAt(item, 'NOT_PLAIN');
        for (const key of Object.keys(v)) {
          if (key in Object.prototype) return { problem: 'RESERVED_KEY' as const, at: pathOf(childOf(item, key, null)) };
          if (!isCleanText(key, 'id')) return foundAt(item, 'BAD_TEXT');
          const descriptor = Object.getOwnPropertyDescriptor(v, key);
          if (!descriptor || !('value' in descriptor)) return foundAt(item, 'NOT_PLAIN');
          length += key.length + 3;
          stack.push(childOf(item, key, descriptor.value));
        }
      }
    } else return foundAt(item, 'NOT_PLAIN');
    if (length > limits.maxJsonLength) return foundAt(item, 'TOO_LARGE');
  }
  return null;
}
