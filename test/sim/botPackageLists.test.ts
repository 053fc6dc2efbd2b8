import { describe, expect, test } from 'vitest';
import { candidatePackages, tablesWith, widenedPackages, type PackageInput } from '../../shared/bots/packages';
import { concessionsOf, type ConcessionId } from '../../shared/data/concessions';
import { playerView } from '../../shared/playerView';
import { playerOfRole, ROLES, type Role } from '../../shared/roles';
import { checkCounter, checkPropose, missingParty, signedUp } from '../../shared/rules/summits';
import { statesInPhase } from './botStates';

/*
 * The bots' package lists leave out the packages holding an item whose needed role is not at the
 * table, or with a party that has signed all it may this round (the rules refuse them), so fewer are scored: the lists must lose only what the rules refuse,
 * or the bots would decide differently. Each list is compared with the same list built from every concession.
 */

const textOf = (input: PackageInput) => `${input.venue}|${input.to}|${input.offers}|${input.asks}`;

/** Every one-for-one, gift and request at a table, from every concession of the two sides (the lists before the shortcut). */
function everyPackageAt(role: Role, table: Pick<PackageInput, 'to' | 'venue'>): PackageInput[] {
  const partner = table.to[0]!;
  const mine = concessionsOf(role);
  const theirs = concessionsOf(partner);
  return [
    ...mine.flatMap((offer) => theirs.map((ask) => ({ ...table, offers: [offer], asks: [ask] }))),
    ...mine.map((offer) => ({ ...table, offers: [offer], asks: [] })),
    ...theirs.map((ask) => ({ ...table, offers: [], asks: [ask] })),
  ];
}

/** Every package one item larger than `input`, from every concession of the parties. */
function everyWidened(role: Role, input: PackageInput): PackageInput[] {
  const present = new Set<ConcessionId>([...input.offers, ...input.asks]);
  return [
    ...concessionsOf(role)
      .filter((c) => !present.has(c))
      .map((offer) => ({ ...input, offers: [...input.offers, offer] })),
    ...input.to
      .flatMap((r) => concessionsOf(r))
      .filter((c) => !present.has(c))
      .map((ask) => ({ ...input, asks: [...input.asks, ask] })),
  ];
}

describe("the bots' package lists leave out only packages the rules refuse", () => {
  const states = statesInPhase('package-lists-1').filter((_, i) => i % 3 === 0);

  test('first proposals and widened packages: every package left out is refused (an item needing a missing role, or a party signed up this round); the rest keep their order', () => {
    let leftOut = 0;
    let signedLeftOut = 0;
    let kept = 0;
    for (const G of states) {
      for (const role of ROLES) {
        if (G.done[role]) continue;
        const view = playerView(G, playerOfRole(role));
        const listed = candidatePackages(view, role);
        const tables = ROLES.filter((partner) => partner !== role && !view.done[partner]).flatMap((partner) => tablesWith(view, role, partner, false));
        const lists: [PackageInput[], PackageInput[]][] = [[listed, tables.flatMap((table) => everyPackageAt(role, table))]];
        for (const input of listed.slice(0, 6)) lists.push([widenedPackages(role, input), everyWidened(role, input)]);
        for (const [shortList, fullList] of lists) {
          const shortTexts = shortList.map(textOf);
          const fullTexts = fullList.map(textOf);
          // The short list is the full list in the same order, less some packages.
          expect(fullTexts.filter((t) => shortTexts.includes(t))).toEqual(shortTexts);
          for (const input of fullList) {
            if (shortTexts.includes(textOf(input))) {
              kept += 1;
              continue;
            }
            // Refused by the rules, for an item whose needed role is missing or a party that has signed all it may this round.
            expect(checkPropose(view, role, input)).not.toBeNull();
            const parties = [role, ...input.to];
            const itemRefused = [...input.offers, ...input.asks].some((item) => missingParty(item, parties) !== null);
            expect(itemRefused || parties.some((r) => signedUp(view, r))).toBe(true);
            if (!itemRefused) signedLeftOut += 1;
            leftOut += 1;
          }
        }
      }
    }
    // Positive controls: the shortcut does leave packages out, and most are kept.
    expect(leftOut).toBeGreaterThan(100);
    expect(kept).toBeGreaterThan(leftOut);
    expect(signedLeftOut).toBeGreaterThan(0);
  });

  test('counters: every counter item left out for a missing role, and every counter at a table with a party signed up, is one the rules refuse', () => {
    let refused = 0;
    let open = 0;
    for (const G of statesInPhase('package-lists-2')) {
      for (const pending of G.proposals.filter((p) => p.status === 'open')) {
        for (const role of pending.to) {
          const view = playerView(G, playerOfRole(role));
          // Who sits at the counter's table: the counterer, the proposer and the other invitees (as checkCounter has it).
          const parties = [role, pending.from, ...pending.to.filter((r) => r !== role)];
          // With a party signed up this round, the bot weighs no counter at all: the rules must refuse every one.
          const signed = parties.some((r) => signedUp(view, r));
          for (const owner of parties) {
            for (const item of concessionsOf(owner)) {
              const input = { proposalId: pending.id, offers: owner === role ? [item] : [], asks: owner === role ? [] : [item] };
              if (missingParty(item, parties) === null && !signed) {
                if (checkCounter(view, role, input) === null) open += 1;
                continue;
              }
              expect(checkCounter(view, role, input)).not.toBeNull();
              refused += 1;
            }
          }
        }
      }
    }
    // Positive controls: items are left out, and other items pass the same rules.
    expect(refused).toBeGreaterThan(0);
    expect(open).toBeGreaterThan(0);
  });
});
