import { describe, expect, it } from 'vitest';
import { BRIEFING_TIMELINE, BRIEFINGS, briefingsFor } from '../../shared/data/briefings';
import { ROLES } from '../../shared/roles';

describe('briefings', () => {
  it('has a complete one-page briefing for every role', () => {
    for (const role of ROLES) {
      const b = BRIEFINGS[role];
      expect(b.role).toBe(role);
      expect(b.title.length).toBeGreaterThan(10);
      expect(b.history.length).toBeGreaterThanOrEqual(3);
      expect(b.interests.length).toBeGreaterThanOrEqual(3);
      expect(b.redLines.length).toBeGreaterThanOrEqual(2);
      expect(b.whatIf.length).toBeGreaterThanOrEqual(2);
      const words = JSON.stringify(b).split(/\s+/).length;
      expect(words).toBeLessThan(650);
    }
  });
  it('covers the history the brief names', () => {
    const all = JSON.stringify([BRIEFING_TIMELINE, BRIEFINGS]);
    for (const topic of ['Singapore', 'Hanoi', 'DMZ', 'Panmunjom', 'moratorium', 'enforcement', 'US–ROK', 'US–Japan', 'Agreed Framework', 'Six-Party']) {
      expect(all, topic).toContain(topic);
    }
  });
  it("sets the 2025 scenario's briefings in its period, for every role, each with its sources", () => {
    const set = briefingsFor('present2025');
    expect(set.setIn).toBe('September 2025');
    expect(briefingsFor('singapore2018').roles).toBe(BRIEFINGS);
    expect(briefingsFor('history2018').roles).toBe(BRIEFINGS);
    expect(briefingsFor('no-such-scenario').roles).toBe(BRIEFINGS);
    for (const role of ROLES) {
      const b = set.roles[role];
      expect(b.role).toBe(role);
      expect(b.history.length).toBeGreaterThanOrEqual(3);
      expect(b.interests.length).toBeGreaterThanOrEqual(3);
      expect(b.redLines.length).toBeGreaterThanOrEqual(2);
      expect(b.whatIf.length).toBeGreaterThanOrEqual(2);
      expect(b.sources?.length ?? 0, role).toBeGreaterThanOrEqual(2);
      expect(
        b.history.some((h) => h.year.includes('2024') || h.year.includes('2025')),
        role,
      ).toBe(true);
      expect(JSON.stringify(b).split(/\s+/).length).toBeLessThan(650);
    }
    const all = JSON.stringify(set);
    for (const topic of [
      'Lee Jae Myung',
      'Kursk',
      'Panel of Experts',
      'treaty',
      'veto',
      'Washington',
      'Beijing',
      'abductions',
      'Multilateral Sanctions Monitoring Team',
    ]) {
      expect(all, topic).toContain(topic);
    }
    expect(set.sources.length).toBeGreaterThanOrEqual(4);
  });
});
