import { describe, expect, it } from 'vitest';
import { buildToc } from './toc.ts';

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and skips other depths', () => {
    const toc = buildToc([
      { depth: 1, slug: 't', text: '题' },
      { depth: 2, slug: 'a', text: '一、' },
      { depth: 3, slug: 'a1', text: '（一）' },
      { depth: 4, slug: 'x', text: '1.' },
      { depth: 3, slug: 'a2', text: '（二）' },
      { depth: 2, slug: 'b', text: '二、' },
    ]);
    expect(toc.map((e) => e.slug)).toEqual(['a', 'b']);
    expect(toc[0]!.children.map((e) => e.slug)).toEqual(['a1', 'a2']);
    expect(toc[1]!.children).toEqual([]);
  });
  it('keeps an h3 with no h2 before it at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'c', text: 'c' }]).map((e) => e.slug)).toEqual(['c']);
  });
});
