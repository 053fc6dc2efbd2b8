import type { Logger } from './logger';

/** What boardgame.io 0.50 writes before every line of its own logger (its `error()`: console.error('ERROR:', text)). */
const ENGINE_ERROR = 'ERROR:';

/**
 * boardgame.io prints, with console.error and whatever the log level, every action it turns down: a move
 * the rules refuse ("invalid move: …"), a move out of its phase ("canPlayerMakeMove=false"), a stale
 * state id. On this server those are ordinary: a bot's move overtaken by a timer's, a student's second
 * click, a forged message. Each already gets its answer on the socket ('refused', gatedSocketIO.ts,
 * logged at debug there), so an operator reading `ERROR:` lines outside the JSON log would look for a
 * fault that is not there. They go to the structured log at debug, with the engine's text; every other
 * console.error line is printed as before. Installed once, by the process entry point (server/start.ts).
 */
export function routeEngineLog(log: Logger, console_: Pick<Console, 'error'> = console): () => void {
  const print = console_.error.bind(console_);
  console_.error = (...args: unknown[]) => {
    if (args.length === 2 && args[0] === ENGINE_ERROR && typeof args[1] === 'string') log.debug({ engine: args[1] }, 'engine turned an action down');
    else print(...args);
  };
  return () => {
    console_.error = print;
  };
}
