// The ingest command as a user runs it: bad input gets a clear message naming the file and
// what was expected, exit code 2, and nothing written; a new text is ingested into the
// right places; and the committed texts are exactly what ingestion produces today.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourceSchema } from '../src/schemas/source.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/ingest');
const DOCUMENTS = path.join(FIXTURES, 'documents');

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
    ['an empty file', () => input('empty.txt', ''), /empty\.txt: 文件是空的。请给出从原文提取的 UTF-8 文本（\.txt）/],
    ['a text of whitespace only', () => input('blank.txt', ' \n\n\u3000\n'), /blank\.txt: 文件只有空白，没有文字/],
    ['a binary file', () => input('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /image\.txt: 看来是二进制文件（第 9 字节为 NUL），不是文本/],
    [
      'a GB18030 text',
      () => path.join(FIXTURES, 'gb18030.txt'),
      /gb18030\.txt: 文本不是 UTF-8 编码（第 2 字节为 0xB5），但可按 GB18030 解码[^\n]*\n\s+iconv -f GB18030 -t UTF-8 \S*gb18030\.txt > \S*gb18030\.utf8\.txt/,
    ],
    ['bytes that are no known encoding', () => input('latin.txt', Uint8Array.from([0x61, 0xff, 0xfe, 0x62])), /latin\.txt: 文本不是 UTF-8 编码（第 2 字节 0xFF 无效），也不是 GB18030/],
    ['a text with no recognisable title', () => input('untitled.txt', '系统论观点认为，系统是由相互间具有有机\n\n联系的诸要素构成的整体。'), /untitled\.txt: 找不到题名：文本开头应有一行题名/],
    ['an id already used by another text', () => path.join(FIXTURES, 'new-paper.txt'), /new-paper\.txt: 编号“existing”已被使用（content\/sources\/existing\/ 已存在）。请用 --id 另取一个新编号/],
    ['an id already used, for a PDF', () => path.join(DOCUMENTS, 'paper.pdf'), /paper\.pdf: 编号“existing”已被使用/],
    ['an encrypted PDF', () => path.join(DOCUMENTS, 'encrypted.pdf'), /encrypted\.pdf: PDF 文件已加密（需要密码才能打开），无法读取其文字/],
    ['a PDF without text (a scanned page)', () => path.join(DOCUMENTS, 'scanned.pdf'), /scanned\.pdf: 第 1 页是图像（扫描件），没有文字层（全文共 1 页）。本工具不做文字识别（OCR）/],
    ['a PDF whose fonts have no ToUnicode map', () => path.join(DOCUMENTS, 'no-tounicode.pdf'), /no-tounicode\.pdf: 第 1–3 页的文字无法解码（字体没有 ToUnicode 对照表/],
    ['a file that is not a PDF', () => input('fake.pdf', 'not a pdf at all'), /fake\.pdf: 不是可读的 PDF 文件/],
    ['a corrupt Word file', () => path.join(DOCUMENTS, 'corrupt.docx'), /corrupt\.docx: 不是可读的 Word 文件（\.docx）（无法解压/],
    ['an unsupported file type', () => input('paper.doc', 'x'), /paper\.doc: 不支持的文件类型“\.doc”/],
  ];

  it.each(cases)('%s: a clear message, exit code 2, nothing written', (_name, file, message) => {
    const id = _name.startsWith('an id already used') ? 'existing' : 'new-text';
    if (id === 'existing') {
      // The other sources' files exist too, so the existing id is taken in every place.
      mkdirSync(path.join(root, 'content/texts/existing'), { recursive: true });
    }
    const rawFile = file();
    const before = snapshot(root);
    const run = ingest([rawFile, '--id', id, '--root', root]);
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a missing file, a bad id and missing arguments with exit code 2', () => {
    expect(ingest(['nope.txt', '--id', 'x', '--root', root])).toMatchObject({ status: 2, stderr: expect.stringMatching(/nope\.txt: 文件不存在/) });
    expect(ingest([path.join(FIXTURES, 'new-paper.txt'), '--id', 'Bad Id', '--root', root])).toMatchObject({ status: 2, stderr: expect.stringMatching(/编号“Bad Id”不合要求：只能用小写拉丁字母/) });
    const unnamed = input('新文献.txt', readFileSync(path.join(FIXTURES, 'new-paper.txt')));
    expect(ingest([unnamed, '--root', root])).toMatchObject({ status: 2, stderr: expect.stringMatching(/无法由文件名“新文献\.txt”生成编号：请用 --id 给出编号/) });
  });

  it('takes the id from a Latin file name when --id is not given', () => {
    expect(ingest([path.join(FIXTURES, 'new-paper.txt'), '--root', root]).status).toBe(0);
    expect(readFileSync(path.join(root, 'content/sources/new-paper/raw.txt'))).toEqual(readFileSync(path.join(FIXTURES, 'new-paper.txt')));
  });

  it('refuses a text already ingested under another id', () => {
    const run = ingest([path.join(ROOT, 'content/sources/urban-integration/raw.txt'), '--id', 'again', '--root', root]);
    expect(run).toMatchObject({ status: 2, stderr: expect.stringMatching(/已作为“existing”收入 content\/sources\//) });
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

  it('writes the missing source.yaml of a raw text put into its folder by hand, from what the text states only', () => {
    const raw = path.join(root, 'content/sources/by-hand/raw.txt');
    mkdirSync(path.dirname(raw));
    cpSync(path.join(FIXTURES, 'new-paper.txt'), raw);
    const run = ingest([raw, '--root', root]); // the id is the folder's name
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toContain('content/sources/by-hand/source.yaml written from what the text states');
    const record = parse(readFileSync(path.join(root, 'content/sources/by-hand/source.yaml'), 'utf8')) as Record<string, unknown>;
    const sha256 = createHash('sha256').update(readFileSync(raw)).digest('hex');
    // Title, subtitle and kind from the text; no author, year, publisher or place, because the text names none.
    expect(record).toEqual({ order: 0, title: '党建联盟运行机制摘编', subtitle: '测试样本', authors: [], kind: 'paper', rawFile: 'raw.txt', sha256 });
    expect(sourceSchema.safeParse(record).success).toBe(true);
    expect(readFileSync(path.join(root, 'content/texts/by-hand/text.mdx'), 'utf8')).toContain('## 一、联盟运行机制');
    // --all does the same for every folder without a record, and leaves written records alone.
    const before = readFileSync(path.join(root, 'content/sources/by-hand/source.yaml'));
    expect(ingest(['--all', '--root', root]).status).toBe(0);
    expect(readFileSync(path.join(root, 'content/sources/by-hand/source.yaml'))).toEqual(before);
    expect(parse(readFileSync(path.join(root, 'content/sources/existing/source.yaml'), 'utf8'))).toMatchObject({ order: 1, rawFile: 'raw.txt' });
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

describe('npm run ingest: a PDF and a Word file', () => {
  it.each([
    ['paper.pdf', 'sample-pdf'],
    ['styled.docx', 'sample-docx'],
  ])('%s: raw.txt, layout.yaml, source.yaml, review.txt and the MDX; re-ingesting gives the same bytes', (name, id) => {
    const run = ingest([path.join(DOCUMENTS, name), '--id', id, '--root', root]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const dir = path.join(root, 'content/sources', id);
    expect(readdirSync(dir).sort()).toEqual(['layout.yaml', 'raw.txt', 'review.txt', 'source.yaml']);
    const review = readFileSync(path.join(dir, 'review.txt'), 'utf8');
    expect(run.stdout).toContain(review);
    const record = readFileSync(path.join(dir, 'source.yaml'), 'utf8');
    expect(record).toMatch(/^title: 融合推进城市基层党建工作研究$/m);
    expect(record).toMatch(new RegExp(`^rawFile: ${name.replace('.', '\\.')}$`, 'm'));
    expect(record).not.toMatch(/^institution:/m); // the file names none: left empty
    if (name.endsWith('.pdf')) {
      expect(record).toMatch(/^journal: 样本学报$/m);
      expect(record).toMatch(/^pages: 12–14$/m);
      expect(review).toContain('第 2 页：页眉“样本学报 2020 年第 1 期”');
      expect(review).toContain('第 3 页：页码“14”（页脚）');
      expect(review).toContain('文件第 2 页：页码 13，原始文本第');
      expect(review).toMatch(/¶\d+: 12–13；/); // a paragraph running from page 12 on to 13
    } else {
      expect(record).not.toMatch(/^(journal|year|pages):/m);
      expect(review).toContain('“联盟章程摘录”只用直接格式（加粗、16 磅）排成标题');
    }
    expect(readdirSync(path.join(root, 'content')).filter((f) => f.startsWith('.'))).toEqual([]); // no temporary directory left
    const mdx = readFileSync(path.join(root, 'content/texts', id, 'text.mdx'), 'utf8');
    expect(ingest(['--all', '--root', root]).status).toBe(0);
    const before = snapshot(root);
    expect(readFileSync(path.join(root, 'content/texts', id, 'text.mdx'), 'utf8')).toBe(mdx);
    expect(ingest(['--all', '--root', root]).status).toBe(0);
    expect(ingest(['--all', '--check', '--root', root]).status).toBe(0);
    expect(snapshot(root)).toEqual(before);
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
