import { describe, expect, test } from 'vitest';
import { Registry } from '../../server/metrics/registry';

describe('the Prometheus registry', () => {
  test('renders counters, histograms with cumulative buckets in seconds, and gauges read when scraped', async () => {
    const registry = new Registry();
    const moves = registry.counter('t_moves_total', 'Moves.');
    const latency = registry.histogram('t_move_seconds', 'Move time.', [0.01, 0.1, 1]);
    let open = 3;
    const remove = registry.gauge('t_open', 'Open.', () => open);
    moves.inc();
    moves.inc(2);
    for (const ms of [5, 50, 50, 500, 5000]) latency.observeMs(ms);
    open = 4;
    expect(await registry.render()).toBe(
      [
        '# HELP t_moves_total Moves.',
        '# TYPE t_moves_total counter',
        't_moves_total 3',
        '# HELP t_move_seconds Move time.',
        '# TYPE t_move_seconds histogram',
        't_move_seconds_bucket{le="0.01"} 1',
        't_move_seconds_bucket{le="0.1"} 3',
        't_move_seconds_bucket{le="1"} 4',
        't_move_seconds_bucket{le="+Inf"} 5',
        't_move_seconds_sum 5.605',
        't_move_seconds_count 5',
        '# HELP t_open Open.',
        '# TYPE t_open gauge',
        't_open 4',
        '',
      ].join('\n'),
    );
    remove();
    expect(await registry.render()).not.toContain('t_open');
  });
});
