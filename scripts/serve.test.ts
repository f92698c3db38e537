import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveOptions, siteAddresses } from './serve.ts';

describe('serveOptions', () => {
  it('defaults to loopback on 4321 under the base from SITE_BASE', () => {
    expect(serveOptions([], { SITE_BASE: 'kb' })).toEqual({ dir: 'dist', base: '/kb/', port: 4321, host: '127.0.0.1', csp: false });
  });

  it('takes --host, --port, --base and --csp', () => {
    expect(serveOptions(['--host', '0.0.0.0', '--port', '8080', '--base', '/kb', '--csp'], {})).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      base: '/kb/',
      csp: true,
    });
  });

  it('names the option and the expected value for a bad port or an unknown option', () => {
    expect(() => serveOptions(['--port', 'abc'], {})).toThrow(/--port: expected a port number from 0 to 65535, got "abc"/);
    expect(() => serveOptions(['--prot', '80'], {})).toThrow(/--prot/);
  });
});

describe('siteAddresses', () => {
  it('prints the host itself, or every IPv4 address for 0.0.0.0', () => {
    expect(siteAddresses('127.0.0.1', 4321, '/kb/')).toEqual(['http://127.0.0.1:4321/kb/']);
    expect(siteAddresses('0.0.0.0', 8080, '/')).toContain('http://127.0.0.1:8080/');
  });
});

describe('npm run serve on a busy port', () => {
  it('says the port is taken and how to choose another, without a stack trace', async () => {
    const blocker = http.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const root = path.resolve(import.meta.dirname, '..');
    const child = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--dir', 'tests/fixtures/serve'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    blocker.close();
    expect(code).toBe(1);
    expect(stderr).toContain(`端口 ${port} 已被占用`);
    expect(stderr).toContain(`--port ${port + 1}`);
    expect(stderr).not.toMatch(/at .*\(node:/);
  });
});
