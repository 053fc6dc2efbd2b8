/** The five seats. playerID "0".."4" is the role at that index in ROLES. */
export const ROLES = ['US', 'DPRK', 'ROK', 'PRC', 'JPN'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  US: 'United States',
  DPRK: 'North Korea',
  ROK: 'South Korea',
  PRC: 'China',
  JPN: 'Japan',
};

/** Names that read with "the" in a sentence. */
const ARTICLE: Partial<Record<Role, string>> = { US: 'the ' };

/** The possessive of a role's name as English writes it: "the United States' table", "China's table". */
export function roleNamePossessive(role: Role): string {
  const name = ROLE_NAMES[role];
  return `${ARTICLE[role] ?? ''}${name}${name.endsWith('s') ? "'" : "'s"}`;
}

/** A role's name in the middle of a sentence: "the United States", "China". */
export function roleNameInText(role: Role): string {
  return `${ARTICLE[role] ?? ''}${ROLE_NAMES[role]}`;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The role a boardgame.io playerID plays, or undefined for spectators and bad ids. */
export function roleOfPlayer(playerID: string | null | undefined): Role | undefined {
  if (playerID === null || playerID === undefined || !/^[0-4]$/.test(playerID)) return undefined;
  return ROLES[Number(playerID)];
}

export function playerOfRole(role: Role): string {
  return String(ROLES.indexOf(role));
}

/** Orders resolve in this fixed order (GAME.md): China first, the United States last. */
export const RESOLUTION_ORDER: readonly Role[] = ['PRC', 'DPRK', 'ROK', 'JPN', 'US'];
