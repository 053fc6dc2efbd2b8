import { conditionHolds, type Effect } from '../effects';
import { RUSSIA_UPKEEP, type StandingRule } from '../data/russia';
import { inForce, inspectionsInForce } from '../queries';
import { SCENARIOS, type ScenarioId } from '../data/scenarios';
import type { PeninsulaState } from '../state';
import { ARMED_REGION, ARMS_RACE_BUILD_UP, STEP_BACK_TO, TRACK_INFO, TRACK_MAX, TRACKS, type TrackId, type Tracks } from '../tracks';

export { ARMED_REGION, ARMS_RACE_BUILD_UP };
import { enact } from './record';

/** Pressure = sanctions × China enforcement / 10 (GAME.md); the economy absorbs this much of it each round. */
export const ECONOMY_RESILIENCE = 0;
export const HIGH_RAPPORT = 8;
export const DESPERATE_ECONOMY = 1;
/** Without a freeze, Yongbyon adds to capability every this many rounds. */
export const CAPABILITY_GROWTH_EVERY = 4;
/** Alliances need tending (issue 15: both trust tracks ended at 10 in nine games of ten): from here they fade by 1 a round. */
export const ALLIANCE_FATIGUE_FROM = 7;

/**
 * How far a track may move in one round, from where it stood when the crisis card was drawn
 * (issue 15: tension fell from 7 to 0 in two rounds, the economy went from 4 to 10 in one).
 * Armies, markets and suspicion move slower than words: the rest of the swing is lost.
 */
export const SWING_LIMITS: Readonly<Partial<Record<TrackId, { readonly up: number; readonly down: number }>>> = {
  // Distrust outlasts any one good round; a crisis can flare faster than it calms.
  tension: { up: 3, down: 2 },
  economy: { up: 3, down: 3 },
};
/** The other tracks move as far as the orders take them: a broken promise costs all it costs. */
const UNBOUNDED = { up: 10, down: 10 } as const;

/** A test is news whatever else happens: the round ends with tension at least this much above its start. */
export const TEST_TENSION_FLOOR: Readonly<Record<'nuclearTest' | 'missileTest', number>> = { nuclearTest: 2, missileTest: 1 };

/**
 * The floor stops short of war (balance pass 9): whether the peninsula goes to war is the table's to decide, not one
 * test's. Off the brink that is one under the limit; on it (pass 21), where one under the limit is war too, the step back.
 */
export function testFloorCap(G: PeninsulaState): number {
  return G.flags.brink ? STEP_BACK_TO : TRACK_MAX - 1;
}

export function swingLimit(track: TrackId): { up: number; down: number } {
  return SWING_LIMITS[track] ?? UNBOUNDED;
}

/** The effects that bring every track back within its swing of the round's start. */
function swingCorrections(G: PeninsulaState): Effect[] {
  const out: Effect[] = [];
  for (const track of TRACKS) {
    const { up, down } = swingLimit(track);
    const start = G.roundStart[track];
    const value = G.tracks[track];
    if (value > start + up) out.push({ track, by: start + up - value });
    else if (value < start - down) out.push({ track, by: start - down - value });
  }
  return out;
}

function testedThisRound(G: PeninsulaState): 'nuclearTest' | 'missileTest' | null {
  if (G.lastUsed.nuclearTest === G.round) return 'nuclearTest';
  return G.lastUsed.missileTest === G.round ? 'missileTest' : null;
}

export function sanctionsPressure(G: PeninsulaState): number {
  return Math.floor((G.tracks.sanctions * G.tracks.enforcement) / 10);
}

/** ROK plus Japan defence: what the arms race is judged on. */
export function combinedDefence(tracks: Readonly<Tracks>): number {
  return tracks.rokDefence + tracks.jpnDefence;
}

/** The combined defence at which this game's arms race starts: ARMS_RACE_BUILD_UP above the scenario's start. */
export function armsRaceThreshold(G: { readonly options: { readonly scenario: ScenarioId } }): number {
  return combinedDefence(SCENARIOS[G.options.scenario].tracks) + ARMS_RACE_BUILD_UP;
}

/** Seoul and Tokyo armed enough that each round ends tenser, whatever the scenario began with: the security dilemma. */
export function armedRegion(G: PeninsulaState): boolean {
  return combinedDefence(G.tracks) >= ARMED_REGION;
}

/** The outcome: the table has built up defence by ARMS_RACE_BUILD_UP since the start. */
export function armsRaceActive(G: PeninsulaState): boolean {
  return combinedDefence(G.tracks) >= armsRaceThreshold(G);
}

/** A hungry North Korea: both the UN's humanitarian exemptions and the cornered regime's danger start here. */
function economyDesperate(G: PeninsulaState): boolean {
  return G.tracks.economy <= DESPERATE_ECONOMY;
}

