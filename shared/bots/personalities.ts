import type { Personality } from '../options';
import type { Role } from '../roles';

/** How a bot weighs things. One row per personality; the strategy code reads only these numbers. */
export interface BotTraits {
  readonly label: string;
  readonly explain: string;
  /** Tension from which the bot starts to fear war; the fear grows with the square of the distance. */
  readonly dangerFrom: number;
  /** Multiplies that fear: how much the bot minds the risk of war. */
  readonly warAversion: number;
  /** Points per level of tension the bot believes it gains in leverage (brinkmanship): only hawks believe it. */
  readonly brinkmanship: number;
  /** Points of value a summit package must bring this bot before it accepts. */
  readonly acceptThreshold: number;
  /** Points of value a package must bring this bot before it proposes it. */
  readonly proposeThreshold: number;
  /** Proposals it makes per round at most. */
  readonly maxProposals: number;
  /** Points a breach must gain beyond its exposure cost before the bot breaks its word. */
  readonly breachReluctance: number;
  /** Value the bot sees in any agreement for its own sake (a deal-maker likes deals). */
  readonly agreementLove: number;
  /**
   * On the brink, the tension the bot trusts the others to take off this round ("they will blink").
   * A bot that trusts it leaves the stepping back to others; when nobody steps back, it is war.
   */
  readonly brinkOptimism: number;
  /**
   * How much the bot minds the best score another role shows (public objectives and outcome):
   * only the highest score wins, so a point that helps a rival more than itself is no gain.
   */
  readonly rivalry: number;
  /**
   * How the bot foresees the others' orders when it chooses its own. 0: they will do about what
   * they did last round. N > 0: it weighs each choice of its own against N possible rounds, the
   * others' orders drawn from what each of them can order, so it sees how a round can go wrong.
   */
  readonly foresightSamples: number;
  /** Value the bot loses when a round ends on the brink: one round from war, it is nearly out of choices. */
  readonly brinkDread: number;
  /**
   * Proposes what it wants and lets the other side say no (Hanoi 2019), instead of only packages
   * it expects the other side to accept.
   */
  readonly asksBoldly: boolean;
  /**
   * Values a secret agenda met halfway at half its points (see AGENDA_PROGRESS in evaluate.ts), so the
   * first of two summits is worth seeking, not only the second.
   */
  readonly seeksAgendaHalfway: boolean;
  /**
   * Also invites a partner that hosts a venue, and is no mediator, to its own (the White House, not
   * Pyongyang): where a summit is held is part of what it gives or gets, and a bot that only ever
   * went to the other side's capital gave that away unasked. A mediator is met where it mediates.
   */
  readonly invitesHome: boolean;
}

export const PERSONALITY_TRAITS: Readonly<Record<Personality, BotTraits>> = {
  hawk: {
    label: 'Hawk',
    explain: 'Pressure first, up to the brink, betting the others blink; talks only on its terms; keeps its word when it suits it.',
    // dangerFrom above the track: a hawk fears war itself, not the road to it.
    // brinkmanship 3.5 (it was 2.5, balance pass 7): with deal-makers now dreading the brink, hawks push harder.
    dangerFrom: 13,
    warAversion: 0.6,
    brinkmanship: 3.5,
    acceptThreshold: 2,
    proposeThreshold: 2,
    maxProposals: 1,
    breachReluctance: 1,
    agreementLove: 0,
    brinkOptimism: 6,
    rivalry: 0,
    foresightSamples: 0,
    brinkDread: 0,
    asksBoldly: false,
    seeksAgendaHalfway: false,
    invitesHome: false,
  },
  dove: {
    label: 'Dove',
    explain: 'Lowers tension at almost any price and keeps its promises.',
    dangerFrom: 7,
    warAversion: 2,
    brinkmanship: 0,
    acceptThreshold: -1,
    proposeThreshold: 0,
    maxProposals: 2,
    breachReluctance: 6,
    agreementLove: 1,
    brinkOptimism: 0,
    rivalry: 0,
    foresightSamples: 0,
    brinkDread: 0,
    asksBoldly: false,
    seeksAgendaHalfway: false,
    invitesHome: false,
  },
  dealmaker: {
    label: 'Deal-maker',
    explain:
      'Loves a summit and an announcement; fair in a deal, and keeps an eye on who gains most from it. Thinks through how a round could go before it orders, and dreads the brink. As North Korea it sells dear and asks boldly.',
    dangerFrom: 8,
    warAversion: 1.2,
    brinkmanship: 0,
    acceptThreshold: 0,
    proposeThreshold: 0.5,
    maxProposals: 3,
    breachReluctance: 3,
    agreementLove: 2,
    brinkOptimism: 0,
    rivalry: 0.6,
    // Balance pass 7: eight imagined rounds and the dread of the brink took the US seat's wars from 15 % to 5 %.
    foresightSamples: 8,
    brinkDread: 30,
    asksBoldly: false,
    seeksAgendaHalfway: false,
    invitesHome: false,
  },
  opportunist: {
    label: 'Opportunist',
    explain: 'Takes what it is given, breaks its word when nobody can see, and on the brink leaves the stepping back to others.',
    dangerFrom: 10,
    warAversion: 0.8,
    brinkmanship: 0,
    acceptThreshold: 1,
    proposeThreshold: 1,
    maxProposals: 2,
    breachReluctance: 0.5,
    agreementLove: 0,
    brinkOptimism: 6,
    rivalry: 0,
    foresightSamples: 0,
    brinkDread: 0,
    asksBoldly: false,
    seeksAgendaHalfway: false,
    invitesHome: false,
  },
};

