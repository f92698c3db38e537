import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './run.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm run bench arguments', () => {
  it('runs every part by default and writes bench/results.json', () => {
    const o = parseArgs([]);
    expect(o.parts).toEqual(['site', 'growth', 'search', 'load']);
    expect(o.growth).toEqual([1000, 10000]);
    expect(o.out).toBe(path.join(ROOT, 'bench/results.json'));
  });
  it('runs only the named parts, and writes their results under .tmp', () => {
    const o = parseArgs(['search', '--queries', '200']);
    expect(o.parts).toEqual(['search']);
    expect(o.growth).toEqual([]);
    expect(o.queries).toBe(200);
    expect(o.out).toBe(path.join(ROOT, '.tmp/bench/results.json'));
  });
  it('quick: growth at 1,000 pages, one Lighthouse run, search on 1,000 synthetic pages', () => {
    const o = parseArgs(['--quick', '--no-growth']);
    expect(o.parts).toEqual(['site', 'search', 'load']);
    expect([o.lighthouseRuns, o.searchPages]).toEqual([1, 1000]);
  });
  it('load: 50 connections for 10 s per address and server unless told otherwise', () => {
    expect(parseArgs(['load'])).toMatchObject({ parts: ['load'], connections: 50, loadSeconds: 10, loadTool: undefined });
    expect(parseArgs(['load', '--connections', '20', '--load-seconds', '3', '--load-tool', 'autocannon'])).toMatchObject({ connections: 20, loadSeconds: 3, loadTool: 'autocannon' });
  });
  it('names the parts when given an unknown one', () => {
    expect(() => parseArgs(['serch'])).toThrow(/site, growth, search, load/);
  });
});
