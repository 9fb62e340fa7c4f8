import dns from 'node:dns';
import { lookup } from 'node:dns/promises';
import { createServer, type AddressInfo } from 'node:net';
import net from 'node:net';
import { describe, expect, it } from 'vitest';

// The guard in test/setup/no-network.ts is what keeps every other test off the network.
describe('the test network guard', () => {
  it('refuses a connection to a non-loopback address', () => {
    expect(() => net.connect({ host: '93.184.216.34', port: 80 })).toThrow(
      'network access is blocked in tests: refused to reach 93.184.216.34:80',
    );
    expect(() => net.connect(443, '1.1.1.1')).toThrow(/refused to reach 1\.1\.1\.1:443/);
  });

  it('refuses DNS lookups of other hosts, in every form', async () => {
    expect(() => dns.lookup('example.com', () => undefined)).toThrow(/DNS lookup of example\.com/);
    await expect(lookup('registry.npmjs.org')).rejects.toThrow(
      /DNS lookup of registry\.npmjs\.org/,
    );
    await expect(dns.promises.lookup('github.com')).rejects.toThrow(/DNS lookup of github\.com/);
  });

  it('makes fetch of a public URL fail', async () => {
    const failure: unknown = await fetch('https://example.com/').then(
      () => 'connected',
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).cause)).toMatch(/network access is blocked in tests/);
  });

  it('still allows loopback, for local stand-in servers', async () => {
    const server = createServer((socket) => socket.end('hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const received = await new Promise<string>((resolve, reject) => {
        const socket = net.connect({ host: 'localhost', port });
        let data = '';
        socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      expect(received).toBe('hello');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
