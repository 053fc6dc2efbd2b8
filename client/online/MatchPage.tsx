import { useCallback, useEffect, useState } from 'react';
import { isStarted } from '../../shared/api/matches';
import { PageHeader } from '../common/PageHeader';
import { Link, navigate } from '../router';
import { errorMessage, getMatch, leaveSeat, type MatchInfo } from './lobby';
import { PeninsulaOnlineClient } from './OnlineGame';
import { forgetSeat, loadSeat, type HeldSeat } from './seatStore';
import { Notice } from '../common/SocketNotice';
import { useSocketRefusals } from '../common/socketRefusalFeed';
import { SOCKET_REFUSAL_WORDS } from '../common/socketRefusalWords';
import { seatIsGone } from '../../shared/api/socketRefusals';
import { WaitingRoom } from './WaitingRoom';
import { replayPath } from '../replay/api';
import { takeSeatFromLink } from './seatLink';
import { DeviceLink } from './DeviceLink';
import { freeRoles, JoinForm } from './JoinForm';
import { LeaveButton } from './LeaveButton';
import { HostSeatsPanel } from './HostSeats';

const POLL_MS = 2000;

function useMatch(matchID: string, poll: boolean): { match: MatchInfo | null; error: string | null; refresh: () => Promise<void> } {
  const [match, setMatch] = useState<MatchInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setMatch(await getMatch(matchID));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [matchID]);
  useEffect(() => {
    void refresh();
    if (!poll) return;
    const id = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(id);
  }, [refresh, poll]);
  return { match, error, refresh };
}

const SEATLESS_WORDS =
  'This match is under way and this browser holds no seat in it, so you are watching. A seat stays in the browser that took it: if one here was yours, open this link in that browser.';

/**
 * /match/<id>: join a free seat, wait in the lobby until the host starts, then play; or watch as a
 * spectator. The table opens when the server says the match has started, never because the seats filled.
 * Reloads reconnect with the stored seat.
 */
