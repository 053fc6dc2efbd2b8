import { createServer, type Server } from 'node:http';

/**
 * What a waiting process answers on its port while another holds the writer lock: it is live
 * (/livez 200) and not ready (/readyz 503), and it serves nothing else, so a load balancer or
 * an orchestrator sends no player here until it takes over.
 */
export async function serveStandby(port: number): Promise<{ close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const [status, body] =
      path === '/livez'
        ? [200, { live: true }]
        : path === '/readyz' || path === '/health'
          ? [503, { ready: false, standby: true }]
          : [503, { error: 'This server is a hot standby: another process serves this database.', code: 'STANDBY' }];
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-content-type-options': 'nosniff',
      ...(status === 503 ? { 'retry-after': '5' } : {}),
    });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