/** Where one role's bot of a personality departs from the common row, and why. */
export interface RoleAdjustment {
  readonly traits: Partial<BotTraits>;
  readonly why: string;
}

/**
 * Role-specific rows on top of PERSONALITY_TRAITS. Kept few and explained: each is measured in
 * docs/BALANCE.md (the strength table and the mixed tables, on the same seeds, before and after).
 */
export const ROLE_ADJUSTMENTS: Readonly<Partial<Record<Personality, Readonly<Partial<Record<Role, RoleAdjustment>>>>>> = {
  dealmaker: {
    US: {
      traits: { dangerFrom: 6, seeksAgendaHalfway: true, rivalry: 1, invitesHome: true },
      why:
        'Balance passes 8b and 9, against four RandomBots (tuning seeds). Washington has only two calming orders (-1 each) ' +
        'and at tension 8 still bought credibility with joint drills: it fears war from 6. Its "two summits" agenda needs two ' +
        'agreements with North Korea and is worth nothing until the second: it values the first at half. And it shares most of ' +
        'its objectives with Tokyo (low capability, US credibility, the alliance), so a point that helps Japan as much as the US ' +
        "gains it nothing: it minds its rivals more than other deal-makers do (rivalry 1). The seat's wins went from 43% to 66%. " +
        'Balance pass 13: it proposed to Pyongyang only in Pyongyang (a visit that lends Kim legitimacy, one of his objectives) ' +
        'and never at the White House (US credibility, one of its own): it now weighs both tables (invitesHome). China is ' +
        'still met in Beijing: drawing it to Washington too took its summits away (China won 13.5% of mixed validation games).',
    },
    DPRK: {
      traits: { agreementLove: 0, acceptThreshold: 2, asksBoldly: true, maxProposals: 2 },
      why:
        'No North Korean objective counts agreements, so a Pyongyang that loves a deal for its own sake signs what any visitor ' +
        'asks, and every agreement scores for the other side (a US "win to announce", China\'s prestige). It sells dear instead: ' +
        'nothing for the announcement, and 2 points of clear gain, which from Washington means sanctions relief and a second ' +
        'concession for a freeze, a moratorium or inspections. And it asks as Hanoi did (balance pass 7): for what it wants, ' +
        'letting the other side say no, two proposals a round.',
    },
  },
};

/** The traits a bot of `personality` plays `role` with: the personality's row and the role's adjustment, if any. */
export function traitsFor(personality: Personality, role: Role): BotTraits {
  const adjustment = ROLE_ADJUSTMENTS[personality]?.[role];
  return adjustment ? { ...PERSONALITY_TRAITS[personality], ...adjustment.traits } : PERSONALITY_TRAITS[personality];
}
