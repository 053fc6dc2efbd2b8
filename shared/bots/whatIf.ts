import { ACTION_IDS, type ActionId } from '../data/actions';
import { signingCopy } from '../rules/agreements';
import { privateCopy, resolutionCopy } from '../rules/resolution';
import type { PeninsulaState } from '../state';

/*
 * The copies a bot's what-ifs run the rules on. Each copies the parts of the board its rules write
 * and shares the rest with the board it was taken from; test/sim/whatIf.test.ts runs each what-if on a
 * copy of a frozen board, so a rule that starts writing elsewhere fails there, not silently here.
 */

/**
 * A copy the rules may mutate for a what-if, without touching `G`: every part the rules write to
 * is copied one level deep, the rest is shared. Headlines are dropped (no bot reads them, and they
 * are the part that grows). Many times cheaper than structuredClone, which bots call hundreds of times a decision.
 */
export function whatIfCopy(G: PeninsulaState): PeninsulaState {
  return {
    ...G,
    tracks: { ...G.tracks },
    roundStart: { ...G.roundStart },
    flags: { ...G.flags },
    crisis: { ...G.crisis },
    proposals: G.proposals.map((p) => ({ ...p, answers: { ...p.answers } })),
    agreements: [...G.agreements],
    commitments: G.commitments.map((c) => ({ ...c })),
    breaches: [...G.breaches],
    done: { ...G.done },
    submitted: { ...G.submitted },
    lastUsed: { ...G.lastUsed },
    timesUsed: { ...G.timesUsed },
    history: [...G.history],
    headlines: [],
    private: privateCopy(G),
    secret: G.secret ? { ...G.secret, deck: [...G.secret.deck] } : null,
  };
}

/**
 * The copy a signing what-if needs (`formAgreement` on it), cheaper than `whatIfCopy`: the rules' own
 * copy of what signing writes (rules/agreements.ts), everything else shared with `G`; the headlines
 * start empty, as no bot values them.
 */
export function signedWhatIfCopy(G: PeninsulaState): PeninsulaState {
  return signingCopy(G, { headlines: [] });
}

/**
 * The copy an orders what-if needs (the bot's orders and the imagined others' put into the private
 * slices, then `resolveRound`), cheaper than `whatIfCopy`: the rules' own copy of what resolving writes
 * (rules/resolution.ts), the agreements and the rest shared with `G`. The proposals and headlines start
 * empty: resolving reads the proposals only for the round record's refusals, and no bot values either.
 */
export function orderWhatIfCopy(G: PeninsulaState): PeninsulaState {
  return resolutionCopy(G, { proposals: [], headlines: [] });
}

/** `used` with every action as a key, in one order (undefined where never ordered): it reads the same, in one shape. */
function everyAction<T>(used: Partial<Record<ActionId, T>>): Partial<Record<ActionId, T>> {
  const out: Partial<Record<ActionId, T>> = {};
  for (const id of ACTION_IDS) out[id] = used[id];
  return out;
}

/**
 * The copy a bot thinks on, made once a decision: a what-if copy of its view. The engine's states are
 * frozen (immer), and V8 copies a frozen object about five times slower than a plain one; a decision
 * copies the board hundreds of times. The actions used are keyed by whichever actions were ordered, in
 * that order, so every resolved what-if gave them new shapes: here every action is a key from the start.
 * Every read gives what it gave on the view: the same decisions.
 */
export function thinkingCopy(view: PeninsulaState): PeninsulaState {
  return { ...whatIfCopy(view), lastUsed: everyAction(view.lastUsed), timesUsed: everyAction(view.timesUsed) };
}
