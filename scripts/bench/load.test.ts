import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findNginx, nginxConfig, parseWrk, readmeNginx } from './load.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const NGINX = findNginx();
const work = mkdtempSync(path.join(tmpdir(), 'load-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the README nginx example, as the load benchmark runs it', () => {
  it('has the cache map for the http block and the location for the server block', () => {
    const { http, server } = readmeNginx(README);
    expect(http).toMatch(/map \$uri \$kb_cache_control/);
    expect(server).toMatch(/^# In the server block\.\nlocation \/kb\/ \{/);
    expect(server).toContain('gzip_static on;');
  });

  it('becomes a configuration serving the given dist/ on the given port', () => {
    const config = nginxConfig(README, { dist: '/x/dist', prefix: '/tmp/p', port: 8123 });
    expect(config).toContain('listen 127.0.0.1:8123;');
    expect(config).toContain('alias /x/dist/;');
    expect(config).not.toContain('/srv/kb/');
  });

  it.skipIf(!NGINX)('is accepted by nginx -t', () => {
    const prefix = path.join(work, 'nginx');
    mkdirSync(prefix, { recursive: true });
    const conf = path.join(prefix, 'nginx.conf');
    writeFileSync(conf, nginxConfig(README, { dist: path.join(ROOT, 'tests/fixtures/serve'), prefix, port: 8123 }));
    const run = spawnSync(NGINX!, ['-t', '-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')], { encoding: 'utf8' });
    expect(run.stderr).toContain('syntax is ok');
    expect(run.status).toBe(0);
  });
});

describe('parseWrk', () => {
  const output = `Running 5s test @ http://127.0.0.1:4393/kb/
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     8.03ms   16.66ms 137.96ms   91.60%
    Req/Sec    17.16k     2.10k   20.00k    80.00%
  Latency Distribution
     50%  812.00us
     75%    3.10ms
     90%   20.00ms
     99%    1.20s
  85362 requests in 5.00s, 245.50MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:  17072.02
Transfer/sec:     49.11MB
`;
  it('reads requests per second, the median and p99 in ms, and counts every error', () => {
    expect(parseWrk(output)).toEqual({ rps: 17072.02, p50Ms: 0.81, p99Ms: 1200, errors: 7, requests: 85362 });
  });
  it('counts no errors when wrk reports none', () => {
    const clean = output.replace(/ {2}Socket errors.*\n {2}Non-2xx.*\n/, '');
    expect(parseWrk(clean).errors).toBe(0);
  });
});
