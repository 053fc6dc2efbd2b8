import { useEffect, useState } from 'react';
import type { WaitingPresence } from '../../shared/api/matches';
import { isScenarioId, SCENARIOS } from '../../shared/data/scenarios';
import { ROLES } from '../../shared/roles';
import { RoleChip } from '../game/roleStyle';
import { hostWaitWords } from './hostWords';
import { errorMessage, isBotName, matchPresence, startMatch, type MatchInfo } from './lobby';
import type { HeldSeat } from './seatStore';
import { replayPath } from '../replay/api';
import { Link } from '../router';
import { CopyLink } from '../common/CopyLink';
import { DeviceLink } from './DeviceLink';
import { inviteLink } from './seatLink';
import { FreeSeatButton } from './FreeSeat';

/** Like the match itself (MatchPage), the waiting room says it is here every 2 s. */
const PRESENCE_POLL_MS = 2000;

export function InviteBox({ matchID }: { matchID: string }) {
  return <CopyLink id="invite-link" label="Invite link — send it to the people you want to play with" link={inviteLink(matchID)} testId="invite-link" />;
}

/**
 * While seated in the waiting room: says so to the server every 2 s and hears who else is here (null until the first
 * answer). Credentials refused mean the seat is gone (the host freed it, another tab left it): `onSeatGone`.
 */
function usePresence(matchID: string, seat: HeldSeat | null, onSeatGone: () => void, onStarted: () => Promise<void>): WaitingPresence | null {
  const [presence, setPresence] = useState<WaitingPresence | null>(null);
  useEffect(() => {
    if (!seat) return;
    let live = true;
    const tell = () =>
      void matchPresence(matchID, seat)
        .then((heard) => {
          if (!live || !heard) return;
          if (heard === 'seat gone') onSeatGone();
          // The host has started: the page reads the match again and opens the table.
          else if (heard.started) void onStarted();
          else setPresence(heard);
        })
        .catch(() => undefined); // offline for a moment: the next poll tells again
    tell();
    const id = setInterval(tell, PRESENCE_POLL_MS);
    return () => {
      live = false;
      clearInterval(id);
    };
  }, [matchID, seat, onSeatGone, onStarted]);
  return presence;
}

