/** Diplomatic press on the server: storage, live delivery and the HTTP routes. See pressRoutes.ts. */
export { createPress, type Press, type PressOptions } from './pressRoutes';
export { PressHub } from './pressHub';
export { PressStore, type StoredMessage } from './pressStore';
