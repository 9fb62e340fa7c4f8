// Tests must never reach the real network: any outbound connection or DNS lookup for a host
// other than this machine throws. Git is kept local separately, by GIT_ALLOW_PROTOCOL=file.
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.', 'ip6-localhost']);

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (LOOPBACK_NAMES.has(bare)) return true;
  if (net.isIPv4(bare)) return bare.startsWith('127.');
  if (net.isIPv6(bare)) return bare === '::1' || /^::ffff:127\./.test(bare);
  return false;
}

export class NetworkBlockedError extends Error {
  constructor(target: string) {
    super(`network access is blocked in tests: refused to reach ${target}`);
    this.name = 'NetworkBlockedError';
  }
}

/** Where a `socket.connect(...)` call is going: a host (and port), or a local IPC path. */
function connectTarget(args: unknown[]): { host?: string; port?: unknown; path?: string } {
  const [first, second] = args;
  if (Array.isArray(first)) return connectTarget(first as unknown[]); // internal normalized form
  if (first && typeof first === 'object') {
    const options = first as { host?: unknown; port?: unknown; path?: unknown };
    if (typeof options.path === 'string') return { path: options.path };
    return {
      host: typeof options.host === 'string' ? options.host : 'localhost',
      port: options.port,
    };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { path: first };
  return { host: typeof second === 'string' ? second : 'localhost', port: first };
}

// Called below with the socket as `this`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(
  this: net.Socket,
  ...args: unknown[]
): net.Socket {
  const target = connectTarget(args);
  if (target.path === undefined && !isLoopbackHost(target.host ?? '')) {
    throw new NetworkBlockedError(`${target.host}:${String(target.port)}`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
};

const originalLookup = dns.lookup;
dns.lookup = function guardedLookup(hostname: string, ...rest: unknown[]): void {
  if (!isLoopbackHost(hostname)) throw new NetworkBlockedError(`DNS lookup of ${hostname}`);
  (originalLookup as (...a: unknown[]) => void)(hostname, ...rest);
} as typeof dns.lookup;

const originalPromisesLookup = dns.promises.lookup;
dns.promises.lookup = function guardedPromisesLookup(hostname: string, ...rest: unknown[]) {
  if (!isLoopbackHost(hostname)) {
    return Promise.reject(new NetworkBlockedError(`DNS lookup of ${hostname}`));
  }
  return (originalPromisesLookup as (...a: unknown[]) => Promise<unknown>)(hostname, ...rest);
} as typeof dns.promises.lookup;

// `import { lookup } from 'node:dns'` must see the guarded functions too.
syncBuiltinESMExports();
