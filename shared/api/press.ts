/**
 * The press routes' wire contract (/api/matches/:id/press, server/http/routes/press.ts).
 * A GET names its seat in these headers, never in the URL, which proxies log; EventSource sends
 * no headers, so a seat's stream opens with a one-use ticket asked for by POST …/press/ticket.
 */
export const SEAT_HEADERS = { playerID: 'x-player-id', credentials: 'x-player-credentials' } as const;
