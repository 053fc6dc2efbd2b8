import { AGENDA_POINTS, AGENDAS, OBJECTIVES, ROLE_NAMES, type SeatView, type Role } from '../../../shared/index';
import { OBJECTIVE_TERM_MAX } from '../../../shared/data/objectives';
import { measure } from '../../../shared/scoring';
import { ROLE_COLOURS } from '../roleStyle';

const ROLE_BLURB: Readonly<Record<Role, string>> = {
  US: 'Low DPRK capability, high credibility in Asia, strong alliances, and a win to announce.',
  DPRK: 'Regime security, a working economy, and legitimacy as a nuclear state.',
  ROK: 'Low tension, inter-Korean engagement, and a Washington that consults Seoul.',
  PRC: 'Stability, no collapse in Pyongyang, prestige as mediator, limited US influence.',
  JPN: 'Low capability, security assurances, and the abductions issue addressed.',
};

/** The seat's own card: public objectives scored as the board stands now, and the secret agenda only its owner sees. */
export function RoleCard({ G, role }: { G: SeatView; role: Role }) {
  const agendaId = G.private[role]?.agenda ?? null;
  const agenda = agendaId ? AGENDAS[agendaId] : null;
  const metNow = agenda ? agenda.met(G) : false;
  return (
    <section className="panel role-card" aria-labelledby="role-title" style={{ ['--role' as string]: ROLE_COLOURS[role] }}>
      <h2 id="role-title">
        <span className="role-dot" aria-hidden="true" /> You are {ROLE_NAMES[role]}
      </h2>
      <p className="muted">{ROLE_BLURB[role]}</p>
      <h3>Objectives (points if the game ended now)</h3>
      <ul className="objectives">
        {OBJECTIVES[role].map((term) => {
          const points = measure(G, term.measure);
          return (
            <li key={term.label}>
              <span>{term.label}</span>
              <span className="points" aria-label={`${points} of ${OBJECTIVE_TERM_MAX} points`}>
                <span className="mini-meter" aria-hidden="true">
                  <span style={{ width: `${(points / OBJECTIVE_TERM_MAX) * 100}%` }} />
                </span>
                {points}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="agenda" data-testid="secret-agenda">
        <h3>
          Your secret agenda <span className="muted">(+{AGENDA_POINTS} if met)</span>
        </h3>
        {agenda ? (
          <>
            <p className="agenda-label">{agenda.label}</p>
            <p>{agenda.explain}</p>
            <p className={`agenda-status ${metNow ? 'met' : 'unmet'}`}>{metNow ? '✓ Met if the game ended now' : '✗ Not met yet'}</p>
          </>
        ) : (
          <p className="muted">Your agenda is dealt when the first round begins.</p>
        )}
      </div>
    </section>
  );
}
