/**
 * The address a request came from, for rate limits. Behind a reverse proxy every request comes
 * from the proxy, so one limit would cover everyone: set TRUST_PROXY to the number of proxies in
 * front of the server (`1`, or `true` for one) and the address is read from X-Forwarded-For,
 * counting that many entries from the right (each trusted proxy appends the address it saw; what
 * a client writes further left is not trusted). Unset, `0` or `false`: the socket's address.
 */
export function trustedProxyHops(value: string | undefined = process.env.TRUST_PROXY): number {
  if (value === undefined) return 0;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'yes') return 1;
  const hops = Number(v);
  return Number.isInteger(hops) && hops > 0 && hops <= 10 ? hops : 0;
}

export interface AddressedRequest {
  /** The socket's peer address (Koa's ctx.ip with app.proxy off). */
  ip: string;
  get(header: string): string;
}

export function clientAddress(req: AddressedRequest, hops = trustedProxyHops()): string {
  if (hops <= 0) return req.ip;
  const chain = req
    .get('x-forwarded-for')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? req.ip;
}
