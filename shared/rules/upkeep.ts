import type { Effect } from '../effects';
import { inForce } from '../queries';
import type { PeninsulaState } from '../state';
import { enact } from './record';

/** Pressure = sanctions × China enforcement / 10 (GAME.md); the economy absorbs this much of it each round. */
export const ECONOMY_RESILIENCE = 1;
export const ARMS_RACE_THRESHOLD = 12;
export const HIGH_RAPPORT = 8;
export const DESPERATE_ECONOMY = 1;
/** Without a freeze, Yongbyon adds to capability every this many rounds. */
export const CAPABILITY_GROWTH_EVERY = 3;

export function sanctionsPressure(G: PeninsulaState): number {
  return Math.floor((G.tracks.sanctions * G.tracks.enforcement) / 10);
}

export function armsRaceActive(G: PeninsulaState): boolean {
  return G.tracks.rokDefence + G.tracks.jpnDefence >= ARMS_RACE_THRESHOLD;
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

/** Runs at the end of every round, in this order. */
export const UPKEEP: readonly UpkeepRule[] = [
  {
    name: 'Sanctions pressure',
    apply: (G) => {
      const squeeze = sanctionsPressure(G) - ECONOMY_RESILIENCE;
      return squeeze > 0 ? { effects: [{ track: 'economy', by: -squeeze }], headline: `Sanctions bite: the North's economy shrinks (pressure ${sanctionsPressure(G)})` } : null;
    },
  },
  {
    name: 'Rapport decay',
    apply: (G) => (G.flags.usDprkContact ? null : { effects: [{ track: 'rapport', by: -1 }], headline: 'No word between the leaders: rapport fades' }),
  },
  {
    name: 'Rapport breeds legitimacy',
    apply: (G) => (G.tracks.rapport >= HIGH_RAPPORT ? { effects: [{ track: 'legitimacy', by: +1 }], headline: 'Warm words from Washington lend Pyongyang legitimacy' } : null),
  },
  {
    name: 'Yongbyon runs',
    apply: (G) =>
      G.round % CAPABILITY_GROWTH_EVERY === 0 && !inForce(G, 'freezeYongbyon') && !inForce(G, 'dismantleYongbyon')
        ? { effects: [{ track: 'capability', by: +1 }], headline: 'Yongbyon keeps producing fissile material' }
        : null,
  },
  {
    name: 'Arms race',
    apply: (G) => (armsRaceActive(G) ? { effects: [{ track: 'tension', by: +1 }], headline: 'Seoul and Tokyo arm: the arms race feeds tension' } : null),
  },
  {
    // Balance pass 7: a North Korea that can only ask others for relief had no way back from a ruined economy.
    name: 'Humanitarian exemptions',
    apply: (G) =>
      economyDesperate(G) && G.tracks.sanctions > 0
        ? { effects: [{ track: 'sanctions', by: -1 }], headline: 'Hunger in the North: Beijing and Moscow win humanitarian exemptions at the UN, and sanctions ease' }
        : null,
  },
  {
    name: 'A cornered regime',
    apply: (G) => (economyDesperate(G) ? { effects: [{ track: 'tension', by: +1 }], headline: 'A cornered, hungry regime grows dangerous' } : null),
  },
];

export function runUpkeep(G: PeninsulaState): void {
  for (const rule of UPKEEP) {
    const result = rule.apply(G);
    if (result) enact(G, result.effects, { kind: 'upkeep', text: result.headline });
  }
}
