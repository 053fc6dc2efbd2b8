/** The page of an online match (/match/<id>: its waiting room, its table, or watching it): the one place its address is written. */
export function matchPath(matchID: string): string {
  return `/match/${encodeURIComponent(matchID)}`;
}
