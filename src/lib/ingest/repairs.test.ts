import { describe, expect, it } from 'vitest';
import { IngestInputError } from './errors.ts';
import { applyKeptSpaces, applyRepairs, GAP_MARK, parseRepairs } from './repairs.ts';
import { splitLines } from './source-lines.ts';

const RAW = ['封面', '人 民 大 版 社', '', '让新阶层党员能够真正产生作为党组', '新格局。中央组织部办公室 尊重基层', '二、融合推进的基本对策', '新时期 新任务 新思路'].join('\n');

function repaired(yaml: string) {
  const lines = splitLines(RAW);
  const { repairs } = parseRepairs('repairs.yaml', yaml);
  applyRepairs('repairs.yaml', lines, repairs);
  applyKeptSpaces('repairs.yaml', lines, repairs);
  return lines;
}

describe('repairs', () => {
  it('drops lines, checking their text', () => {
    const lines = repaired(`repairs:\n  - { kind: drop, line: 1, text: "封面\\n人 民 大 版 社", reason: 封面与书名页重复 }`);
    expect(lines.slice(0, 2).map((l) => [l.text, l.removed])).toEqual([['', 'repair'], ['', 'repair']]);
  });

  it('marks a gap after the words a page break cut off', () => {
    const lines = repaired(`repairs:\n  - { kind: gap, line: 4, after: 产生作为党组, reason: 分页处缺字 }`);
    expect(lines[3]!.text).toBe(`让新阶层党员能够真正产生作为党组${GAP_MARK}`);
  });

  it('replaces a stray line by an editor’s note, and renumbers a heading with a note', () => {
    const lines = repaired(`repairs:
  - { kind: interpolation, line: 5, text: 中央组织部办公室, note: "〔原文此处夹有“中央组织部办公室”一行〕", reason: 作用不明 }
  - { kind: heading-renumber, line: 6, text: 二、, with: 三、, note: "〔编者注：原作二、〕", reason: 序号重复 }`);
    expect(lines[4]!.text).toBe('新格局。〔原文此处夹有“中央组织部办公室”一行〕尊重基层');
    expect(lines[5]).toMatchObject({ text: '三、融合推进的基本对策', notesAfter: ['〔编者注：原作二、〕'] });
  });

  it('adds an editor’s note after the damaged words, leaving the words as they are', () => {
    const lines = repaired(`repairs:\n  - { kind: note, line: 5, after: 新格局。, note: "〔编者注：此处疑有脱文〕", reason: 文意不连 }`);
    expect(lines[4]!.text).toBe('新格局。〔编者注：此处疑有脱文〕中央组织部办公室 尊重基层');
    expect(() => repaired(`repairs:\n  - { kind: note, line: 5, after: 旧格局, note: "〔编者注：x〕", reason: 文意不连 }`)).toThrow(
      /repair #1 \(note\): expected line 5 to contain “旧格局”/,
    );
  });

  it('keeps spaces that belong to the text as U+3000', () => {
    const lines = repaired(`repairs:\n  - { kind: keep-space, text: 新时期 新任务 新思路, reason: 书名本有空格 }`);
    expect(lines[6]!.text).toBe('新时期\u3000新任务\u3000新思路');
  });

  it('stops when a repair does not match its line', () => {
    expect(() => repaired(`repairs:\n  - { kind: gap, line: 4, after: 党组织, reason: 分页处缺字 }`)).toThrow(
      /repair #1 \(gap\): expected line 4 to end with “党组织”, but it reads “让新阶层党员能够真正产生作为党组”/,
    );
    expect(() => repaired(`repairs:\n  - { kind: drop, line: 99, text: x, reason: 不存在的行 }`)).toThrow(/line 99 does not exist/);
  });

  it('validates the file: a reason for every repair, notes in 〔〕', () => {
    expect(() => parseRepairs('r.yaml', `repairs:\n  - { kind: drop, line: 1, text: x }`)).toThrow(IngestInputError);
    expect(() => parseRepairs('r.yaml', `repairs:\n  - { kind: interpolation, line: 1, text: x, note: 注, reason: 理由充分 }`)).toThrow(/〔…〕/);
    expect(() => parseRepairs('r.yaml', 'repairs: [')).toThrow(/not valid YAML/);
    expect(parseRepairs('r.yaml', undefined)).toEqual({ repairs: [] });
  });
});
