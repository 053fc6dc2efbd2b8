/**
 * Imported first by server/start.ts, before boardgame.io loads: boardgame.io reads NODE_ENV once, at
 * load, and outside production checks every move's result with isSerializable and prints INFO lines
 * (the engine is ~1.18× faster without them). The server always runs as it ships, in the tests too;
 * the ruleset's own tests (vitest, NODE_ENV=test) still run the engine with its development checks.
 */
process.env.NODE_ENV = 'production';
