import { EVENTS, type EventId } from '../../shared/data/events';

export function isEventId(value: unknown): value is EventId {
  return typeof value === 'string' && Object.hasOwn(EVENTS, value);
}
