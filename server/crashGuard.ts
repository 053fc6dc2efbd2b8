import type { Logger } from './logger';

/**
 * Node exits on an unhandled rejection (and on an uncaught exception): one bad message that
 * slips past every check in a handler would stop every match on the server. The process logs it
 * and carries on instead; each request and socket message stands alone, so what failed is that
 * one message. Installed once, by the process entry point (server/start.ts).
 */
export function installCrashGuard(log: Logger): void {
  process.on('unhandledRejection', (reason: unknown) => {
    log.error({ err: reason }, 'unhandled rejection: logged, server keeps running');
  });
  process.on('uncaughtException', (error: Error, origin: string) => {
    log.error({ err: error, origin }, 'uncaught exception: logged, server keeps running');
  });
}
