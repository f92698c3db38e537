import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceIds } from './sources.ts';

let dir: string;
const put = (file: string, text: string): void => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sources-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sourceIds', () => {
  it('is the folders with raw.txt and source.yaml, in the order their records give', () => {
    put('sources/later/raw.txt', '乙\n');
    put('sources/later/source.yaml', 'order: 1\n');
    put('sources/first/raw.txt', '甲\n');
    put('sources/first/source.yaml', 'order: 0\n');
    put('sources/no-record/raw.txt', '丙\n');
    put('sources/no-text/source.yaml', 'order: 2\n');
    put('sources/README.upstream.md', '');
    expect(sourceIds(dir)).toEqual(['first', 'later']);
  });

  it('is empty without a sources folder', () => {
    expect(sourceIds(dir)).toEqual([]);
  });
});
