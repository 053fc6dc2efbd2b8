import { isRole } from '../../shared/roles';
import { GlossaryPage } from './GlossaryPage';
import { QuickHowToPlay } from './QuickHowToPlay';
import { RoleCardsPage } from './RoleCardPage';
import './learn.css';

/** /learn (how to play in two screens), /learn/glossary, /learn/roles and /learn/roles/:role (quick cards, printable). */
export default function LearnRoutes({ path }: { path: string }) {
  if (path === '/learn/glossary') return <GlossaryPage />;
  if (path === '/learn/roles') return <RoleCardsPage role={null} />;
  const card = /^\/learn\/roles\/([A-Za-z]+)\/?$/.exec(path);
  if (card?.[1]) {
    const role = card[1].toUpperCase();
    return <RoleCardsPage role={isRole(role) ? role : null} />;
  }
  const screen = path === '/learn/2' ? 2 : 1;
  return <QuickHowToPlay screen={screen} />;
}
