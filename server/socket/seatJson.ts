import { types } from 'node:util';

/*
 * JSON.stringify for several values built from the same parts at the same moment: the messages one
 * broadcast sends the seats of a match. boardgame.io wraps the state anew for each seat (its filtered
 * state, the seat's G from wireView, the redacted log), but what the wrappers hold is, field for field,
 * mostly the same objects: the board, ctx, the lists, every log entry but a redacted one. The first
 * value is encoded with the text of each of its wrappers' fields kept; each next one reuses the text of
 * every field that holds the very object (or primitive) the first one's holds, and encodes only what
 * differs (the seat's private slice, its log). The values are encoded one after the other with nothing
 * run in between, so an object's text cannot change from one to the next; getters and toJSON methods
 * are asked once for all (states are plain data: they have neither). The texts are JSON.stringify's,
 * character for character (test/server/seatJson.test.ts).
 */

/** A value's text (undefined: JSON.stringify leaves it out) and, for a wrapper, its fields' texts. */
interface Encoded {
  value: unknown;
  text: string | undefined;
  keys?: string[];
  fields?: Encoded[];
}

/** `"key":` for the field names met so far (wrappers have a few dozen), up to KEYS_KEPT of them. */
const fieldHeads = new Map<string, string>();
const KEYS_KEPT = 1_000;

function fieldHead(key: string): string {
  let head = fieldHeads.get(key);
  if (head === undefined) {
    head = JSON.stringify(key) + ':';
    if (fieldHeads.size < KEYS_KEPT) fieldHeads.set(key, head);
  }
  return head;
}

/**
 * An object walked field by field rather than handed to JSON.stringify whole: an array or a plain
 * object that JSON.stringify would not ask about itself (toJSON, a boxed value), and not frozen (a
 * frozen part of a state is the same object in every seat's message, so its text is reused whole).
 */
function isWrapper(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function' && !types.isBoxedPrimitive(value);
}

/** What JSON.stringify writes for `value` found under `key` (undefined: nothing), a toJSON asked with that key. */
function textOf(value: unknown, key: string): string | undefined {
  const asked = (typeof value === 'object' && value !== null) || typeof value === 'function' || typeof value === 'bigint';
  if (asked && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const holder = JSON.stringify({ [key]: value });
    return holder === '{}' ? undefined : holder.slice(fieldHead(key).length + 1, -1);
  }
  return JSON.stringify(value);
}

/** An array's keys as JSON.stringify names them to toJSON: "0", "1", … */
function indexes(length: number): string[] {
  const keys = new Array<string>(length);
  for (let i = 0; i < length; i++) keys[i] = String(i);
  return keys;
}

/** `value`'s text, reusing `like`'s (the first value's part at the same place) wherever it holds the same. */
function encode(value: unknown, key: string, like: Encoded | undefined): Encoded {
  if (like !== undefined && like.value === value) return like;
  if (!isWrapper(value)) return { value, text: textOf(value, key) };
  const array = Array.isArray(value);
  const keys = array ? indexes(value.length) : Object.keys(value);
  const fields: Encoded[] = [];
  let text = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const at = like?.keys?.[i] === k ? i : (like?.keys?.indexOf(k) ?? -1);
    const field = encode((value as Record<string, unknown>)[k], k, at >= 0 ? like!.fields![at] : undefined);
    fields.push(field);
    if (array) text += (i > 0 ? ',' : '') + (field.text ?? 'null');
    else if (field.text !== undefined) text += (text === '' ? '' : ',') + fieldHead(k) + field.text;
  }
  return { value, text: array ? `[${text}]` : `{${text}}`, keys, fields };
}

/** values.map(JSON.stringify), the texts of the parts the values share with the first written once. */
export function stringifyAlike(values: readonly unknown[]): (string | undefined)[] {
  // One message shares nothing: JSON.stringify writes it whole, natively.
  if (values.length <= 1) return values.map((value) => JSON.stringify(value));
  const first = encode(values[0], '', undefined);
  return values.map((value, i) => (i === 0 ? first.text : encode(value, '', first).text));
}
