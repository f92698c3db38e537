import { describe, expect, it } from 'vitest';
import { anchorOf, headingAnchors } from './anchors.ts';

describe('heading anchors', () => {
  it('match rehype-slug: punctuation and U+3000 dropped, ASCII spaces become hyphens', () => {
    expect(anchorOf('一、基层党组织探索的理论意义')).toBe('一基层党组织探索的理论意义');
    expect(anchorOf('1.1 坚持党中央集中统一领导')).toBe('11-坚持党中央集中统一领导');
    expect(anchorOf('第一章\u3000以改革创新精神推进基层党组织建设工作')).toBe('第一章以改革创新精神推进基层党组织建设工作');
  });
  it('number repeated headings like rehype-slug', () => {
    expect(headingAnchors(['中央精神', '中央精神'])).toEqual(['中央精神', '中央精神-1']);
  });
});
