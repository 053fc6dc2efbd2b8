/**
 * Whom a guest's match waits for, in the same words in the waiting room (client/online/WaitingRoom.tsx)
 * and on the home page's "Your games" (client/home/YourGames.tsx): a guest sees one story in both.
 */
export function hostWaitWords(hostName: string, hostGone: boolean): string {
  return hostGone ? `${hostName} has left the waiting room, so anyone seated may start the match now.` : `Waiting for ${hostName} to start the match.`;
}
