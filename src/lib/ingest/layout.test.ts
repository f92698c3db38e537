import { describe, expect, it } from 'vitest';
import { endsParagraph, endsSentence, lineCore, profileLayout } from './layout.ts';
import { splitLines } from './source-lines.ts';

const FULL = '基层党组织建设是关系党的建设的重大理论问'; // 20 wide, mid-sentence
const column = (extra: string[]) => splitLines([...Array.from({ length: 20 }, () => FULL), ...extra].join('\n\n'));

describe('sentence ends', () => {
  it('sees a stop through closing quotes and footnote markers', () => {
    expect(endsSentence('坚强战斗堡垒”。[2]')).toBe(true);
    expect(endsSentence('欧洲人口总量。¹')).toBe(true);
    expect(endsSentence('mass cohesion. ')).toBe(true);
    expect(endsSentence('习近平总书记明确指出：')).toBe(false);
    expect(endsSentence('其生命力便无从谈起；')).toBe(false);
    expect(lineCore('堡垒”。[2] ')).toBe('堡垒”。');
  });
});

describe('profileLayout', () => {
  it('finds the full width of a column layout', () => {
    expect(profileLayout(column([])).fullWidth).toBe(20);
  });

  it('sees no column when each paragraph is one line', () => {
    const lines = splitLines(Array.from({ length: 12 }, (_, i) => `${'党建'.repeat(10 + i * 7)}。`).join('\n\n'));
    expect(profileLayout(lines).fullWidth).toBeUndefined();
  });

  it('detects the trailing-space convention of paragraph-final lines', () => {
    const paragraphs = Array.from({ length: 6 }, () => `${FULL}\n\n${FULL}\n\n党建工作创新。 `).join('\n\n');
    expect(profileLayout(splitLines(paragraphs)).trailingSpaceEndsParagraph).toBe(true);
    expect(profileLayout(column(['党建工作创新。'])).trailingSpaceEndsParagraph).toBe(false);
    // Headings and title lines end without a stop and carry a trailing space too; they do not count.
    const withHeadings = Array.from({ length: 6 }, (_, i) => `${i + 1}.运行机制 \n\n${FULL}\n\n${FULL}\n\n党建工作创新。 `).join('\n\n');
    expect(profileLayout(splitLines(withHeadings)).trailingSpaceEndsParagraph).toBe(true);
  });
});

describe('endsParagraph', () => {
  const profile = { fullWidth: 21, trailingSpaceEndsParagraph: false };
  const line = (text: string) => splitLines(text)[0]!;

  it('ends on a stop in a short line, not in a full one', () => {
    expect(endsParagraph(line('党建的高质量发展、创新性发展。'), profile)).toBe(true);
    expect(endsParagraph(line('面临的变革压力更大、挑战更直接、需求更迫切。'), profile)).toBe(false);
    expect(endsParagraph(line('党的基层组织是确保党的路线方针政策和决'), profile)).toBe(false);
  });

  it('ends before an indented first line', () => {
    const full = line('团结动员群众、推动改革发展的坚强战斗堡垒”。[2]');
    expect(endsParagraph(full, profile, line('随着现代化加速发展，大数据、人工智能等'))).toBe(true);
    expect(endsParagraph(full, profile, line('因此，夯实基层党组织建设是关系党的建设与党'))).toBe(false);
  });

  it('ends before a labelled field and where a repair asks', () => {
    expect(endsParagraph(line('关键词：基层党建；十九大'), { fullWidth: undefined, trailingSpaceEndsParagraph: false }, line('基金项目：2017 年度'))).toBe(true);
    const forced = line('面临的变革压力更大、挑战更直接、需求更迫切。');
    forced.breakAfter = true;
    expect(endsParagraph(forced, profile)).toBe(true);
  });

  it('follows the trailing-space convention where the text has it', () => {
    const p = { fullWidth: 55, trailingSpaceEndsParagraph: true };
    expect(endsParagraph(line('这是党中央对党的基层组织建设的新要求。'), p)).toBe(false);
    expect(endsParagraph(line('在实践中的最新探索成果。 '), p)).toBe(true);
  });
});
