import { describe, expect, it } from 'vitest';
import { citeView } from './cite.ts';
import { locate } from '../sources/model.ts';

const sources = new Map([['wuxi-alliance', { title: '无锡党建联盟' }]]);
const quote = { source: 'wuxi-alliance', text: '各联盟约定，联盟大会是联盟的议事决策机构' };

describe('citeView', () => {
  it('links to the quote’s own words and names the source and the section', () => {
    const at = locate(quote.source, quote.text)!;
    const v = citeView(quote, undefined, sources);
    expect(v).toEqual({ href: at.href, label: `《无锡党建联盟》 · ${at.section!.heading}`, quiet: false });
    expect(v.href).toMatch(/^\/sources\/wuxi-alliance\/#p\d+-c\d+-\d+$/);
  });

  it('keeps the label for screen readers only on the source’s own pages', () => {
    const v = citeView(quote, 'wuxi-alliance', sources);
    expect(v.quiet).toBe(true);
    expect(v.label).toMatch(/^：《无锡党建联盟》 · /);
    expect(citeView(quote, 'four-dimensions', sources).quiet).toBe(false);
  });

  it('falls back to the source page, and to the id, when the text or the record is missing', () => {
    expect(citeView({ source: 'wuxi-alliance', text: '不在原文中的话' }, undefined, sources)).toEqual({ href: '/sources/wuxi-alliance/', label: '《无锡党建联盟》', quiet: false });
    expect(citeView({ source: 'new-source', text: '不在原文中的话' }, undefined, sources).label).toBe('《new-source》');
  });
});
