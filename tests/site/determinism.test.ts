// Two clean builds of the same tree (fresh cache directories, different output directories)
// are byte-identical, search index included: the /kb/ build the global setup makes from a
// clean cache, and a second clean /kb/ build made here. When not, the first differing file is named with
// the first differing bytes, so the source of the non-determinism can be found.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildOrThrow } from '../../scripts/kit/build.ts';
import { listFiles } from '../../src/lib/files.ts';
import { KB_BASE, KB_DIST, ROOT } from '../support/sites.ts';

const WORK = path.join(ROOT, '.tmp/determinism');

/** Where two buffers first differ, with a little context from each, for the failure message. */
function describeDifference(file: string, a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const excerpt = (buf: Buffer): string => JSON.stringify(buf.subarray(Math.max(0, i - 60), i + 60).toString('latin1'));
  const textual = /\.(html|xml|json|js|css|txt|svg)$/.test(file);
  return (
    `first differing file: ${file} (sizes ${a.length} and ${b.length}, first difference at byte ${i})` +
    (textual ? `\n  build 1: …${excerpt(a)}…\n  build 2: …${excerpt(b)}…` : '')
  );
}

let first: string;
let second: string;
beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  first = KB_DIST;
  second = path.join(WORK, 'two');
  const env = { SITE_OUT_DIR: second, SITE_CACHE_DIR: path.join(WORK, 'two-cache'), SITE_BASE: KB_BASE };
  await buildOrThrow('the second clean build', { env });
}, 600_000);
afterAll(() => {
  rmSync(WORK, { recursive: true, force: true });
});

it('two clean builds produce byte-identical output, search index included', () => {
  const filesA = listFiles(first);
  const filesB = listFiles(second);
  expect(filesA.some((f) => f.startsWith('pagefind/'))).toBe(true);
  const onlyA = filesA.filter((f) => !filesB.includes(f));
  const onlyB = filesB.filter((f) => !filesA.includes(f));
  if (onlyA.length + onlyB.length > 0) {
    expect.fail(
      `the builds differ in their files: first differing file ${[...onlyA, ...onlyB].sort()[0]}\n` +
        `  only in build 1: ${onlyA.slice(0, 10).join(', ')}${onlyA.length > 10 ? ' …' : ''}\n` +
        `  only in build 2: ${onlyB.slice(0, 10).join(', ')}${onlyB.length > 10 ? ' …' : ''}`,
    );
  }
  for (const f of filesA) {
    const a = readFileSync(path.join(first, f));
    const b = readFileSync(path.join(second, f));
    if (!a.equals(b)) expect.fail(describeDifference(f, a, b));
  }
  console.log(`determinism: ${filesA.length} files identical in two clean builds`);
});
