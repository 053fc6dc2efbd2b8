import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainText } from '../../shared/plainText';
import { validateMessage } from '../../shared/press';
import { checkMemo } from '../../shared/rules/orders';
import { checkMessage, checkName } from '../../server/classroom/checks';
import { lobbyChecks } from '../../server/http/lobbyChecks';

const LINE_BREAKS = ['\t', '\n', '\r'];
const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));
const C1_AND_DEL = Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i));
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const NEVER_PLAIN = [...C0.filter((c) => !LINE_BREAKS.includes(c)), ...C1_AND_DEL, ...BIDI];

/** Words people really type: accents, Hangul, kana, emoji, punctuation. */
const typed = fc.constantFrom('Kim Jong-un', 'Élodie', '김정은', '岸田 文雄', 'Abe 🇯🇵', "O'Brien-Smith", 'Trump & Xi: 2018!');

describe('plain text, one definition', () => {
  it('refuses every control, DEL, C1 and direction-override character in a line and in prose', () => {
    fc.assert(
      fc.property(typed, fc.constantFrom(...NEVER_PLAIN), fc.nat(), (text, bad, at) => {
        const i = at % (text.length + 1);
        const spoiled = text.slice(0, i) + bad + text.slice(i);
        expect(isPlainText(spoiled, 'line')).toBe(false);
        expect(isPlainText(spoiled, 'prose')).toBe(false);
      }),
    );
  });

  it('lets prose break lines but never a line', () => {
    for (const brk of LINE_BREAKS) {
      expect(isPlainText(`one${brk}two`, 'prose')).toBe(true);
      expect(isPlainText(`one${brk}two`, 'line')).toBe(false);
    }
  });

  it('accepts what people type, in any script', () => {
    fc.assert(fc.property(typed, (text) => isPlainText(text, 'line') && isPlainText(text, 'prose')));
  });

  it('is what every place that stores a person’s words applies', () => {
    fc.assert(
      fc.property(typed, fc.constantFrom(...NEVER_PLAIN), (text, bad) => {
        const spoiled = `${text}${bad}x`;
        // A name's spacing is tidied first (a vertical tab becomes a space), so only the rest is refused.
        if (/\s/.test(bad)) expect(checkName(spoiled)).toBe(`${text} x`);
        else expect(checkName(spoiled)).toMatchObject({ refused: 'BAD_INPUT' });
        expect(lobbyChecks.join({ playerName: spoiled, playerID: '0' })?.refused).toBe('BAD_INPUT');
        expect(checkMessage(spoiled)).toMatchObject({ refused: 'BAD_INPUT' });
        expect(checkMemo(spoiled)?.code).toBe('BAD_MEMO');
        expect(validateMessage('US', 'all', spoiled)).toMatchObject({ ok: false, code: 'CONTROL_CHARACTERS' });
        // Positive control: the same words without the bad character pass everywhere.
        const clean = `${text}x`;
        expect(checkName(clean)).toBe(clean);
        expect(lobbyChecks.join({ playerName: clean, playerID: '0' })).toBeNull();
        expect(checkMessage(clean)).toBe(clean);
        expect(checkMemo(clean)).toBeNull();
        expect(validateMessage('US', 'all', clean)).toMatchObject({ ok: true });
      }),
    );
  });
});
