import { useEffect, useState } from 'react';
import type { SocketRefused } from '../../shared/api/socketRefusals';
import { useSocketRefusals } from './socketRefusalFeed';
import { SOCKET_REFUSAL_WORDS } from './socketRefusalWords';

/**
 * The server's latest refusal on the match's socket, in a player's words, until the player
 * dismisses it or the game moves on (`stateKey`, e.g. the round and phase, changes): without it a refused move was a click
 * that did nothing. `shows` picks the refusals this page words here (another may act on the rest).
 */
export function SocketNotice({ matchID, stateKey, shows = () => true }: { matchID: string; stateKey: unknown; shows?: (refused: SocketRefused) => boolean }) {
  const [text, setText] = useState<string | null>(null);
  useSocketRefusals(matchID, (refused) => {
    if (shows(refused)) setText(SOCKET_REFUSAL_WORDS[refused.reason]);
  });
  useEffect(() => setText(null), [stateKey]);
  return <Notice text={text} onDismiss={() => setText(null)} />;
}

export function Notice({ text, onDismiss }: { text: string | null; onDismiss?: () => void }) {
  if (!text) return null;
  return (
    <div className="banner notice" role="alert">
      <span>{text}</span>
      {onDismiss ? (
        <button type="button" className="btn small" onClick={onDismiss}>
          OK
        </button>
      ) : null}
    </div>
  );
}
