import { useCallback, useEffect, useState } from 'react';
import { isStarted } from '../../shared/api/matches';
import { ROLE_NAMES, ROLES, type Role } from '../../shared/roles';
import { NameField } from '../common/NameField';
import { PageHeader } from '../common/PageHeader';
import { useSubmit } from '../common/useSubmit';
import { RoleChip } from '../game/roleStyle';
import { Link, navigate } from '../router';
import { errorMessage, getMatch, joinSeat, leaveSeat, type MatchInfo } from './lobby';
import { PeninsulaOnlineClient } from './OnlineGame';
import { forgetSeat, lastName, loadSeat, type HeldSeat } from './seatStore';
import { Notice } from '../common/SocketNotice';
import { useSocketRefusals } from '../common/socketRefusalFeed';
import { SOCKET_REFUSAL_WORDS } from '../common/socketRefusalWords';
import { seatIsGone } from '../../shared/api/socketRefusals';
import { WaitingRoom } from './WaitingRoom';
import { replayPath } from '../replay/api';
import { takeSeatFromLink } from './seatLink';
import { DeviceLink } from './DeviceLink';

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

function JoinForm({ matchID, match, onJoined, onWatch }: { matchID: string; match: MatchInfo; onJoined: (seat: HeldSeat) => void; onWatch: () => void }) {
  const free = ROLES.filter((_, i) => match.players.find((p) => p.id === i)?.name === undefined);
  const [role, setRole] = useState<Role | undefined>(free[0]);
  const [name, setName] = useState(lastName);
  const chosen = role && free.includes(role) ? role : free[0];
  const { submit, error, busy } = useSubmit(
    // check() has made sure a free role is chosen.
    async () => onJoined(await joinSeat(matchID, String(ROLES.indexOf(chosen!)), name.trim())),
    { check: () => (!chosen ? 'Every seat is taken: watch instead.' : !name.trim() ? 'Enter the name the others will see.' : null), describe: errorMessage },
  );
  return (
    <form onSubmit={submit} className="card-form" aria-labelledby="join-title">
      <h2 id="join-title">Take a seat</h2>
      <fieldset>
        <legend>Free roles</legend>
        <div className="chip-row">
          {free.map((r) => (
            <label key={r} className={`chip-toggle${chosen === r ? ' on' : ''}`}>
              <input type="radio" name="join-role" value={r} checked={chosen === r} onChange={() => setRole(r)} />
              <RoleChip role={r} />
            </label>
          ))}
        </div>
      </fieldset>
      <NameField id="join-name" value={name} onChange={setName} />
      <p className="refusal" role="alert">
        {error}
      </p>
      <div className="button-row">
        <button type="submit" className="btn primary" disabled={busy || !chosen}>
          Join as {chosen ? ROLE_NAMES[chosen] : '…'}
        </button>
        <button type="button" className="btn" onClick={onWatch}>
          Just watch
        </button>
      </div>
    </form>
  );
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
  const { match, error: loadError, refresh } = useMatch(matchID, !begun);
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
    setLostSeat(`${SOCKET_REFUSAL_WORDS[refused.reason]} You are watching the match.`);
  });
  // Someone who opens the link of a match under way with no seat in this browser (another phone, data cleared)
  // is told why they watch: the credentials live only in the browser that took the seat.
  const [seatless, setSeatless] = useState(false);
  useEffect(() => {
    if (checked || !match) return;
    setChecked(true);
    let held = seat;
    if (seat && match.players.find((p) => String(p.id) === seat.playerID)?.name === undefined) {
      forgetSeat(matchID);
      setSeat(null);
      held = null;
    }
    if (!held && (isStarted(match.start) || match.gameover !== undefined)) setSeatless(true);
  }, [checked, match, seat, matchID]);

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
        key={matchID}
        matchID={matchID}
        playerID={seat?.playerID}
        credentials={seat?.credentials}
        toolbar={toolbar}
        seatNotice={
          <>
            <Notice
              text={lostSeat ?? linkNotice ?? (seatless ? SEATLESS_WORDS : null)}
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
          </>
        }
      />
    );
  }

  return (
    <div className="lobby-page">
      <PageHeader where={`Match ${matchID}`} />
      <main id="main" className="page narrow">
        <Notice text={linkNotice} onDismiss={() => setLinkNotice(null)} />
        <WaitingRoom matchID={matchID} match={match} seat={seat} refresh={refresh} onLeave={() => void leave()} />
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

/** Leaving mid-game empties the seat for good, so it takes a second, deliberate click. */
function LeaveButton({ onLeave }: { onLeave: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="btn small" onClick={() => setConfirming(true)}>
        Leave match
      </button>
    );
  }
  return (
    <span className="confirm-leave" role="group" aria-label="Confirm leaving">
      <span>Your seat will stand empty.</span>
      <button type="button" className="btn small danger" onClick={onLeave} autoFocus>
        Yes, leave
      </button>
      <button type="button" className="btn small" onClick={() => setConfirming(false)}>
        Stay
      </button>
    </span>
  );
}
