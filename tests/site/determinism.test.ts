// Two clean builds of the same tree (fresh cache directories, different output directories)
// are byte-identical, search index included. When not, the first differing file is named with
// the first differing bytes, so the source of the non-determinism can be found.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from '../support/build.ts';
import { ROOT } from '../support/sites.ts';

const WORK = path.join(ROOT, '.tmp/determinism');

/** Every file under `dir`, relative, "/"-separated, sorted. */
function listFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? listFiles(dir, child) : [child];
    })
    .sort();
}

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

function buildInto(name: string): string {
  const out = path.join(WORK, name);
  const result = astroBuild({ SITE_OUT_DIR: out, SITE_CACHE_DIR: path.join(WORK, `${name}-cache`), SITE_BASE: '/' });
  if (result.status !== 0) throw new Error(`clean build ${name} failed:\n${result.output.slice(-4000)}`);
  return out;
}

let first: string;
let second: string;
beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  first = buildInto('one');
  second = buildInto('two');
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