export default function MatchPage({ matchID }: { matchID: string }) {
  // A personal link from another device (#seat=…) is taken before the stored seat is read.
  const [linkNotice, setLinkNotice] = useState<string | null>(() => takeSeatFromLink(matchID));
  const [deviceOpen, setDeviceOpen] = useState(false);
  const [seat, setSeat] = useState<HeldSeat | null>(() => loadSeat(matchID));
  const [watching, setWatching] = useState(false);
  const [begun, setBegun] = useState(false);
  const [seatsOpen, setSeatsOpen] = useState(false);
  // Someone watching keeps hearing of seats the host frees, so the join form can offer them.
  const { match, error: loadError, refresh } = useMatch(matchID, !begun || !seat);
  const started = match ? isStarted(match.start) || match.gameover !== undefined : false;
  useEffect(() => {
    if (started) setBegun(true);
  }, [started]);

  // A seat stored in this browser that the server no longer knows (left from another tab) is
  // forgotten, once, when the match first loads: later loads may predate a join just made here.
  const [checked, setChecked] = useState(false);
  // The server can say so later too: the seat was left from another tab mid-game, or a reload came after
  // it went to someone else. The page forgets it and goes on watching, saying why.
  const [lostSeat, setLostSeat] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  useSocketRefusals(matchID, (refused) => {
    if (refused.event === 'sync' && refused.reason === 'NO_SUCH_MATCH') setGone(true);
    if (!seatIsGone(refused) || !loadSeat(matchID)) return;
    forgetSeat(matchID);
    setSeat(null);
    setLostSeat(SOCKET_REFUSAL_WORDS[refused.reason]);
  });
  // The waiting room's presence poll is refused the same way (the host freed the seat before the start).
  const seatGone = useCallback(() => {
    forgetSeat(matchID);
    setSeat(null);
    setLostSeat(SOCKET_REFUSAL_WORDS.BAD_CREDENTIALS);
  }, [matchID]);
  const [joinDismissed, setJoinDismissed] = useState(false);
  // Someone who opens the link of a match under way with no seat in this browser (another phone, data cleared)
  // is told why they watch: the credentials live only in the browser that took the seat.
  const [seatless, setSeatless] = useState(false);
  useEffect(() => {
    if (checked || !match) return;
    setChecked(true);
    let held = seat;
    if (seat && match.players.find((p) => String(p.id) === seat.playerID)?.name === undefined) {
      seatGone();
      held = null;
    }
    if (!held && (isStarted(match.start) || match.gameover !== undefined)) setSeatless(true);
  }, [checked, match, seat, seatGone]);

  const leave = async () => {
    if (seat) {
      try {
        await leaveSeat(matchID, seat);
      } catch {
        // Leaving must always work locally, even if the server has already let the seat go.
      }
      forgetSeat(matchID);
    }
    navigate('/');
  };

  if ((loadError && !match) || gone) {
    return (
      <main className="page narrow" id="main">
        <h1>Match not found</h1>
        <p role="alert">{gone ? SOCKET_REFUSAL_WORDS.NO_SUCH_MATCH : loadError}</p>
        <p>
          <Link href="/">Back to the home page</Link>
        </p>
      </main>
    );
  }
  if (!match) {
    return (
      <div className="loading" role="status">
        Loading the match…
      </div>
    );
  }

  if (begun || started || watching) {
    const hosting = seat !== null && match.start?.host === seat.playerID && match.gameover === undefined;
    // A seat the host freed (a bot plays it) is offered to whoever watches: the way back for a player who lost their browser.
    const offer = !seat && !joinDismissed && match.gameover === undefined && freeRoles(match).length > 0;
    const toolbar = (
      <>
        {match.fork ? (
          <Link
            className="btn small"
            href={replayPath(match.fork.parentID, match.fork.round)}
            title="This match is a fork: it began where this round of another match began"
          >
            Fork of round {match.fork.round}
          </Link>
        ) : null}
        {seat ? (
          <button type="button" className="btn small" aria-expanded={deviceOpen} aria-controls="device-panel" onClick={() => setDeviceOpen(!deviceOpen)}>
            Other device
          </button>
        ) : null}
        {seat ? (
          <LeaveButton onLeave={() => void leave()} />
        ) : (
          <button type="button" className="btn small" onClick={() => navigate('/')}>
            Stop watching
          </button>
        )}
      </>
    );
    return (
      <PeninsulaOnlineClient
        // A seat taken or lost here starts a new client: its player and credentials change together.
        key={`${matchID}:${seat?.playerID ?? ''}`}
        matchID={matchID}
        playerID={seat?.playerID}
        credentials={seat?.credentials}
        toolbar={toolbar}
        duringPlay={
          hosting
            ? {
                tools: (
                  <button
                    type="button"
                    className="btn small"
                    aria-expanded={seatsOpen}
                    aria-controls="seats-panel"
                    onClick={() => {
                      if (!seatsOpen) void refresh();
                      setSeatsOpen(!seatsOpen);
                    }}
                  >
                    Seats
                  </button>
                ),
                notice: seatsOpen ? (
                  <HostSeatsPanel matchID={matchID} match={match} host={seat} onFreed={() => void refresh()} onClose={() => setSeatsOpen(false)} />
                ) : null,
              }
            : undefined
        }
        seatNotice={
          <>
            <Notice
              text={lostSeat ? `${lostSeat} You are watching the match.` : (linkNotice ?? (seatless ? SEATLESS_WORDS : null))}
              onDismiss={() => {
                // What the link did is said first; after it, why this browser only watches (when it does).
                if (linkNotice && !lostSeat) return setLinkNotice(null);
                setLostSeat(null);
                setSeatless(false);
                setLinkNotice(null);
              }}
            />
            {seat && deviceOpen ? (
              <section id="device-panel" className="banner device-panel" aria-labelledby="device-title">
                <h2 id="device-title">Play on another device</h2>
                <DeviceLink matchID={matchID} seat={seat} />
                <button type="button" className="btn small" onClick={() => setDeviceOpen(false)}>
                  Close
                </button>
              </section>
            ) : null}
            {offer ? (
              <div className="banner device-panel seat-offer">
                <p className="hint">The host freed a seat: a bot plays it until someone takes it. Was it yours? Take it back here.</p>
                <JoinForm
                  matchID={matchID}
                  match={match}
                  onJoined={(joined) => {
                    setSeat(joined);
                    setSeatless(false);
                    setLostSeat(null);
                    void refresh();
                  }}
                  onWatch={() => setJoinDismissed(true)}
                />
              </div>
            ) : null}
          </>
        }
      />
    );
  }

  return (
    <div className="lobby-page">
      <PageHeader where={`Match ${matchID}`} />
      <main id="main" className="page narrow">
        <Notice
          text={lostSeat ?? linkNotice}
          onDismiss={() => {
            setLostSeat(null);
            setLinkNotice(null);
          }}
        />
        <WaitingRoom matchID={matchID} match={match} seat={seat} refresh={refresh} onLeave={() => void leave()} onSeatGone={seatGone} />
        {!seat ? (
          <JoinForm
            matchID={matchID}
            match={match}
            onJoined={(joined) => {
              setSeat(joined);
              void refresh();
            }}
            onWatch={() => setWatching(true)}
          />
        ) : null}
      </main>
    </div>
  );
}