interface UpkeepRule {
  readonly name: string;
  /** The effects this rule applies now, or none; the headline explains why. */
  readonly apply: (G: PeninsulaState) => { effects: Effect[]; headline: string } | null;
}

/** A standing rule of the data (Russia's, for one) as an upkeep rule: its effects when all its conditions hold. */
export function standingRule(rule: StandingRule): UpkeepRule {
  return {
    name: rule.name,
    apply: (G) => (rule.when.every((c) => conditionHolds(G, c)) ? { effects: [...rule.effects], headline: rule.headline ?? rule.name } : null),
  };
}

/** Runs at the end of every round, in this order. */
export const UPKEEP: readonly UpkeepRule[] = [
  {
    name: 'Sanctions pressure',
    apply: (G) => {
      const squeeze = sanctionsPressure(G) - ECONOMY_RESILIENCE;
      return squeeze > 0
        ? { effects: [{ track: 'economy', by: -squeeze }], headline: `Sanctions bite: the North's economy shrinks (pressure ${sanctionsPressure(G)})` }
        : null;
    },
  },
  ...RUSSIA_UPKEEP.map(standingRule),
  {
    name: 'Rapport decay',
    apply: (G) => (G.flags.usDprkContact ? null : { effects: [{ track: 'rapport', by: -1 }], headline: 'No word between the leaders: rapport fades' }),
  },
  {
    name: 'Rapport breeds legitimacy',
    apply: (G) =>
      G.tracks.rapport >= HIGH_RAPPORT
        ? { effects: [{ track: 'legitimacy', by: +1 }], headline: 'Warm words from Washington lend Pyongyang legitimacy' }
        : null,
  },
  {
    name: 'Yongbyon runs',
    apply: (G) =>
      G.round % CAPABILITY_GROWTH_EVERY === 0 && !inForce(G, 'freezeYongbyon') && !inForce(G, 'dismantleYongbyon') && !inspectionsInForce(G)
        ? { effects: [{ track: 'capability', by: +1 }], headline: 'Yongbyon keeps producing fissile material' }
        : null,
  },
  {
    name: 'Alliance fatigue',
    apply: (G) => {
      const tired = (['trustUsRok', 'trustUsJpn'] as const).filter((t) => G.tracks[t] >= ALLIANCE_FATIGUE_FROM);
      return tired.length === 0
        ? null
        : { effects: tired.map((track) => ({ track, by: -1 })), headline: 'Burden-sharing quarrels: allies ask what Washington has done for them lately' };
    },
  },
  {
    // Balance pass 11: the level, not the build-up. With the outcome's line moved to the build-up, the feed moved too took
    // war from 6% to 5% of the tuning games: armed neighbours are tense neighbours, whoever started the arming.
    name: 'An armed region',
    apply: (G) => (armedRegion(G) ? { effects: [{ track: 'tension', by: +1 }], headline: 'Seoul and Tokyo arm: armed neighbours make a tenser region' } : null),
  },
  {
    // Balance pass 7: a North Korea that can only ask others for relief had no way back from a ruined economy.
    name: 'Humanitarian exemptions',
    apply: (G) =>
      economyDesperate(G) && G.tracks.sanctions > 0
        ? {
            effects: [{ track: 'sanctions', by: -1 }],
            headline: 'Hunger in the North: Beijing and Moscow win humanitarian exemptions at the UN, and sanctions ease',
          }
        : null,
  },
  {
    name: 'A cornered regime',
    apply: (G) => (economyDesperate(G) ? { effects: [{ track: 'tension', by: +1 }], headline: 'A cornered, hungry regime grows dangerous' } : null),
  },
  {
    name: 'Bounded swings',
    apply: (G) => {
      const effects = swingCorrections(G);
      if (effects.length === 0) return null;
      const names = effects.map((e) => ('track' in e ? TRACK_INFO[e.track].label : '')).join(', ');
      return { effects, headline: `Events move slower than words: ${names} ${effects.length === 1 ? 'moves' : 'move'} less this round than the orders wanted` };
    },
  },
  {
    name: 'A test is news',
    apply: (G) => {
      const test = testedThisRound(G);
      const floor = test ? Math.min(G.roundStart.tension + TEST_TENSION_FLOOR[test], testFloorCap(G)) : -Infinity;
      return G.tracks.tension < floor
        ? { effects: [{ track: 'tension', by: floor - G.tracks.tension }], headline: 'The test dominates the news: no gesture this round can calm the region' }
        : null;
    },
  },
];

export function runUpkeep(G: PeninsulaState): void {
  for (const rule of UPKEEP) {
    const result = rule.apply(G);
    if (result) enact(G, result.effects, { kind: 'upkeep', text: result.headline });
  }
}
