import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ContentError } from './errors.ts';
import { checkSourceIntegrity } from './integrity.ts';

const RAW = '新时代基层党建\n正文第一句。\n';
const SHA = createHash('sha256').update(RAW).digest('hex');
const scratch = mkdtempSync(path.join(tmpdir(), 'integrity-'));
let root: string;
let n = 0;

function put(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}
const text = (fm: string, body = '\n正文。\n'): string => `---\n${fm}\n---\n${body}`;
/** A complete frontmatter of a part of source `source` generated from a raw text hashing to `sha`. */
const part = (source: string, sha = SHA): string => `source: ${source}\npart: text\norder: 0\ntitle: A\nrawLines: [1, 2]\nheadings: []\nrawSha256: ${sha}`;

beforeEach(() => {
  root = path.join(scratch, String(n++));
  put('content/sources/a/source.yaml', `title: A\nsha256: ${SHA}\n`);
  put('content/sources/a/raw.txt', RAW);
  put('content/texts/a/text.mdx', text(part('a')));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('checkSourceIntegrity', () => {
  it('accepts consistent sources and texts', () => {
    expect(checkSourceIntegrity(root)).toEqual([]);
  });

  it('rejects a raw text that is not UTF-8, naming the file and the encoding expected', () => {
    put('content/sources/a/raw.txt', new TextEncoder().encode(RAW).map((b) => (b === 0xe6 ? 0xb5 : b)));
    const [issue] = checkSourceIntegrity(root);
    expect(issue).toMatchObject({ file: 'content/sources/a/raw.txt', field: '(encoding)' });
    expect(issue?.message).toMatch(/不是 UTF-8 编码（第 1 字节 0xB5 无效），也不是 GB18030/);
  });

  it('rejects a modified raw text (sha256 mismatch)', () => {
    put('content/sources/a/raw.txt', `${RAW}多出的一行\n`);
    expect(checkSourceIntegrity(root)).toEqual([
      expect.objectContaining({ file: 'content/sources/a/source.yaml', field: 'sha256', message: expect.stringContaining('byte-identical') }),
    ]);
  });

  it('rejects a text generated from another raw text (rawSha256 differs from source.yaml)', () => {
    put('content/texts/a/text.mdx', text(part('a', 'f'.repeat(64))));
    expect(checkSourceIntegrity(root)).toEqual([expect.objectContaining({ file: 'content/texts/a/text.mdx', field: 'rawSha256' })]);
  });

  it('rejects a missing raw text', () => {
    rmSync(path.join(root, 'content/sources/a/raw.txt'));
    expect(checkSourceIntegrity(root)).toEqual([expect.objectContaining({ file: 'content/sources/a/raw.txt', field: '(file)' })]);
  });

  it('rejects a source folder without its source.yaml, naming the file and how to write one', () => {
    put('content/sources/b/raw.txt', RAW);
    put('content/sources/c/.keep', '');
    put('content/sources/README.upstream.md', 'not a source');
    expect(checkSourceIntegrity(root)).toEqual([
      { file: 'content/sources/b/source.yaml', field: '(file)', message: expect.stringContaining('npm run ingest -- content/sources/b/raw.txt') },
      { file: 'content/sources/c/source.yaml', field: '(file)', message: expect.stringContaining('expected a source folder to hold raw.txt and source.yaml') },
    ]);
  });

  it('rejects a text with an empty body, an unknown source or no frontmatter', () => {
    put('content/texts/a/empty.mdx', text(part('a'), '\n  \n'));
    put('content/texts/a/orphan.mdx', text(part('nope')));
    put('content/texts/a/bare.mdx', '正文。\n');
    put('content/texts/a/broken.mdx', text('title: "unclosed'));
    const issues = checkSourceIntegrity(root).map((i) => `${i.file} ${i.field}`);
    expect(issues).toEqual([
      'content/texts/a/bare.mdx (frontmatter)',
      'content/texts/a/broken.mdx (frontmatter)',
      'content/texts/a/empty.mdx (body)',
      'content/texts/a/orphan.mdx source',
    ]);
    expect(new ContentError(checkSourceIntegrity(root)).message).toMatch(/content\/texts\/a\/orphan.mdx: field "source": unknown source id "nope"; expected one of a/);
    // YAML error positions are lines of the file, not of the frontmatter block.
    expect(checkSourceIntegrity(root).find((i) => i.file.endsWith('broken.mdx'))?.message).toMatch(/quote at line 2, column \d+$/);
  });

  it('rejects a text whose frontmatter does not match the schema, naming the field and what was expected', () => {
    put('content/texts/a/text.mdx', text(part('a').replace('order: 0', 'order: first')));
    expect(checkSourceIntegrity(root)).toEqual([
      { file: 'content/texts/a/text.mdx', field: 'order', message: 'Invalid input: expected number, received string' },
    ]);
  });

  it('reports a source record that is not YAML instead of comparing hashes with it', () => {
    put('content/sources/a/source.yaml', 'title: [A\nsha256: x\n');
    expect(checkSourceIntegrity(root)).toEqual([
      expect.objectContaining({ file: 'content/sources/a/source.yaml', field: '(file)', message: expect.stringContaining('does not parse as YAML') }),
    ]);
  });
});

