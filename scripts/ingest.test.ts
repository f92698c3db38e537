// The ingest command as a user runs it: bad input gets a clear message naming the file and
// what was expected, exit code 2, and nothing written; a new text is ingested into the
// right places; and the committed texts are exactly what ingestion produces today.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/ingest');

function ingest(args: string[]): { status: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under a directory with its content, to prove nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

let root: string;
let inputs: string;
beforeEach(() => {
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true }); // absent in a fresh clone
  root = mkdtempSync(path.join(ROOT, '.tmp/ingest-test-'));
  mkdirSync(path.join(root, 'content/sources/existing'), { recursive: true });
  cpSync(path.join(ROOT, 'content/sources/urban-integration/raw.txt'), path.join(root, 'content/sources/existing/raw.txt'));
  inputs = path.join(root, 'inputs');
  mkdirSync(inputs);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function input(name: string, bytes: string | Uint8Array): string {
  const file = path.join(inputs, name);
  writeFileSync(file, bytes);
  return file;
}

describe('npm run ingest: bad input', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => input('empty.txt', ''), /empty\.txt: the file is empty; expected the UTF-8 text extracted from a source PDF/],
    ['a binary file', () => input('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /image\.txt: this looks like a binary file \(a NUL byte at offset 8\), not text; expected the UTF-8 text/],
    [
      'a GB18030 text',
      () => path.join(FIXTURES, 'gb18030.txt'),
      /gb18030\.txt: the text is not UTF-8 \(byte 0xB5 at offset 1\); it decodes as GB18030[^\n]*\n\s+iconv -f GB18030 -t UTF-8 \S*gb18030\.txt > \S*gb18030\.utf8\.txt/,
    ],
    ['bytes that are no known encoding', () => input('latin.txt', Uint8Array.from([0x61, 0xff, 0xfe, 0x62])), /latin\.txt: the text is not UTF-8 \(invalid byte 0xFF at offset 1\), and not GB18030 either; expected a UTF-8 text file/],
    ['a text with no recognisable title', () => input('untitled.txt', '系统论观点认为，系统是由相互间具有有机\n\n联系的诸要素构成的整体。'), /untitled\.txt: no recognisable title: expected the first lines to hold a title/],
    ['an id already used by another text', () => path.join(FIXTURES, 'new-paper.txt'), /new-paper\.txt: the id “existing” is already used by content\/sources\/existing\/raw\.txt, a different text; expected a new id/],
  ];

  it.each(cases)('%s: a clear message, exit code 2, nothing written', (_name, file, message) => {
    const id = _name.startsWith('an id already used') ? 'existing' : 'new-text';
    const rawFile = file();
    const before = snapshot(root);
    const run = ingest([rawFile, '--id', id, '--root', root]);
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a missing file, a bad id and missing arguments with exit code 2', () => {
    expect(ingest(['nope.txt', '--id', 'x', '--root', root])).toMatchObject({ status: 2, stderr: expect.stringMatching(/nope\.txt: no such file/) });
    expect(ingest([path.join(FIXTURES, 'new-paper.txt'), '--id', 'Bad Id', '--root', root])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--id Bad Id: expected lower-case letters/) });
    expect(ingest([path.join(FIXTURES, 'new-paper.txt'), '--root', root]).status).toBe(2);
  });

  it('refuses a text already ingested under another id', () => {
    const run = ingest([path.join(ROOT, 'content/sources/urban-integration/raw.txt'), '--id', 'again', '--root', root]);
    expect(run).toMatchObject({ status: 2, stderr: expect.stringMatching(/already ingested as “existing”/) });
  });
});

describe('npm run ingest: a new text', () => {
  it('copies the raw text, writes a source record and the MDX, and re-ingests to the same bytes', () => {
    const first = ingest([path.join(FIXTURES, 'new-paper.txt'), '--id', 'fixture-paper', '--root', root]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const dir = path.join(root, 'content');
    expect(readFileSync(path.join(dir, 'sources/fixture-paper/raw.txt'))).toEqual(readFileSync(path.join(FIXTURES, 'new-paper.txt')));
    const record = readFileSync(path.join(dir, 'sources/fixture-paper/source.yaml'), 'utf8');
    expect(record).toMatch(/^title: 党建联盟运行机制摘编$/m);
    expect(record).toMatch(/^authors: \[\]$/m);
    expect(record).toMatch(/^rawFile: new-paper\.txt$/m);
    const mdx = readFileSync(path.join(dir, 'texts/fixture-paper/text.mdx'), 'utf8');
    expect(mdx).toContain('## 一、联盟运行机制');
    expect(mdx).toContain('原则上每季度召开1次联盟联席会议；由1-2个成员单位作为轮值单位');
    expect(mdx).toContain('组建“红帆党建联盟”。');
    expect(ingest(['--all', '--root', root]).status).toBe(0);
    const before = snapshot(root);
    expect(ingest([path.join(root, 'content/sources/fixture-paper/raw.txt'), '--id', 'fixture-paper', '--root', root]).status).toBe(0);
    expect(ingest(['--all', '--root', root]).status).toBe(0);
    expect(snapshot(root)).toEqual(before);
    expect(ingest(['--all', '--check', '--root', root]).status).toBe(0);
  });

  it('--check fails when a committed text was edited by hand', () => {
    expect(ingest([path.join(FIXTURES, 'new-paper.txt'), '--id', 'fixture-paper', '--root', root]).status).toBe(0);
    const mdx = path.join(root, 'content/texts/fixture-paper/text.mdx');
    writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('红帆', '红旗'));
    const run = ingest(['--all', '--check', '--root', root]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/texts/fixture-paper/text.mdx: differs from what ingestion produces');
  });
});

describe('the committed texts', () => {
  it('are exactly what ingesting the raw texts with their repairs produces (npm run ingest -- --all --check)', () => {
    const run = ingest(['--all', '--check']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/ingest --check: 5 source\(s\) up to date\./);
    expect(run.status).toBe(0);
  });
});
