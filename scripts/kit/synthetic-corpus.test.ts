import { describe, expect, it } from 'vitest';
import { pageToHtml, pageToMarkdown, readSource, syntheticCorpus, TYPES } from './synthetic-corpus.ts';

describe('synthetic corpus', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = syntheticCorpus(20, { seed: 4 });
    expect(syntheticCorpus(20, { seed: 4 })).toEqual(a);
    expect(syntheticCorpus(20, { seed: 5 })).not.toEqual(a);
    expect(a).toHaveLength(20);
    expect(new Set(a.map((p) => p.url)).size).toBe(20);
  });

  it('builds pages from real sentences of the sources', () => {
    const [page] = syntheticCorpus(1, { seed: 1 });
    expect(TYPES).toContain(page!.type);
    expect(page!.sections.length).toBeGreaterThanOrEqual(2);
    const paragraph = page!.sections[0]!.paragraphs[0]!;
    expect(paragraph).toMatch(/[。！？]["”’」』）)]?$/u);
  });

  it('reads sentences and headings from raw text, joining broken lines', () => {
    const { sentences, headings } = readSource('一、基层党组织\n党的基层组织是确保党的路\n线方针政策贯彻落实的基础。第二句话在这里。\n');
    expect(headings).toEqual(['一、基层党组织']);
    expect(sentences).toEqual(['党的基层组织是确保党的路线方针政策贯彻落实的基础。', '第二句话在这里。']);
  });

  it('renders HTML with the search filters and Markdown with frontmatter', () => {
    const [page] = syntheticCorpus(1, { seed: 2 });
    const html = pageToHtml(page!, { stylesheets: ['/a.css'] });
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain(`<meta data-pagefind-filter="type[content]" content="${page!.type}">`);
    expect(html).toContain('<h2 id="s1">');
    expect(pageToMarkdown(page!)).toMatch(/^---\ntitle: ".+"\ntype: ".+"\n/);
  });
});
