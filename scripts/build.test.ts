import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { siteUrlWarning, stagingDirFor, swapInto } from './build.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'build-swap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tree(root: string, files: Record<string, string>): void {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), text);
  }
}

describe('swapInto', () => {
  it('replaces the previous output with the staged build and removes the old one', () => {
    const out = path.join(dir, 'a/dist');
    const staging = path.join(dir, 'a/staging');
    tree(out, { 'index.html': 'old', 'gone/index.html': 'old' });
    tree(staging, { 'index.html': 'new' });
    swapInto(staging, out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(path.join(out, 'gone'))).toBe(false);
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(path.join(dir, 'a'))).toEqual(['dist']);
  });

  it('creates the output when there was none', () => {
    const out = path.join(dir, 'b/dist');
    const staging = path.join(dir, 'b/staging');
    tree(staging, { 'index.html': 'new' });
    swapInto(staging, out);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it('puts the previous output back when the staged build cannot be moved', () => {
    const out = path.join(dir, 'c/dist');
    tree(out, { 'index.html': 'old' });
    expect(() => swapInto(path.join(dir, 'c/missing'), out)).toThrow();
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old');
  });
});

describe('stagingDirFor', () => {
  it('stages inside <root>/.tmp when on the same file system, unique per process', () => {
    const root = path.join(dir, 'root');
    const staging = stagingDirFor(path.join(root, 'dist'), root, '42');
    expect(staging).toBe(path.join(root, '.tmp/build-staging/dist-42'));
  });
});

describe('siteUrlWarning', () => {
  it('says printed addresses will be site paths when SITE_URL is unset, and how to set it; silent when it is set', () => {
    expect(siteUrlWarning({})).toMatch(/未设置 SITE_URL：打印讲义和 Word 文件中的网址只写站内路径/);
    expect(siteUrlWarning({})).toMatch(/SITE_URL=http:\/\/内网地址:4321 npm start/);
    expect(siteUrlWarning({ SITE_URL: 'https://kb.example.cn' })).toBeUndefined();
  });
});