function SeatList({
  matchID,
  match,
  seat,
  presence,
  onFreed,
}: {
  matchID: string;
  match: MatchInfo;
  seat: HeldSeat | null;
  presence: WaitingPresence | null;
  onFreed: () => void;
}) {
  const mine = seat?.playerID;
  // The host may free another person's seat (a player whose browser is gone): it opens again for the invite link.
  const hosting = seat !== null && match.start?.host === seat.playerID;
  return (
    <ul className="seat-list">
      {ROLES.map((role, i) => {
        const player = match.players.find((p) => p.id === i);
        return (
          <li key={role} className={player?.name === undefined ? 'open' : ''}>
            <RoleChip role={role} />
            <span className="seat-who-name">{player?.name ?? 'open seat'}</span>
            {String(i) === match.start?.host ? <span className="badge">host</span> : null}
            {String(i) === mine ? <span className="badge">you</span> : null}
            {presence && player?.name !== undefined && String(i) !== mine && !isBotName(player.name) ? (
              presence.here.includes(String(i)) ? (
                <span className="badge here">here</span>
              ) : (
                <span className="badge away">away</span>
              )
            ) : null}
            {hosting && player?.name !== undefined && String(i) !== mine && !isBotName(player.name) ? (
              <FreeSeatButton matchID={matchID} host={seat} seat={String(i)} who={player.name} running={false} onFreed={onFreed} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function awayWords(seconds: number): string {
  if (seconds === 60) return 'a minute';
  return seconds > 60 && seconds % 60 === 0 ? `${seconds / 60} minutes` : `${seconds} seconds`;
}

/** The host's Start, or for everyone else who is seated, whom the table waits for; anyone's Start once the host has gone. */
function StartControls({
  matchID,
  match,
  seat,
  presence,
  onStarted,
  onLeave,
}: {
  matchID: string;
  match: MatchInfo;
  seat: HeldSeat;
  presence: WaitingPresence | null;
  onStarted: () => Promise<void>;
  onLeave: () => void;
}) {
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const host = match.start?.host ?? null;
  const isHost = host === null || host === seat.playerID;
  const hostGone = !isHost && presence?.hostAway === true && presence.host === host;
  const mayStart = isHost || hostGone;
  const open = match.players.filter((p) => p.name === undefined).length;
  const start = async () => {
    setStarting(true);
    try {
      // Empty seats get the personality the creator chose for the bots, when it chose any.
      await startMatch(matchID, seat, Object.values(match.setupData?.bots ?? {})[0]);
      await onStarted();
    } catch (e) {
      setError(errorMessage(e));
    }
    setStarting(false);
  };
  const hostName = host === null ? 'the host' : (match.players.find((p) => String(p.id) === host)?.name ?? 'the host');
  const bots = open === 0 ? 'Every seat is taken.' : `Bots take the ${open} open seat${open === 1 ? '' : 's'}.`;
  const awayAfter = awayWords(presence?.hostAwaySeconds ?? 60);
  return (
    <>
      <p className={hostGone ? 'host-gone' : 'muted'} role="status">
        {isHost
          ? open === 0
            ? 'Every seat is taken. The match and its clock start when you press Start.'
            : `Start when your friends are seated: bots take the ${open} open seat${open === 1 ? '' : 's'}. Nothing runs until you start.`
          : hostGone
            ? `${hostWaitWords(hostName, true)} ${bots}`
            : `${hostWaitWords(hostName, false)} Nothing runs until then. If ${hostName} is away for ${awayAfter}, anyone seated may start it.`}
      </p>
      <p className="refusal" role="alert">
        {error}
      </p>
      <div className="button-row">
        {mayStart ? (
          <button type="button" className="btn primary" onClick={() => void start()} disabled={starting}>
            {starting ? 'Starting…' : 'Start the match'}
          </button>
        ) : null}
        <button type="button" className="btn" onClick={onLeave}>
          Leave
        </button>
      </div>
    </>
  );
}

/** Before the start: the invite link, who sits where and who hosts, and the host's Start. */
export function WaitingRoom({
  matchID,
  match,
  seat,
  refresh,
  onLeave,
  onSeatGone,
}: {
  matchID: string;
  match: MatchInfo;
  seat: HeldSeat | null;
  refresh: () => Promise<void>;
  onLeave: () => void;
  /** This browser's seat was refused (freed by the host, left from another tab): the page forgets it and says so. */
  onSeatGone: () => void;
}) {
  const presence = usePresence(matchID, seat, onSeatGone, refresh);
  const scenarioId = match.setupData?.scenario;
  const scenario = scenarioId && isScenarioId(scenarioId) ? SCENARIOS[scenarioId] : SCENARIOS.singapore2018;
  return (
    <>
      <h1>Waiting room</h1>
      <p className="lead">
        {scenario.label}, {match.setupData?.rounds ?? scenario.defaultRounds} rounds. <span className="muted">{scenario.question}</span>
      </p>
      {match.fork ? (
        <p className="fork-origin" data-testid="fork-origin">
          A fork: it begins where round {match.fork.round} of <Link href={replayPath(match.fork.parentID, match.fork.round)}>another match</Link> began
          {match.fork.exact ? ', with the same deck and agendas.' : ', with its secrets dealt anew.'}
        </p>
      ) : null}
      {seat ? <InviteBox matchID={matchID} /> : null}
      {seat ? (
        <details className="device-link">
          <summary>Play on another device</summary>
          <DeviceLink matchID={matchID} seat={seat} />
        </details>
      ) : null}
      <section className="card" aria-labelledby="seats-title">
        <h2 id="seats-title">Seats</h2>
        <SeatList matchID={matchID} match={match} seat={seat} presence={presence} onFreed={() => void refresh()} />
        {seat ? <StartControls matchID={matchID} match={match} seat={seat} presence={presence} onStarted={refresh} onLeave={onLeave} /> : null}
      </section>
    </>
  );
}
