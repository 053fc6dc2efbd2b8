import { createRoot } from 'react-dom/client';
import { PressPanel, usePress } from '../../../client/press';
import { publicStatements } from '../../../shared/press';
import { roleOfPlayer } from '../../../shared/roles';

/**
 * A page for the browser test: the press panel for the seat in the URL
 * (?matchID=&playerID=&credentials=), mounted as the game screen mounts it, plus the news
 * ticker lines its public statements make. A spectator (no playerID) sees the ticker only.
 */
function Page() {
  const query = new URLSearchParams(location.search);
  const matchID = query.get('matchID') ?? '';
  const playerID = query.get('playerID');
  const role = roleOfPlayer(playerID);
  const press = usePress(matchID, playerID, query.get('credentials'));
  return (
    <>
      <h1>Press test page</h1>
      <p data-testid="connected">{press.connected ? 'connected' : 'connecting'}</p>
      <ul aria-label="News" data-testid="ticker">
        {publicStatements(press.messages).map((line) => (
          <li key={line.id}>{line.text}</li>
        ))}
      </ul>
      {role ? <PressPanel role={role} messages={press.messages} onSend={press.send} classroom={press.classroom} connected={press.connected} /> : null}
    </>
  );
}

createRoot(document.getElementById('root')!).render(<Page />);
