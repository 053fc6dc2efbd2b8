import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export interface JoinBase {
  /** Where phones go: `${base}/join/CODE`. No trailing slash. */
  base: string;
  /** false when only this machine can reach it (the server listens on loopback, no PUBLIC_URL). */
  reachable: boolean;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** The machine's first private IPv4 address on a real interface (the LAN), if any. */
export function lanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string | null {
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal);
  const lan = candidates.find((i) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(i.address)) ?? candidates[0];
  return lan?.address ?? null;
}

/**
 * The join address the console and QR code show: PUBLIC_URL when set (a domain, a proxy);
 * otherwise the LAN address when the server listens beyond loopback (HOST unset, 0.0.0.0, ::
 * or a LAN address); otherwise localhost, flagged unreachable for phones.
 */
export function joinBase(options: { publicUrl?: string | undefined; host?: string | undefined; port: number; lan?: string | null }): JoinBase {
  const publicUrl = options.publicUrl?.trim();
  if (publicUrl) return { base: publicUrl.replace(/\/+$/, ''), reachable: true };
  const host = options.host?.trim() || '::';
  if (isLoopback(host)) return { base: `http://localhost:${options.port}`, reachable: false };
  const wildcard = host === '0.0.0.0' || host === '::';
  const address = wildcard ? (options.lan === undefined ? lanAddress() : options.lan) : host;
  if (!address) return { base: `http://localhost:${options.port}`, reachable: false };
  return { base: `http://${address.includes(':') ? `[${address}]` : address}:${options.port}`, reachable: true };
}
