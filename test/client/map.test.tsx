// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { PeninsulaMap } from '../../client/map/PeninsulaMap';
import { INSETS, LAND, MAP_HEIGHT, MAP_WIDTH, POINTS } from '../../client/map/geometry';
import { linkMidpoint } from '../../client/map/diplomacyLayers';
import { mapView, linkWidth, tensionColour } from '../../client/map/mapView';
import { buildGeometry, GEOMETRY_FILE, loadAtlas, renderGeometryModule } from '../../scripts/buildMap';
import { playerView } from '../../shared/playerView';
import { holdingOrders } from '../../shared/rules/orders';
import type { SeatView } from '../../shared/state';
import type { MatchState } from '../../tools/sim/headless';
import { everyoneDone, keepAll, move, newMatch, submitOrders } from '../support/match';

afterEach(cleanup);

/** What the US seat's screen gets: the map always draws a player's view, never the full state. */
function view(s: MatchState): SeatView {
  return playerView(s.G, '0');
}

/** A real state with some tracks set, as the ruleset could reach them. */
function withTracks(s: MatchState, tracks: Partial<SeatView['tracks']>): SeatView {
  const G = view(s);
  return { ...G, tracks: { ...G.tracks, ...tracks } };
}

function draw(G: SeatView) {
  return render(<PeninsulaMap G={G} />).container;
}

function the(container: HTMLElement, selector: string): Element {
  const found = container.querySelector(selector);
  if (!found) throw new Error(`No ${selector} on the map`);
  return found;
}

/** One round in which the DPRK gives these orders and everyone else holds. */
function dprkOrders(s: MatchState, actions: string[]): MatchState {
  const ordered = everyoneDone(s);
  return submitOrders(ordered, { DPRK: { actions: actions as never, commitments: keepAll(ordered, 'DPRK') } });
}

