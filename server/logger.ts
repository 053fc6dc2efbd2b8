import pino from 'pino';

export type Logger = pino.Logger;

/** Structured logs, one JSON line per event. Never pass credentials, move arguments or secrets. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'peninsula' }, redact: ['credentials', 'playerCredentials', '*.credentials'] });
}
