import { SCENARIOS } from '../../shared/data/scenarios';
import { normaliseOptions, validateSetupData } from '../../shared/options';
import { ROLES } from '../../shared/roles';
import { HttpError } from '../http/httpError';
import type { ClassSettings } from './classStore';
import { MAX_TABLES } from './seating';

export const MAX_NAME_LENGTH = 32;
export const MAX_STUDENTS = 200;
export const MAX_EXTEND_SECONDS = 1800;
export const MAX_MESSAGE_LENGTH = 280;

export function checkName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
  if (name.length === 0) throw new HttpError(400, `Type a display name (1 to ${MAX_NAME_LENGTH} characters). No email or password needed.`);
  if (name.length > MAX_NAME_LENGTH) throw new HttpError(400, `A display name is at most ${MAX_NAME_LENGTH} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw new HttpError(400, 'A display name must not contain control characters.');
  return name;
}

/** Two names are the same student when they read the same: case, accents' encoding and spacing aside. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export function checkMessage(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > MAX_MESSAGE_LENGTH) throw new HttpError(400, `A message is 1 to ${MAX_MESSAGE_LENGTH} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text)) throw new HttpError(400, 'A message must not contain control characters.');
  return text;
}

function checkFlag(body: Record<string, unknown>, key: 'press' | 'sameDeck', fallback: boolean): boolean {
  const value = body[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new HttpError(400, `${key} must be true or false.`);
  return value;
}

/** Checks what a teacher asked for; returns the settings with defaults filled in. */
export function checkSettings(body: Record<string, unknown>): ClassSettings {
  const setup = { scenario: body.scenario, rounds: body.rounds, timers: body.timers };
  for (const key of Object.keys(setup) as (keyof typeof setup)[]) if (setup[key] === undefined) delete setup[key];
  const problem = validateSetupData(setup, ROLES.length);
  if (problem) throw new HttpError(400, problem);
  const options = normaliseOptions(setup);
  const tables = body.tables ?? null;
  if (tables !== null && (!Number.isInteger(tables) || (tables as number) < 1 || (tables as number) > MAX_TABLES)) {
    throw new HttpError(400, `tables must be a whole number from 1 to ${MAX_TABLES}, or null to make as many tables as the students who join fill.`);
  }
  const title = typeof body.title === 'string' ? body.title.trim().slice(0, 80) : '';
  return {
    title: title || SCENARIOS[options.scenario].label, scenario: options.scenario, rounds: options.rounds, timers: options.timers, tables: tables as number | null,
    press: checkFlag(body, 'press', true), sameDeck: checkFlag(body, 'sameDeck', false),
  };
}

/** What a teacher may change while the class runs: only the press switch. */
export function checkLiveSettings(settings: ClassSettings, body: Record<string, unknown>): ClassSettings {
  if (Object.keys(body).some((k) => k !== 'press')) throw new HttpError(400, 'Only press (true or false) can be changed once the class exists.');
  return { ...settings, press: checkFlag(body, 'press', settings.press) };
}
