import type { Context, Next } from 'koa';
import { registry } from '../metrics/registry';
import { refuse } from '../../shared/api/errors';
import { sameSecret } from '../sameSecret';
import { answerRefusal } from './refusals';

export interface ProbeOptions {
  /** Whether this process may serve matches: it holds the database's writer lock (always, on PGlite). */
  ready(): boolean;
  storage: 'pglite' | 'postgres';
  /** When set, /metrics wants `Authorization: Bearer <token>` (METRICS_TOKEN). */
  metricsToken?: string | undefined;
}

/**
 * What an orchestrator and a monitor read: /livez (the process answers), /readyz (it may serve:
 * 503 otherwise), /health (the same for people, no version and no database read) and /metrics in
 * Prometheus text format.
 */
export function probes(options: ProbeOptions) {
  return async (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    switch (ctx.path) {
      case '/livez':
        ctx.body = { live: true };
        return;
      case '/readyz':
        ctx.status = options.ready() ? 200 : 503;
        ctx.body = { ready: options.ready() };
        return;
      case '/health':
        ctx.body = { ok: true, ready: options.ready(), storage: options.storage };
        return;
      case '/metrics':
        if (options.metricsToken && !sameSecret(ctx.get('authorization'), `Bearer ${options.metricsToken}`)) {
          answerRefusal(ctx, refuse('METRICS_TOKEN', 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.'));
          return;
        }
        ctx.type = 'text/plain; version=0.0.4; charset=utf-8';
        ctx.body = await registry.render();
        return;
      default:
        return next();
    }
  };
}
