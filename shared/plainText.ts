/**
 * What "plain text" means for words a person types and others read: display names, decision
 * memos, press messages and class messages. One definition, so a name the lobby accepts is one
 * the classroom accepts, and a memo the ruleset stores is one the debrief and its CSV can show.
 *
 * Refused: C0 and C1 control characters and DEL (they break terminals, CSV exports and the
 * database: Postgres cannot store NUL), and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which can make text read differently from what it is.
 * Prose keeps line feeds, tabs and carriage returns; whoever stores prose decides how to tidy them.
 *
 * The socket and HTTP gate (server/edge/plainJson.ts) has its own, looser check on purpose: it
 * only keeps out what cannot be stored or parsed, so that the rule behind it gives the person
 * the reason in its own words.
 */
export type TextKind = 'line' | 'prose';

const NOT_PLAIN: Record<TextKind, RegExp> = {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  line: /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u,
  // eslint-disable-next-line no-control-regex -- the same, less tab, line feed and carriage return
  prose: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u,
};

/** Whether `text` is plain: a `line` (a name) holds no control character at all; `prose` may break lines. */
export function isPlainText(text: string, kind: TextKind): boolean {
  return !NOT_PLAIN[kind].test(text);
}
