import { describe, expect, test } from 'vitest';
import { packageKey } from '../../shared/bots/packageScore';
import { candidatePackages, widenedPackages, type PackageInput } from '../../shared/bots/packages';
import { playerView } from '../../shared/playerView';
import { playerOfRole, ROLES } from '../../shared/roles';
import { statesInPhase } from './botStates';

/**
 * Every package a bot lists and widens on the diplomacy states of a bot game, each also turned round
 * (offers and asks in the other order) and with all its items as offers or all as asks: packages that
 * differ only in order or in which side an item is on.
 */
function packagesOfAGame(): PackageInput[] {
  const out: PackageInput[] = [];
  for (const [i, G] of statesInPhase('package-key-1').entries()) {
    if (i % 4 !== 0) continue;
    for (const role of ROLES) {
      const view = playerView(G, playerOfRole(role));
      for (const input of candidatePackages(view, role, true)) {
        out.push(input);
        for (const wider of widenedPackages(role, input)) {
          const items = [...wider.offers, ...wider.asks];
          out.push(wider, { ...wider, offers: [...wider.offers].reverse(), asks: [...wider.asks].reverse() });
          out.push({ ...wider, offers: items, asks: [] }, { ...wider, offers: [], asks: items });
        }
      }
    }
  }
  return out;
}

describe('the key a package is remembered by (packageScore.ts)', () => {
  const packages = packagesOfAGame();

  test('two packages have the same key exactly when they have the same JSON text (the text the jitter reads)', () => {
    const textOfKey = new Map<string, string>();
    const keyOfText = new Map<string, string>();
    for (const input of packages) {
      const key = packageKey(input);
      const text = JSON.stringify(input);
      expect(textOfKey.get(key) ?? text).toBe(text);
      expect(keyOfText.get(text) ?? key).toBe(key);
      textOfKey.set(key, text);
      keyOfText.set(text, key);
    }
    // Orders must matter (a package's items are signed in order): the reversed packages are distinct ones.
    expect(packages.some((p) => p.offers.length + p.asks.length > 2)).toBe(true);
    expect(textOfKey.size).toBeGreaterThan(1000);
  });

  test('a package with an id no table knows is keyed by its text, apart from every coded key', () => {
    const odd = { to: ['DPRK'], venue: 'nowhere', offers: [], asks: [] } as unknown as PackageInput;
    expect(packageKey(odd)).toBe(JSON.stringify(odd));
    expect(packages.every((p) => packageKey(p).charCodeAt(0) >= 0x100)).toBe(true);
  });
});
