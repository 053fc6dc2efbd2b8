import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, REFUSAL_STATUS } from '../../shared/api/errors';
import { REFUSAL_WORDS, refusalText } from '../../client/common/refusalWords';

describe('the pages word every refusal code of the HTTP edge', () => {
  it('has a row for each code the server can send, and none it cannot', () => {
    expect(Object.keys(REFUSAL_WORDS).sort()).toEqual([...REFUSAL_CODES].sort());
  });

  it("words every server fault and every refusal of the request itself for a player, never with the API's jargon", () => {
    const worded = REFUSAL_CODES.filter((code) => REFUSAL_WORDS[code] !== null);
    for (const code of ['INTERNAL', 'BAD_JSON', 'BAD_TEXT', 'BODY_TOO_LARGE', 'BAD_SEAT', 'BAD_CREDENTIALS', 'CREDENTIALS_IN_URL'] as const)
      expect(worded).toContain(code);
    for (const code of worded) expect(REFUSAL_WORDS[code]).not.toMatch(/playerID|credentials|JSON|X-|\bbody\b/);
    // Every code the rows leave to the server is a refusal about something the person asked for (4xx).
    for (const code of REFUSAL_CODES.filter((c) => REFUSAL_WORDS[c] === null)) expect(REFUSAL_STATUS[code]).toBeLessThan(500);
  });

  it.each([
    ['a code with its own words', { error: 'playerID must be a seat from "0" to "4".', code: 'BAD_SEAT' }, REFUSAL_WORDS.BAD_SEAT],
    [
      'a code whose server sentence is for the person',
      { error: 'Someone called “Ana” has already joined this class.', code: 'NAME_TAKEN' },
      'Someone called “Ana” has already joined this class.',
    ],
    ['a body with no code (an older server)', { error: 'Invalid credentials.' }, 'Invalid credentials.'],
    ['no body at all', null, 'Request failed (502).'],
  ] as const)('shows %s as a person reads it', (_what, body, shown) => {
    expect(refusalText(body, 'Request failed (502).')).toBe(shown);
  });
});
