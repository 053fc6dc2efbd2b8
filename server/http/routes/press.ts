import type { Server } from 'boardgame.io';
import { TEACHER_KEY_HEADER } from '../../../shared/api/classroom';
import { isRefusal, refuse, type Refusal } from '../../../shared/api/errors';
import { SEAT_HEADERS } from '../../../shared/api/press';
import type { Role } from '../../../shared/roles';
import type { PressRoom } from '../../press/pressRoom';
import { authSeat } from '../authSeat';
import type { AnsweredRoute, Method, RouteRequest } from '../routeTable';

const PRESS = '/api/matches/:matchID/press';

/**
 * The press room's routes: POST a message or ask for a stream ticket (the seat in the body), GET
 * what a seat may read (the seat in SEAT_HEADERS, none for a spectator), its live stream, and a
 * class teacher's debrief of every message.
 */
export function pressRoutes(room: PressRoom): AnsweredRoute[] {
  /** Every press route names a match; the handler runs with its metadata. */
  const ofMatch = (
    method: Method,
    sub: string,
    act: (matchID: string, metadata: Server.MatchData, request: RouteRequest) => Promise<unknown>,
  ): AnsweredRoute => ({
    method,
    path: PRESS + sub,
    async handle(request) {
      const matchID = request.params.matchID ?? '';
      const metadata = await room.metadataOf(matchID);
      return isRefusal(metadata) ? metadata : act(matchID, metadata, request);
    },
  });

  /** A GET's seat: the headers' seat, or null (a spectator) when no credentials are sent. */
  const readerOf = (metadata: Server.MatchData, { ctx }: RouteRequest): Role | null | Refusal => {
    if (ctx.query.credentials !== undefined) {
      return refuse(
        'CREDENTIALS_IN_URL',
        `Credentials do not go in the URL: send the ${SEAT_HEADERS.playerID} and ${SEAT_HEADERS.credentials} headers, or open the stream with a ticket (POST …/press/ticket).`,
      );
    }
    const credentials = ctx.get(SEAT_HEADERS.credentials);
    if (credentials === '') return null;
    const seat = authSeat(metadata, ctx.get(SEAT_HEADERS.playerID) || undefined, credentials);
    return isRefusal(seat) ? seat : seat.role;
  };

  return [
    {
      method: 'POST',
      path: PRESS,
      async handle(request) {
        const matchID = request.params.matchID ?? '';
        // Checked before anything else: while a teacher has press off, no seat of the class's tables sends.
        if (!(await room.pressAllowed(matchID))) return refuse('PRESS_OFF', 'Your teacher has switched the press off for this class.');
        const metadata = await room.metadataOf(matchID);
        if (isRefusal(metadata)) return metadata;
        const seat = authSeat(metadata, request.body.playerID, request.body.credentials);
        if (isRefusal(seat)) return seat;
        const stored = await room.send(matchID, seat.role, request.body.to, request.body.text);
        if (isRefusal(stored)) return stored;
        request.ctx.status = 201;
        void room.botsAnswer(matchID, stored.message).catch(() => undefined);
        return { message: stored.message };
      },
    },
    ofMatch('POST', '/ticket', async (matchID, metadata, { ctx, body }) => {
      const seat = authSeat(metadata, body.playerID, body.credentials);
      if (isRefusal(seat)) return seat;
      ctx.status = 201;
      return room.issueTicket(matchID, seat.role);
    }),
    ofMatch('GET', '', async (matchID, metadata, request) => {
      const reader = readerOf(metadata, request);
      return isRefusal(reader) ? reader : room.visibleTo(matchID, reader);
    }),
    ofMatch('GET', '/debrief', async (matchID, metadata, request) => {
      const reader = readerOf(metadata, request);
      return isRefusal(reader) ? reader : room.debrief(matchID, request.ctx.get(TEACHER_KEY_HEADER) || undefined);
    }),
    ofMatch('GET', '/stream', async (matchID, metadata, request) => {
      const { ctx } = request;
      const ticket = typeof ctx.query.ticket === 'string' ? ctx.query.ticket : undefined;
      const reader: Role | null | Refusal =
        ticket !== undefined && ctx.query.credentials === undefined ? room.redeemTicket(matchID, ticket) : readerOf(metadata, request);
      if (isRefusal(reader)) return reader;
      // EventSource sends Last-Event-ID when it reconnects; only newer messages follow.
      const after = Number(ctx.get('last-event-id') || ctx.query.after || 0);
      ctx.status = 200;
      const refused = await room.openStream(matchID, reader, ctx.res, after);
      if (refused) return refused;
      ctx.respond = false;
      return null;
    }),
  ];
}