describe('the board map shows the state', () => {
  test('the tension wash warms and thickens as tension rises, and the gauge lights one segment per point', () => {
    const s = newMatch();
    const calm = draw(withTracks(s, { tension: 2 }));
    const wash = the(calm, '.pm-wash');
    const calmColour = wash.getAttribute('data-colour');
    const calmOpacity = Number(wash.getAttribute('data-opacity'));
    const lit = (c: HTMLElement) => [...c.querySelectorAll('.pm-gauge-segment')].filter((seg) => seg.getAttribute('stroke-opacity') === '1').length;
    expect(calmColour).toBe(tensionColour(2));
    expect(lit(calm)).toBe(2);
    cleanup();

    const tense = draw(withTracks(s, { tension: 8 }));
    const tenseWash = the(tense, '.pm-wash');
    expect(tenseWash.getAttribute('data-colour')).toBe(tensionColour(8));
    expect(tenseWash.getAttribute('data-colour')).not.toBe(calmColour);
    expect(Number(tenseWash.getAttribute('data-opacity'))).toBeGreaterThan(calmOpacity);
    expect(lit(tense)).toBe(8);
    // The gradient the wash paints with carries the same colour.
    const stop = the(tense, 'radialGradient stop');
    expect(stop.getAttribute('stop-color')).toBe(tensionColour(8));
  });

  test('the aria label and the description summarise tension, sanctions and the alliances', () => {
    const s = newMatch();
    const c = draw(withTracks(s, { tension: 6, sanctions: 7, enforcement: 4, trustUsRok: 3 }));
    const svg = the(c, 'svg[role="img"]');
    const label = svg.getAttribute('aria-label') ?? '';
    expect(label).toContain('tension 6 of 10');
    expect(label).toContain('sanctions 7, China enforcement 4, pressure 2.8');
    expect(label).toContain('Trust US–ROK 3');
    expect(the(c, 'desc').textContent).toBe(label);
    expect(the(c, 'title').textContent).toMatch(/Korean peninsula/);
  });

  test('trust links are as thick as the trust between the allies', () => {
    const s = newMatch();
    const c = draw(withTracks(s, { trustUsRok: 2, trustUsJpn: 9, tiesPrcDprk: 5, rapport: 0 }));
    const width = (track: string) => Number(the(c, `[data-track="${track}"] .pm-link-line`).getAttribute('stroke-width'));
    expect(width('trustUsRok')).toBe(linkWidth(2));
    expect(width('trustUsJpn')).toBe(linkWidth(9));
    expect(width('trustUsJpn')).toBeGreaterThan(width('tiesPrcDprk'));
    expect(width('tiesPrcDprk')).toBeGreaterThan(width('trustUsRok'));
    expect(width('rapport')).toBeLessThan(width('trustUsRok'));
    // Strained trust (3 or less) breaks into dashes; strong trust is a solid line.
    expect(the(c, '[data-track="trustUsRok"] .pm-link-line').getAttribute('stroke-dasharray')).not.toBeNull();
    expect(the(c, '[data-track="trustUsJpn"] .pm-link-line').getAttribute('stroke-dasharray')).toBeNull();
    expect(the(c, '[data-track="trustUsJpn"]').textContent).toContain('9');
  });

  test('sanctions thicken the wall on the China–DPRK border, and enforcement closes its gaps', () => {
    const s = newMatch();
    const leaky = draw(withTracks(s, { sanctions: 8, enforcement: 2 }));
    const wallWidth = Number(the(leaky, '.pm-sanctions-wall').getAttribute('stroke-width'));
    expect(the(leaky, '.pm-enforcement').getAttribute('stroke-dasharray')).toMatch(/^5 /);
    expect(the(leaky, '.pm-badge').textContent).toContain('Sanctions 8 · China enforces 2');
    cleanup();
    const sealed = draw(withTracks(s, { sanctions: 2, enforcement: 10 }));
    expect(Number(the(sealed, '.pm-sanctions-wall').getAttribute('stroke-width'))).toBeLessThan(wallWidth);
    expect(the(sealed, '.pm-enforcement').getAttribute('stroke-dasharray')).toBeNull();
  });

  test('a summit agreed at Panmunjom shows a deal on the DMZ', () => {
    let s = newMatch();
    s = move(s, 'ROK', 'propose', { to: ['DPRK'], venue: 'panmunjom', offers: ['kaesongCooperation'], asks: ['releaseDetainees'] });
    s = move(s, 'DPRK', 'respond', { proposalId: s.G.proposals[0]?.id, answer: 'accepted' });
    expect(s.G.agreements.map((a) => [a.venue, a.kind])).toEqual([['panmunjom', 'deal']]);

    const c = draw(view(s));
    expect(the(c, '.pm-summit[data-venue="panmunjom"]').getAttribute('data-status')).toBe('deal');
    expect(the(c, '.pm-venues').textContent).toContain('Deal agreed');
    expect(c.querySelector('.pm-summit[data-venue="beijing"]')).toBeNull();
    expect(the(c, '[data-inset="singapore"]').getAttribute('data-status')).toBe('none');
    expect(the(c, 'svg').getAttribute('aria-label')).toContain('a deal agreed at Panmunjom (DMZ)');
    cleanup();

    // Next round the summit is history: a small ring remembers it.
    const next = draw(view(submitOrders(everyoneDone(s))));
    expect(the(next, '.pm-summit[data-venue="panmunjom"]').getAttribute('data-status')).toBe('past');
    expect(the(next, '.pm-summit[data-venue="panmunjom"]').getAttribute('data-earlier')).toBe('1');
    expect(next.querySelector('.pm-venues')?.textContent).not.toContain('Deal agreed');
  });

  test('an open proposal for Singapore lights its inset, and an agreement there marks the venue inside it', () => {
    let s = newMatch();
    s = move(s, 'US', 'propose', { to: ['DPRK'], venue: 'singapore', offers: ['partialSanctionsRelief'], asks: ['freezeYongbyon'] });
    const open = draw(view(s));
    expect(the(open, '[data-inset="singapore"]').getAttribute('data-status')).toBe('proposed');
    expect(the(open, '[data-inset="singapore"]').textContent).toContain('Summit proposed');
    expect(the(open, '[data-inset="hanoi"]').getAttribute('data-status')).toBe('none');
    cleanup();

    s = move(s, 'DPRK', 'respond', { proposalId: s.G.proposals[0]?.id, answer: 'accepted' });
    const agreed = draw(view(s));
    expect(the(agreed, '[data-inset="singapore"] .pm-summit').getAttribute('data-status')).toBe('deal');
  });

  test('a missile test flies an arc into the sea in the round after it resolves, and is gone a round later', () => {
    let s = newMatch({ scenario: 'moratoriumOver2020' });
    expect(draw(view(s)).querySelector('[data-launch]')).toBeNull();
    cleanup();

    s = dprkOrders(s, ['missileTest', 'cyberOperation']);
    const c = draw(view(s));
    const arc = the(c, '[data-launch="missile"] .pm-launch-arc').getAttribute('d') ?? '';
    // It leaves from Sohae and comes down in the Sea of Japan.
    expect(arc.startsWith(`M${POINTS.sohae[0]} ${POINTS.sohae[1]}`)).toBe(true);
    expect(arc.endsWith(`${POINTS.missileSplash[0]} ${POINTS.missileSplash[1]}`)).toBe(true);
    expect(c.querySelector('[data-launch="nuclear"]')).toBeNull();
    expect(the(c, 'svg').getAttribute('aria-label')).toContain('test-fired a missile');
    cleanup();

    s = submitOrders(everyoneDone(s), { DPRK: { ...holdingOrders(s.G, 'DPRK'), actions: ['armsExports', 'sanctionsEvasion'] } });
    expect(draw(view(s)).querySelector('[data-launch="missile"]')).toBeNull();
  });

  test('a nuclear test shakes Punggye-ri and ends the moratorium flag', () => {
    let s = newMatch({ scenario: 'singapore2018' });
    const before = draw(view(s));
    expect(s.G.flags.moratorium).toBe(true);
    expect(the(before, '[data-moratorium="true"]').textContent).toContain('Test moratorium');
    cleanup();

    s = dprkOrders(s, ['nuclearTest', 'cyberOperation']);
    const c = draw(view(s));
    const shock = the(c, '[data-launch="nuclear"] .pm-shock');
    expect([Number(shock.getAttribute('cx')), Number(shock.getAttribute('cy'))]).toEqual([...POINTS.punggyeri]);
    expect(c.querySelector('[data-moratorium]')).toBeNull();
    expect(the(c, 'svg').getAttribute('aria-label')).toContain('nuclear test at Punggye-ri');
  });

  test('war turns the map red with a banner that says why', () => {
    const s = newMatch();
    const G: SeatView = { ...withTracks(s, { tension: 10 }), war: { round: 1, cause: 'Shots and loudspeakers at the DMZ' } };
    const c = draw(G);
    expect(the(c, 'svg').getAttribute('data-war')).toBe('true');
    expect(c.querySelector('.pm-war-wash')).not.toBeNull();
    expect(the(c, '[data-war-banner]').textContent).toContain('Shots and loudspeakers at the DMZ');
    expect(the(c, 'svg').getAttribute('aria-label')).toContain('WAR has broken out');
    cleanup();
    expect(draw(view(s)).querySelector('[data-war-banner]')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------

/** Rings of a generated path ("M x y l dx dy … z"), in map units. */
function rings(d: string): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  for (const part of d.split('M').filter(Boolean)) {
    const [start, rest = ''] = part.replace(/z$/, '').split('l');
    const nums = (text: string) => (text.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    const [x0, y0] = nums(start!);
    const ring: Array<[number, number]> = [[x0!, y0!]];
    const deltas = nums(rest);
    for (let i = 0; i + 1 < deltas.length; i += 2) {
      const [px, py] = ring[ring.length - 1]!;
      ring.push([px + deltas[i]!, py + deltas[i + 1]!]);
    }
    out.push(ring);
  }
  return out;
}

/** Even–odd point in polygon over all rings of a path. */
function inside(point: readonly [number, number], d: string): boolean {
  let crossings = 0;
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) crossings++;
    }
  }
  return crossings % 2 === 1;
}

describe('the map geometry', () => {
  test('geometry.ts is exactly what scripts/buildMap.ts makes from the atlas', () => {
    const source = renderGeometryModule(buildGeometry(loadAtlas()));
    expect(source).toBe(readFileSync(GEOMETRY_FILE, 'utf8'));
    expect(Buffer.byteLength(source)).toBeLessThan(40 * 1024);
  }, 60_000); // projecting the 1:10m atlas takes 10 s alone on a loaded machine, past the 20 s default in a full parallel run

  test('every place lies inside the frame, and each capital and site on its own country', () => {
    for (const [id, [x, y]] of Object.entries(POINTS)) {
      expect([id, x > 0 && x < MAP_WIDTH && y > 0 && y < MAP_HEIGHT]).toEqual([id, true]);
    }
    const onLand: Array<[keyof typeof POINTS, keyof typeof LAND]> = [
      ['pyongyang', 'prk'],
      ['yongbyon', 'prk'],
      ['punggyeri', 'prk'],
      ['sohae', 'prk'],
      ['seoul', 'kor'],
      ['beijing', 'chn'],
      ['dandong', 'chn'],
      ['tokyo', 'jpn'],
    ];
    for (const [place, country] of onLand) expect([place, country, inside(POINTS[place], LAND[country])]).toEqual([place, country, true]);
    // Seas are sea: the splash points are on no country.
    for (const place of ['missileSplash', 'rocketSplash'] as const) {
      expect([place, Object.values(LAND).some((d) => inside(POINTS[place], d))]).toEqual([place, false]);
    }
  });

  test('the insets sit inside the frame without overlapping, each venue inside its host country', () => {
    const boxes = Object.values(INSETS);
    for (const b of boxes) {
      expect(b.x >= 0 && b.y >= 20 && b.x + b.width <= MAP_WIDTH && b.y + b.height <= MAP_HEIGHT).toBe(true);
      expect(inside(b.venue, b.highlight)).toBe(true);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height + 20 <= b.y || b.y + b.height + 20 <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  test('every link number, at its phone size, keeps clear of the insets and of Tokyo', () => {
    // The number's disc is 17 map units across on a phone (map.css), 11 elsewhere.
    const r = 17;
    for (const link of mapView(view(newMatch())).links) {
      const [x, y] = linkMidpoint(link);
      for (const box of Object.values(INSETS)) {
        // The inset with its name tab (26 units tall on a phone) above it.
        const clear = x + r <= box.x || x - r >= box.x + box.width || y + r <= box.y - 26 || y - r >= box.y + box.height;
        expect(clear, `${link.track} at ${x.toFixed(0)},${y.toFixed(0)}`).toBe(true);
      }
      expect(Math.hypot(x - POINTS.tokyo[0], y - POINTS.tokyo[1]), link.track).toBeGreaterThan(r + 6);
    }
  });

  test('Tokyo’s name, at its phone size, keeps clear of the Washington inset', () => {
    const label = [...draw(view(newMatch())).querySelectorAll('.pm-capital')].find((t) => t.textContent === 'Tokyo')!;
    const [x, y] = [Number(label.getAttribute('x')), Number(label.getAttribute('y'))];
    // 26 map units tall on a phone (map.css); five letters at most 0.62 em each.
    const width = 5 * 0.62 * 26;
    const left = label.getAttribute('text-anchor') === 'end' ? x - width : label.getAttribute('text-anchor') === 'middle' ? x - width / 2 : x;
    const box = INSETS.washington;
    const gap = 8;
    const clear = left + width + gap <= box.x || left >= box.x + box.width + gap || y + 6 + gap <= box.y - 26 || y - 20 >= box.y + box.height + gap;
    expect(clear).toBe(true);
  });

  test('a narrow map names its links and this round’s summits in a key under the drawing', () => {
    const s = move(newMatch(), 'US', 'propose', { to: ['DPRK'], venue: 'pyongyang', offers: ['liaisonOffice'], asks: ['testMoratorium'] });
    const key = the(draw(view(s)), '[data-testid=map-key]');
    expect(key.getAttribute('aria-hidden')).toBe('true');
    for (const name of ['Trust US–ROK', 'Trust US–Japan', 'Leader rapport US–DPRK', 'Ties PRC–DPRK']) expect(key.textContent).toContain(name);
    expect(key.textContent).toContain('Pyongyang: Summit proposed');
  });
});
