import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from './errors.ts';
import { rawTextOf } from './sources.ts';
import { guideContentsOf, parseTextFile, partSourcesOf, textPartsOf } from './texts.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'content-texts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SHA = 'a'.repeat(64);
const frontmatter = (order: number, part: string): string =>
  `---\nsource: s\npart: ${part}\norder: ${order}\ntitle: 第${order}部分\nrawLines: [1, 2]\nheadings:\n  - { depth: 2, text: 标题, anchor: 标题, line: 1 }\nrawSha256: ${SHA}\n---\n`;

describe('the reading texts of a content directory', () => {
  it('gives each source its parts in reading order, frontmatter parsed and body apart', () => {
    const dir = path.join(scratch, 'ok');
    mkdirSync(path.join(dir, 'texts/s'), { recursive: true });
    writeFileSync(path.join(dir, 'texts/s/b.mdx'), `${frontmatter(0, 'front')}\n第一段。\n`);
    writeFileSync(path.join(dir, 'texts/s/a.mdx'), `${frontmatter(1, 'chapter-1')}\n第二段。\n`);
    expect(textPartsOf('s', dir).map((p) => p.part)).toEqual(['front', 'chapter-1']);
    expect(partSourcesOf('s', dir)[0]?.body).toBe('\n第一段。\n');
    expect(textPartsOf('s', dir)[0]?.headings).toEqual([{ depth: 2, text: '标题', anchor: '标题', line: 1 }]);
    expect(partSourcesOf('missing', dir)).toEqual([]);
  });

  it('throws one ContentError naming the file, the field and what was expected', () => {
    const dir = path.join(scratch, 'bad');
    mkdirSync(path.join(dir, 'texts/s'), { recursive: true });
    writeFileSync(path.join(dir, 'texts/s/a.mdx'), `${frontmatter(0, 'text').replace('rawLines: [1, 2]\n', 'rawLines: 1\n')}\n正文。\n`);
    expect(() => textPartsOf('s', dir)).toThrow(ContentError);
    expect(() => textPartsOf('s', dir)).toThrow(/texts\/s\/a\.mdx: field "rawLines": Invalid input: expected tuple, received number/);
  });

  it('reports a frontmatter that is missing or does not parse', () => {
    expect(parseTextFile('x.mdx', '正文。').issues).toEqual([{ file: 'x.mdx', field: '(frontmatter)', message: 'missing; expected a --- YAML frontmatter block --- at the top' }]);
    expect(parseTextFile('x.mdx', '---\ntitle: "a\n---\n').issues[0]?.message).toMatch(/^does not parse as YAML: .*line 2/);
  });

  it('reads the real content: the raw text byte for byte, the book’s parts and contents', () => {
    expect(rawTextOf('wuxi-alliance')).toBe(readFileSync('content/sources/wuxi-alliance/raw.txt', 'utf8'));
    expect(textPartsOf('practice-guide').map((p) => p.part)).toEqual(['front', 'intro', 'chapter-1']);
    expect(guideContentsOf('practice-guide')?.parts[0]?.id).toBe('intro');
    expect(guideContentsOf('wuxi-alliance')).toBeUndefined();
  });
});
