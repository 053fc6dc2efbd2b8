import { isPlainText } from '../../shared/plainText';
import { refuse, type Refusal } from '../../shared/api/errors';
import { MAX_NAME_LENGTH } from '../../shared/api/limits';
import { SCENARIOS } from '../../shared/data/scenarios';
import { NUM_PLAYERS, normaliseOptions, validateSetupData } from '../../shared/options';
import type { ClassSettings } from './classStore';
import { MAX_TABLES } from './seating';

export const MAX_STUDENTS = 200;
export const MAX_EXTEND_SECONDS = 1800;
export const MAX_MESSAGE_LENGTH = 280;

/** A student's display name, tidied (spacing), or why it cannot be one. */
export function checkName(value: unknown): string | Refusal {
  const name = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
  if (name.length === 0) return refuse('BAD_INPUT', `Type a display name (1 to ${MAX_NAME_LENGTH} characters). No email or password needed.`);
  if (name.length > MAX_NAME_LENGTH) return refuse('BAD_INPUT', `A display name is at most ${MAX_NAME_LENGTH} characters.`);
  if (!isPlainText(name, 'line')) return refuse('BAD_INPUT', 'A display name must not contain control characters.');
  return name;
}

/** Two names are the same student when they read the same: case, accents' encoding and spacing aside. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export function checkMessage(value: unknown): string | Refusal {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > MAX_MESSAGE_LENGTH) return refuse('BAD_INPUT', `A message is 1 to ${MAX_MESSAGE_LENGTH} characters.`);
  if (!isPlainText(text, 'prose')) return refuse('BAD_INPUT', 'A message must not contain control characters.');
  return text;
}

/**
 * The table a teacher's action names: a table number (1 to MAX_TABLES), or null for every table (the body
 * left it out). A string, an array or an object is a mistake, not a table that happens not to be in play.
 */
export function checkTable(value: unknown): number | null | Refusal {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_TABLES) return value;
  return refuse('BAD_INPUT', `table must be a table number (1 to ${MAX_TABLES}), or left out for every table.`);
}

function checkFlag(body: Record<string, unknown>, key: 'press' | 'sameDeck', fallback: boolean): boolean | Refusal {
  const value = body[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') return refuse('BAD_INPUT', `${key} must be true or false.`);
  return value;
}

/** Checks what a teacher asked for; returns the settings with defaults filled in. */
export function checkSettings(body: Record<string, unknown>): ClassSettings | Refusal {
  const setup = { scenario: body.scenario, rounds: body.rounds, timers: body.timers };
  for (const key of Object.keys(setup) as (keyof typeof setup)[]) if (setup[key] === undefined) delete setup[key];
  const problem = validateSetupData(setup, NUM_PLAYERS);
  if (problem) return refuse('BAD_INPUT', problem);
  const options = normaliseOptions(setup);
  const tables = body.tables ?? null;
  if (tables !== null && (!Number.isInteger(tables) || (tables as number) < 1 || (tables as number) > MAX_TABLES)) {
    return refuse('BAD_INPUT', `tables must be a whole number from 1 to ${MAX_TABLES}, or null to make as many tables as the students who join fill.`);
  }
  const press = checkFlag(body, 'press', true);
  const sameDeck = checkFlag(body, 'sameDeck', false);
  if (typeof press !== 'boolean') return press;
  if (typeof sameDeck !== 'boolean') return sameDeck;
  const title = typeof body.title === 'string' ? body.title.trim().slice(0, 80) : '';
  return {
    title: title || SCENARIOS[options.scenario].label,
    scenario: options.scenario,
    rounds: options.rounds,
    timers: options.timers,
    tables: tables as number | null,
    press,
    sameDeck,
  };
}

/** What a teacher may change while the class runs: only the press switch. */
export function checkLiveSettings(settings: ClassSettings, body: Record<string, unknown>): ClassSettings | Refusal {
  if (Object.keys(body).some((k) => k !== 'press')) return refuse('BAD_INPUT', 'Only press (true or false) can be changed once the class exists.');
  const press = checkFlag(body, 'press', settings.press);
  return typeof press === 'boolean' ? { ...settings, press } : press;
}
