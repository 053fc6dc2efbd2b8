/** Diplomatic press on the server: the room (sending, reading, streams), its storage and live delivery. Routes: server/http/routes/press.ts. */
export { MAX_STREAMS_PER_MATCH, PressRoom, type PressOptions } from './pressRoom';
export { PressHub } from './pressHub';
export { PressStore, type StoredMessage } from './pressStore';
