import { Link } from '../router';

/** The bar on top of every page outside the game table: the way home and where you are. */
export function PageHeader({ where }: { where: string }) {
  return (
    <header className="topbar">
      <Link href="/" className="brand">
        Peninsula
      </Link>
      <span className="muted">{where}</span>
    </header>
  );
}
