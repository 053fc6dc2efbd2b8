import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyAlike } from '../../server/socket/seatJson';

/** JSON-ish values with what JSON.stringify treats specially: undefined fields, -0, NaN, toJSON, Dates, boxed values, holes. */
const valueArb = fc.anything({
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 4,
});

/** Freezes the objects of a value, depth first, each as the next flag says. */
function freezeSome(value: unknown, flags: boolean[], seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return;
  seen.add(value);
  for (const child of Object.values(value)) freezeSome(child, flags, seen);
  if (flags.shift() ?? false) Object.freeze(value);
}

/**
 * Messages as a broadcast builds them: each a new wrapper (a filtered state around a seat's G) holding
 * parts shared by all (the board), parts of its own (a private slice), and fields that hold different
 * values under the same names, in the same or another order.
 */
const messagesArb = fc
  .tuple(
    fc.dictionary(fc.string({ maxLength: 4 }), valueArb, { maxKeys: 6 }),
    fc.array(fc.tuple(valueArb, fc.boolean(), fc.array(fc.boolean(), { maxLength: 20 })), { minLength: 1, maxLength: 6 }),
  )
  .map(([shared, seats]) =>
    seats.map(([own, reversed, flags]) => {
      const fields = Object.entries(shared);
      const G = Object.fromEntries(reversed ? fields.reverse() : fields);
      const message = ['update', 'match', { ctx: shared, G: { ...G, private: own, secret: null }, _undo: [] }, [own, shared]];
      freezeSome(message, flags);
      return message;
    }),
  );

describe('stringifyAlike', () => {
  it('writes what JSON.stringify writes for each of several values sharing parts', () => {
    fc.assert(
      fc.property(messagesArb, (messages) => {
        expect(stringifyAlike(messages)).toEqual(messages.map((m) => JSON.stringify(m)));
      }),
      { numRuns: 400 },
    );
  });

  it('writes what JSON.stringify writes for unrelated values', () => {
    fc.assert(
      fc.property(fc.array(valueArb, { maxLength: 5 }), (values) => {
        expect(stringifyAlike(values)).toEqual(values.map((v) => JSON.stringify(v)));
      }),
      { numRuns: 400 },
    );
  });

  it('writes each value’s own field where the same name holds another object of equal shape', () => {
    const a = { G: { round: 1, private: { US: { agenda: 'a' } } } };
    const b = { G: { round: 1, private: { US: { agenda: 'b' } } } };
    expect(stringifyAlike([a, b, a])).toEqual([JSON.stringify(a), JSON.stringify(b), JSON.stringify(a)]);
  });

  it('asks toJSON with the key it is found under, leaves out undefined and functions, and throws on a BigInt', () => {
    const keys: string[] = [];
    const marked = { toJSON: (key: string) => (keys.push(key), `at ${key}`) };
    const value = { a: marked, list: [marked, undefined, () => 1], gone: undefined, f: () => 1, neg: -0, nan: NaN, date: new Date(0) };
    const expected = JSON.stringify(value);
    keys.length = 0;
    expect(stringifyAlike([value, { ...value }])).toEqual([expected, expected]);
    // Asked once for both values: the second holds the very same object under the same names.
    expect(keys).toEqual(['a', '0']);
    expect(stringifyAlike([undefined, () => 1])).toEqual([undefined, undefined]);
    expect(() => stringifyAlike([{ n: 1n }])).toThrow(TypeError);
  });
});
