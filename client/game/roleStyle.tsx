import { ROLE_NAMES, type Role } from '../../shared/index';

/**
 * Role colours from the Okabe–Ito palette, chosen to stay distinct for the common kinds of
 * colour blindness. Colour is never the only cue: every chip also carries the role's name.
 */
export const ROLE_COLOURS: Readonly<Record<Role, string>> = {
  US: '#0072B2',
  DPRK: '#D55E00',
  ROK: '#009E73',
  PRC: '#E69F00',
  JPN: '#CC79A7',
};

export function RoleChip({ role, name, short = false }: { role: Role; name?: string | undefined; short?: boolean }) {
  return (
    <span className="role-chip" style={{ ['--role' as string]: ROLE_COLOURS[role] }}>
      <span className="role-dot" aria-hidden="true" />
      <span>{short ? role : ROLE_NAMES[role]}</span>
      {name ? <span className="role-chip-name">· {name}</span> : null}
    </span>
  );
}
