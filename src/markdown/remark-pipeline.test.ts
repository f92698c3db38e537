// Proves the site's remark/rehype pipeline (remark-gfm table and footnote, rehype-slug
// heading ids, our remark-editorial-marks and remark-glossary-links) runs on MDX content:
// the MDX is parsed with remark-mdx and transformed by exactly the plugin lists
// astro.config.mjs uses (glossary terms given directly, base "/kb/").
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypePlugins, remarkPlugins } from './pipeline.ts';

async function renderMdx(mdx: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins({ base: '/kb/', glossary: { terms: [{ id: 'joint-meeting', forms: ['联席会议'] }] } }))
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify)
    .process(mdx);
  return String(file);
}

const mdx = `export const note = 1;

## 一、运行机制

| 机制 | 频次 |
| --- | --- |
| 联席会议 | 每季度 1 次 |

原则上每月组织 1次活动。[^1]

让新阶层党员能够真正产生作为党组〔原文此处有缺文〕是基层党组织活动要善于吸纳新兴阶层参与。

[^1]: 联盟章程规定。
`;

describe('markdown pipeline on MDX', () => {
  it('renders GFM tables and footnotes, heading ids and editorial marks', async () => {
    const html = await renderMdx(mdx);
    expect(html).toContain('<td>每季度 1 次</td>');
    expect(html).toMatch(/<section[^>]*data-footnotes/);
    expect(html).toMatch(/<sup><a href="#user-content-fn-1"/);
    expect(html).toContain('id="一运行机制"');
    expect(html).toContain('<span class="editorial-mark" title="编者注">〔原文此处有缺文〕</span>');
    // The glossary term (given directly) is linked under the base path.
    expect(html).toContain('<td><a href="/kb/glossary/joint-meeting/" class="glossary-link">联席会议</a></td>');
  });

  it('reads the real terms and mention targets from content/ when none are given', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkPlugins({ base: '/' }))
      .use(remarkRehype)
      .use(rehypeStringify)
      .process('基层存在党务空转的问题。红帆党建联盟成立。');
    expect(String(file)).toContain('<a href="/cases/hongfan-alliance/" class="mention-link">红帆党建联盟</a>');
    expect(String(file)).toContain('<a href="/glossary/idling-party-affairs/" class="glossary-link">党务空转</a>');
  });

  it('leaves text without editor brackets alone', async () => {
    const html = await renderMdx('普通段落（含圆括号）与“引号”。');
    expect(html).not.toContain('editorial-mark');
    expect(html).toContain('普通段落（含圆括号）与“引号”。');
  });

  it('moves paragraph addresses onto their blocks and marks each with a link to itself', async () => {
    const html = await renderMdx(
      [
        '{/*p12*/}第一段。',
        '{/*p12-1*/}〔编者注〕',
        '- {/*p20*/}绪论\n  - {/*p21*/}中央精神',
        '<figure>\n<blockquote>\n\n{/*p30*/}引文。\n\n</blockquote>\n<figcaption>{/*p31*/}——出处</figcaption>\n</figure>',
      ].join('\n\n'),
    );
    expect(html).toContain('<p id="p12">第一段。 <a class="paragraph-mark" href="#p12" title="本段地址（原文第 12 行起）" data-pagefind-ignore="">¶12</a></p>');
    // An editor's note has an address but no mark.
    expect(html).toContain('<p id="p12-1"><span class="editorial-mark" title="编者注">〔编者注〕</span></p>');
    // A list item's mark comes before its nested list.
    expect(html).toMatch(/<li id="p20">绪论 <a class="paragraph-mark" href="#p20"[^>]*>¶20<\/a>\s*<ul>\s*<li id="p21">中央精神 <a/);
    expect(html).toContain('<p id="p30">引文。 <a class="paragraph-mark" href="#p30"');
    // (JSX elements such as the figcaption get their id from the MDX compiler; the built pages show it.)
    expect(html).not.toContain('/*');
  });
});
