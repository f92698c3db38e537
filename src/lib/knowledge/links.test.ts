import { describe, expect, it } from 'vitest';
import { normaliseQuote } from './quote.ts';
import { locateQuote, quoteHref } from './links.ts';
import { paragraphById } from '../sources/paragraphs.ts';

describe('quoteHref', () => {
  it('links to the paragraph of the source page that holds the quote, without a text directive', () => {
    const text = '各联盟约定，联盟大会是联盟的议事决策机构';
    const href = quoteHref({ source: 'wuxi-alliance', text });
    expect(href).toMatch(/^\/sources\/wuxi-alliance\/#p\d+$/);
    const paragraph = paragraphById('wuxi-alliance', href.split('#')[1]!)!;
    expect(normaliseQuote(paragraph.text)).toContain(normaliseQuote(text));
  });

  it('links a quote of a heading to the heading, and a quote not in the source to the page', () => {
    expect(quoteHref({ source: 'wuxi-alliance', text: '4.联席轮值机制。' })).toBe('/sources/wuxi-alliance/#4联席轮值机制');
    expect(quoteHref({ source: 'wuxi-alliance', text: '不在原文中的话' })).toBe('/sources/wuxi-alliance/');
  });
});

describe('locateQuote', () => {
  it('gives the raw line for sectionOf', () => {
    expect(locateQuote({ source: 'wuxi-alliance', text: '二行' }, '一行\n二行')).toEqual({ source: 'wuxi-alliance', line: 2, endLine: 2 });
    expect(locateQuote({ source: 'wuxi-alliance', text: '三行' }, '一行\n二行')).toBeNull();
  });
});
