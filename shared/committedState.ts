import type { FnContext, Plugin } from 'boardgame.io';
import type { PeninsulaState } from './state';

/*
 * boardgame.io runs every move and hook inside immer's produce: G is a draft, and reading a draft is not
 * free. immer copies each object on the path to a value read (with its property descriptors) and wraps
 * the value in a proxy, so a move's check, which reads agreements, commitments and proposals before
 * writing anything, copied half the board per move, and resolving a round on the draft cost more than
 * a bot's thousand what-if rounds. This plugin hands every move and hook the committed state as well:
 * the G that immer drafts, plain and unchanged. Reading it before any write reads what the draft reads.
 */

/** The context key under which a move or hook finds the committed state. */
const COMMITTED = 'committedG';

/**
 * Game plugin: wraps every move and hook outside immer (boardgame.io applies game plugins' fnWrap after
 * its own immer plugin), so the context the move receives carries the G immer is about to draft.
 */
export const committedStatePlugin: Plugin<undefined, undefined, PeninsulaState> = {
  name: 'peninsula-committed-state',
  fnWrap:
    (moveOrHook) =>
    (context, ...args: unknown[]) =>
      moveOrHook({ ...context, [COMMITTED]: context.G }, ...args),
};

/**
 * The committed state of a move's or hook's context: what `G` reads until the move writes. Outside the
 * plugin (a move called directly, as some tests do) it is `G` itself.
 */
export function committedState(context: Pick<FnContext<PeninsulaState>, 'G'>): PeninsulaState {
  return (context as { [COMMITTED]?: PeninsulaState })[COMMITTED] ?? context.G;
}
