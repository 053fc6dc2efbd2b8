/** Diplomatic press in the browser: the panel, the online hook and the hot-seat store. */
export { PressPanel, type PressPanelProps } from './PressPanel';
export { usePress, mergeMessages, type PressConnection } from './usePress';
export { createLocalPress, useLocalPress, type LocalPress, type LocalPressOptions } from './localPress';
export { fetchPress, postPress, pressStreamUrl, type PressSeat } from './pressApi';
export { publicStatements, CLASSROOM_PRESS_NOTICE, type PressMessage, type Recipients, type ReadMarks } from '../../shared/press';
