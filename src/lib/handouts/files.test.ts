import { describe, expect, it } from 'vitest';
import { docxFileName, encodedHref, fileHref, fileStem } from './files.ts';
import { printedUrl } from './address.ts';
import { printFootCss, cssString } from './print-foot.ts';
import { printedOrigin } from '../site-env.ts';

describe('Word file names', () => {
  it('names a file by its title and kind, in characters Windows and WPS accept', () => {
    expect(docxFileName('党建联盟的组织与运行机制', '讲义')).toBe('党建联盟的组织与运行机制·讲义.docx');
    expect(docxFileName('党建联盟对照')).toBe('党建联盟对照.docx');
    expect(fileStem('A/B: "C"?  ')).toBe('A_B_ _C__');
    expect([...fileStem('长'.repeat(100))]).toHaveLength(80);
    expect(fileHref('/topics/t/', 'x.docx')).toBe('/topics/t/x.docx');
    expect(encodedHref('/kb/cases/x/梁溪·案例讲义.docx')).toBe('/kb/cases/x/%E6%A2%81%E6%BA%AA%C2%B7%E6%A1%88%E4%BE%8B%E8%AE%B2%E4%B9%89.docx');
  });
});

describe('printed addresses', () => {
  it('print the full URL only when SITE_URL is set, otherwise the site path', () => {
    expect(printedOrigin({})).toBeUndefined();
    expect(printedOrigin({ SITE_URL: 'https://kb.example.cn/x' })).toBe('https://kb.example.cn');
    expect(printedUrl('/cases/hongfan-alliance/#p88', undefined)).toBe('/cases/hongfan-alliance/#p88');
    expect(printedUrl('/cases/hongfan-alliance/#p88', 'https://kb.example.cn')).toBe('https://kb.example.cn/cases/hongfan-alliance/#p88');
  });
});

describe('running foot', () => {
  it('puts the title and the page number in the bottom margin boxes', () => {
    const css = printFootCss({ title: '题 "名"', kind: '专题讲义' });
    expect(css).toContain(String.raw`@bottom-left { content: "题 \"名\" · 专题讲义";`);
    expect(css).toContain('@bottom-right { content: "第 " counter(page) " 页";');
    expect(cssString(String.raw`a\b`)).toBe(String.raw`"a\\b"`);
  });
});
