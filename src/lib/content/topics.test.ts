import { describe, expect, it } from 'vitest';
import { readSectionHeadings, topicsOf } from './topics.ts';

describe('study topics', () => {
  it('may name each heading of a source and each book part’s title', () => {
    const headings = readSectionHeadings('content');
    expect(headings['wuxi-alliance']).toContain('三、无锡党建联盟运行机制');
    expect(headings['practice-guide']).toContain('第一章　以改革创新精神推进基层党组织建设工作');
  });

  it('are read and validated once per content directory', () => {
    const topics = topicsOf('content');
    expect(topics).toBe(topicsOf('content'));
    expect(topics.map((t) => t.id)).toContain('alliance-mechanisms');
  });
});
