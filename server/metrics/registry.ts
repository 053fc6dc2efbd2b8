/**
 * Prometheus text exposition (format 0.0.4) in plain code: counters, histograms and gauges read
 * when scraped. One registry per process, as Prometheus clients do: the bots, timers and storage
 * report into it without being handed it.
 */

type Sample = { name: string; value: number; labels?: string };

interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  samples(): Promise<Sample[]> | Sample[];
}

function number(value: number): string {
  return Number.isFinite(value) ? String(value) : value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN';
}

export class Counter {
  private total = 0;
  inc(by = 1): void {
    this.total += by;
  }
  get value(): number {
    return this.total;
  }
}

/** Buckets in seconds, as Prometheus names them; `observeMs` takes the milliseconds the code measures. */
export class Histogram {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;

  constructor(readonly bounds: readonly number[]) {
    this.counts = bounds.map(() => 0);
  }

  observeMs(ms: number): void {
    const seconds = Math.max(0, ms) / 1000;
    this.sum += seconds;
    this.count += 1;
    this.bounds.forEach((bound, i) => {
      if (seconds <= bound) this.counts[i]! += 1;
    });
  }

  samples(name: string): Sample[] {
    return [
      ...this.bounds.map((bound, i) => ({ name: `${name}_bucket`, labels: `le="${bound}"`, value: this.counts[i]! })),
      { name: `${name}_bucket`, labels: 'le="+Inf"', value: this.count },
      { name: `${name}_sum`, value: this.sum },
      { name: `${name}_count`, value: this.count },
    ];
  }
}

/** From 1 ms to 10 s: a move, a storage write, a bot's decision, a timer firing late. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

export class Registry {
  private readonly families = new Map<string, Family>();

  counter(name: string, help: string): Counter {
    const counter = new Counter();
    this.families.set(name, { name, help, type: 'counter', samples: () => [{ name, value: counter.value }] });
    return counter;
  }

  histogram(name: string, help: string, bounds: readonly number[] = LATENCY_BUCKETS): Histogram {
    const histogram = new Histogram(bounds);
    this.families.set(name, { name, help, type: 'histogram', samples: () => histogram.samples(name) });
    return histogram;
  }

  /** A value read when scraped (open matches, sockets); the returned function removes it (a server that stops). */
  gauge(name: string, help: string, read: () => Promise<number> | number): () => void {
    const family: Family = { name, help, type: 'gauge', samples: async () => [{ name, value: await read() }] };
    this.families.set(name, family);
    return () => {
      if (this.families.get(name) === family) this.families.delete(name);
    };
  }

  async render(): Promise<string> {
    const lines: string[] = [];
    for (const family of this.families.values()) {
      lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
      for (const s of await family.samples()) lines.push(`${s.name}${s.labels ? `{${s.labels}}` : ''} ${number(s.value)}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

export const registry = new Registry();

/** What the server measures; the names are the ones dashboards query. */
export const metrics = {
  moves: registry.counter('peninsula_moves_total', 'Moves stored (rate() gives moves per second).'),
  moveSeconds: registry.histogram('peninsula_move_seconds', 'Server time of a move: from reading the match to its new state stored.'),
  storageWriteSeconds: registry.histogram('peninsula_storage_write_seconds', 'Time to store a new match state and its log entries.'),
  botDecisionSeconds: registry.histogram('peninsula_bot_decision_seconds', "Time a bot seat takes to choose its move (the ruleset's bot)."),
  timerLagSeconds: registry.histogram('peninsula_timer_lag_seconds', 'How late a phase timer fired after its deadline.'),
};
