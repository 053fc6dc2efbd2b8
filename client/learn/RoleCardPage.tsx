import { ROLE_NAMES, ROLES, type Role } from '../../shared/roles';
import { PageHeader } from '../common/PageHeader';
import { Link } from '../router';
import { LearnNav } from './LearnNav';
import { RoleCardView } from './RoleCardView';

/** One role's quick card (/learn/roles/US), or all five (/learn/roles), each a printed page. */
export function RoleCardsPage({ role }: { role: Role | null }) {
  const shown = role ? [role] : [...ROLES];
  return (
    <div className="learn-page">
      <PageHeader where="Role cards" />
      <LearnNav current="/learn/roles" />
      <main id="main" className="page learn-main">
        <div className="no-print">
          <h1>{role ? `Quick card: ${ROLE_NAMES[role]}` : 'Quick role cards'}</h1>
          <nav aria-label="Role cards" className="chip-row">
            {ROLES.map((r) => (
              <Link key={r} href={`/learn/roles/${r}`} className={`btn${r === role ? ' primary' : ''}`} aria-current={r === role ? 'page' : undefined}>
                {ROLE_NAMES[r]}
              </Link>
            ))}
            <Link href="/learn/roles" className={`btn${role ? '' : ' primary'}`} aria-current={role ? undefined : 'page'}>
              All five
            </Link>
            <button type="button" className="btn" onClick={() => window.print()}>
              Print
            </button>
          </nav>
        </div>
        <div className="quick-cards">
          {shown.map((r) => (
            <RoleCardView key={r} role={r} />
          ))}
        </div>
      </main>
    </div>
  );
}
