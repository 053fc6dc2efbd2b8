import { Client } from 'boardgame.io/client';
import type { Game, State } from 'boardgame.io';
import { chooseBotMove } from '../../shared/bots';
import { Peninsula, playerOfRole, ROLES, type PeninsulaState, type Personality, type Role, type SetupInput } from '../../shared/index';
import type { MoveName } from '../../shared/moves';

export interface HotSeatOptions {
  humans: Role[];
  setup: SetupInput;
  personality: Personality;
}

/** A bot that is refused would ask again forever; this many bot moves in a row is more than any phase needs. */
const MAX_BOT_MOVES_PER_PUMP = 400;

/**
 * A hot-seat match: boardgame.io's Client running the ruleset locally (no server, no transport),
 * people at this screen in `humans`, the ruleset's bots in every other seat.
 * The client holds the full state; the screen only ever renders one seat's playerView of it.
 */
export class HotSeatEngine {
  readonly client;
  readonly humans: Role[];
  readonly botIDs: string[];
  private readonly personality: Personality;

  /** `saved`: a state this match had before the page was reloaded (client/hotseat/saved.ts). */
  constructor(options: HotSeatOptions, saved?: State<PeninsulaState>) {
    this.humans = ROLES.filter((r) => options.humans.includes(r));
    this.botIDs = ROLES.filter((r) => !this.humans.includes(r)).map(playerOfRole);
    this.personality = options.personality;
    // The local Client takes no setupData, so the match options are bound into setup here.
    const game: Game<PeninsulaState> = { ...Peninsula, setup: (context) => Peninsula.setup!(context, options.setup) } as Game<PeninsulaState>;
    this.client = Client<PeninsulaState>({ game, numPlayers: ROLES.length, debug: false });
    this.client.start();
    // boardgame.io's reducer takes a RESET's state as it is: the match goes on from where it was.
    if (saved) this.client.store.dispatch({ type: 'RESET', state: saved, clientOnly: true });
    this.pumpBots();
  }

  /** The unfiltered state. Only the engine and the bots read it; the screen filters it per seat. */
  state(): State<PeninsulaState> {
    return this.client.store.getState() as State<PeninsulaState>;
  }

  subscribe = (listener: () => void): (() => void) => this.client.store.subscribe(listener);

  getState = (): State<PeninsulaState> => this.state();

  move(playerID: string, move: MoveName, args: unknown[]): void {
    this.client.store.dispatch({ type: 'MAKE_MOVE', payload: { type: move, args, playerID } });
    this.pumpBots();
  }

  /** Lets every bot seat act until none has anything more to do (bots wait for people at the table). */
  pumpBots(): void {
    const refused = new Set<string>();
    for (let i = 0; i < MAX_BOT_MOVES_PER_PUMP; i++) {
      const { G, ctx, _stateID } = this.state();
      let next: { playerID: string; move: string; args: unknown[] } | null = null;
      for (const playerID of this.botIDs) {
        if (refused.has(`${_stateID}:${playerID}`)) continue;
        const choice = chooseBotMove({ G, ctx, playerID, personality: this.personality, botSeats: this.botIDs });
        if (choice) {
          next = { playerID, ...choice };
          break;
        }
      }
      if (!next) return;
      this.client.store.dispatch({ type: 'MAKE_MOVE', payload: { type: next.move, args: next.args, playerID: next.playerID } });
      if (this.state()._stateID === _stateID) refused.add(`${_stateID}:${next.playerID}`);
    }
  }

  stop(): void {
    this.client.stop();
  }
}
