/**
 * Diplomatic press in the browser: the panel, the online hook and the hot-seat store.
 *
 * Online and class boards (one seat per browser): useSeatPress gives the panel and the unread count
 * for the tab's badge, read marks kept in this browser:
 *   const press = useSeatPress({ matchID, playerID, credentials, role, names, over, enabled });
 *   <GameScreen press={press.panel} pressUnread={press.unread} … />
 *
 * The stream alone (a spectator or projector passes null for both):
 *   const press = usePress(matchID, playerID, credentials);
 *   <PressPanel role={role} messages={press.messages} onSend={press.send}
 *               classroom={press.classroom} connected={press.connected} />
 *
 * Hot-seat (one screen): make one store per match, and mount the panel only after the pass
 * screen, for the seat whose turn it is:
 *   const latest = useRef({ G, phase: ctx.phase });
 *   latest.current = { G, phase: ctx.phase };   // the store reads the game now, not at creation
 *   const store = useMemo(() => createLocalPress({ matchID, game: () => latest.current, bots }), [matchID]);
 *   useEffect(() => () => store.stop(), [store]);
 *   const press = useLocalPress(store, role);
 *   <PressPanel key={role} role={role} messages={press.messages} onSend={press.send} read={press.read} onRead={press.onRead} />
 *
 * News ticker: publicStatements(press.messages) gives headline-like lines for public statements.
 */
export { PressPanel, type PressPanelProps } from './PressPanel';
export { usePress, mergeMessages, type PressConnection } from './usePress';
export { useSeatPress, type SeatPress, type SeatPressOptions } from './useSeatPress';
export { createLocalPress, useLocalPress, type LocalPress, type LocalPressOptions, type LocalPressSnapshot } from './localPress';
export { fetchPress, postPress, pressStreamUrl, type PressSeat } from './pressApi';
export { publicStatements, CLASSROOM_PRESS_NOTICE, type PressMessage, type Recipients, type ReadMarks } from '../../shared/press';
