import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contentDir, memoised, type Watch } from './dir.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'content-dir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('contentDir', () => {
  it('is content/ unless SITE_CONTENT_DIR names another directory', () => {
    expect(contentDir({})).toBe(path.resolve('content'));
    expect(contentDir({ SITE_CONTENT_DIR: scratch })).toBe(scratch);
    expect(contentDir({ SITE_CONTENT_DIR: 'x/y' })).toBe(path.resolve('x/y'));
  });
});

describe('memoised', () => {
  it('reads a directory once, and again only after a file under it changed', async () => {
    const file = path.join(scratch, 'a.txt');
    writeFileSync(file, 'one');
    let reads = 0;
    const read = memoised((dir) => {
      reads++;
      return dir;
    });
    read(scratch);
    read(scratch);
    expect(reads).toBe(1);
    writeFileSync(file, 'two!');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    await vi.waitFor(() => {
      read(scratch);
      expect(reads).toBe(2);
    }, { timeout: 3000 });
  });

  it('between change notices, does not look at the files at all', () => {
    const dir = mkdtempSync(path.join(scratch, 'quiet-'));
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'one');
    let notify = (): void => {};
    const watch: Watch = (_dir, onChange) => {
      notify = onChange;
      return true;
    };
    let reads = 0;
    const read = memoised(() => ++reads, { watch });
    read(dir);
    writeFileSync(file, 'changed');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    // No notice yet: the cached value, no stat.
    expect(read(dir)).toBe(1);
    notify();
    expect(read(dir)).toBe(2);
    // A notice without a change (an editor saving the same bytes) reads nothing again.
    notify();
    expect(read(dir)).toBe(2);
  });

  it('with the real watch, sees an edit', async () => {
    const dir = mkdtempSync(path.join(scratch, 'real-'));
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'one');
    let reads = 0;
    const read = memoised(() => ++reads);
    read(dir);
    writeFileSync(file, 'two, longer');
    await vi.waitFor(() => expect(read(dir)).toBe(2), { timeout: 3000 });
  });
});
