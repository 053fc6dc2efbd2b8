/** The Peninsula ruleset: pure, deterministic, no I/O. Imported by the server, the client and the bots. */
export { Peninsula } from './game';
export { ROLES, ROLE_NAMES, RESOLUTION_ORDER, roleOfPlayer, playerOfRole, isRole, roleNamePossessive, roleNameInText, type Role } from './roles';
export { TRACKS, TRACK_INFO, TRACK_MIN, TRACK_MAX, STEP_BACK_TO, FLAGS, FLAG_INFO, type TrackId, type Tracks, type FlagId, type Flags } from './tracks';
export { applyEffects, previewEffects, describeEffects, type Effect, type Condition, type Change } from './effects';
export { ACTIONS, ACTION_IDS, ACTIONS_PER_ROUND, actionsOf, type ActionId, type ActionDef } from './data/actions';
export {
  CONCESSIONS,
  CONCESSION_IDS,
  concessionsOf,
  EXPOSED_BREACH_EFFECTS,
  FOR_THE_REST_OF_THE_GAME,
  type ConcessionId,
  type ConcessionDef,
} from './data/concessions';
export { VENUES, VENUE_IDS, type VenueId, type VenueDef } from './data/venues';
export { EVENTS, EVENT_IDS, type EventId, type EventDef } from './data/events';
export { AGENDAS, AGENDA_IDS, AGENDA_POINTS, agendasOf, type AgendaId } from './data/agendas';
export { OBJECTIVES, type ObjectiveTerm } from './data/objectives';
export { OUTCOMES, OUTCOME_IDS, type OutcomeId } from './data/outcomes';
export { SCENARIOS, SCENARIO_IDS, MIN_ROUNDS, MAX_ROUNDS, type ScenarioId, type ScenarioDef } from './data/scenarios';
export {
  validateSetupData,
  normaliseOptions,
  isPersonality,
  PERSONALITIES,
  DEFAULT_PERSONALITY,
  DEFAULT_SCENARIO,
  DEFAULT_TIMERS,
  NUM_PLAYERS,
  type MatchOptions,
  type Personality,
  type PhaseTimers,
  type SetupInput,
} from './options';
export { RECENT_ROUNDS_SENT, boardAsLastRoundBegan, playerView, seatViewOf, wireView } from './playerView';
export { enumerateMoves, type MoveChoice } from './enumerate';
export { finalResult, outcomeOf, warBlame, type GameResult, type RoleScore } from './scoring';
export { checkPropose, checkRespond, checkCounter, checkWalkOut, checkDone, isBadDealFor } from './rules/summits';
export { lapsedBySigning } from './rules/agreements';
export {
  checkOrders,
  checkMemo,
  MEMO_MAX_LENGTH,
  actionUnavailable,
  availableActions,
  compliantActions,
  bindingCommitments,
  holdingOrders,
} from './rules/orders';
export { checkCrisisChoice } from './rules/crisis';
export { FILLERS, fillMark, isFillMark, filledFor, type Filler, type FillMark, type FilledMove } from './fills';
export { PHASES, asPhase, isPhase, type Phase } from './phases';
export type { Rejection, RejectionCode } from './rejection';
export type * from './state';
