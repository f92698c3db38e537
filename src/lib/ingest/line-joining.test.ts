import { describe, expect, it } from 'vitest';
import { joinLines, joinParagraph } from './line-joining.ts';

describe('joinLines', () => {
  it('joins Chinese lines without a space', () => {
    expect(joinLines('确保党的建设各项工', '作能够协调一致')).toBe('确保党的建设各项工作能够协调一致');
    expect(joinLines('2017年1月22', '日下午')).toBe('2017年1月22日下午');
    expect(joinLines('堡垒”。[2]', ' 随着')).toBe('堡垒”。[2]随着');
  });

  it('keeps one space between Latin words', () => {
    expect(joinLines('promote grass-roots governance, ', 'grass-roots Party building')).toBe('promote grass-roots governance, grass-roots Party building');
  });

  it('joins a paragraph of lines', () => {
    expect(joinParagraph(['党的建', '设要', ''])).toBe('党的建设要');
  });
});
