// The sentence markers and quote spans land in the rendered text at the model's offsets: on a
// small MDX text, and on every block of every real source text (rendered through the site's
// own plugin lists, MDX nodes passed through as the MDX compiler does).
import type { Element, Root, RootContent } from 'hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { knowledgeOf } from '../lib/content/knowledge.ts';
import { partSourcesOf } from '../lib/content/texts.ts';
import { collectQuotes } from '../lib/knowledge/quotes.ts';
import { anchorsOf } from '../lib/sources/anchors.ts';
import { matchForm } from '../lib/sources/paragraphs.ts';
import { sourceModel } from '../lib/sources/model.ts';
import { sourceIds } from '../lib/content/sources.ts';
import { rehypePlugins, remarkPlugins } from './pipeline.ts';
import { QUOTE_SPAN_CLASS, SENTENCE_MARK_CLASS, modelText, sourceOfFile, rehypeTextAnchors } from './rehype-text-anchors.ts';

/** The sources: the folders under content/sources/. */
const SOURCE_IDS = sourceIds();

const MDX_NODES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'];

function render(mdx: string, path: string, plugins = rehypePlugins): Root {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins({ base: '/' }))
    .use(remarkRehype, { passThrough: MDX_NODES } as never)
    .use(plugins);
  return processor.runSync(processor.parse({ value: mdx, path } as never), { value: mdx, path } as never) as Root;
}

type Node = Root | RootContent;
function* elements(node: Node): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const c of node.children as RootContent[]) yield* elements(c);
}
const hasClass = (e: Element, c: string) => Array.isArray(e.properties.className) && e.properties.className.includes(c);

describe('rehypeTextAnchors on a small text', () => {
  const mdx = '{/*p3*/}联盟成立。原则上每季度召开 1次**联盟联席会议**，研究重大事项。\n\n{/*p5*/}第二段。';
  const anchors = new Map([
    ['p3', { text: '联盟成立。原则上每季度召开 1次联盟联席会议，研究重大事项。', sentences: [{ id: 'p3-s1', at: 0 }, { id: 'p3-s2', at: 5 }], quotes: [{ id: 'p3-c5-16', start: 5, end: 22 }] }],
    ['p5', { text: '不是这一段。', sentences: [{ id: 'p5-s1', at: 0 }], quotes: [] }],
  ]);
  const mismatches: string[] = [];
  const tree = render(mdx, 'x.mdx', [[rehypeTextAnchors, { anchorsFor: () => anchors, onMismatch: (id: string) => mismatches.push(id) }]]);

  it('marks each sentence start and wraps the quote, piece by piece across the emphasis', () => {
    const all = [...elements(tree)];
    expect(all.filter((e) => hasClass(e, SENTENCE_MARK_CLASS)).map((e) => e.properties.id)).toEqual(['p3-s1', 'p3-s2']);
    const pieces = all.filter((e) => hasClass(e, QUOTE_SPAN_CLASS));
    expect(pieces[0]!.properties.id).toBe('p3-c5-16');
    expect(pieces.map((e) => modelText(e, false)).join('')).toBe('原则上每季度召开 1次联盟联席会议');
    // The paragraph's text is unchanged.
    expect(modelText(all.find((e) => e.properties.id === 'p3')!, false)).toBe('联盟成立。原则上每季度召开 1次联盟联席会议，研究重大事项。');
  });

  it('leaves a block whose text is not the model’s without anchors, and says so', () => {
    expect(mismatches).toEqual(['p5']);
  });

  it('knows a source text file by its path', () => {
    expect(sourceOfFile('/x/content/texts/wuxi-alliance/text.mdx')).toBe('wuxi-alliance');
    expect(sourceOfFile('/x/src/pages/about.mdx')).toBeUndefined();
  });
});

describe.each(SOURCE_IDS)('the anchors of %s, rendered', (id) => {
  const model = sourceModel(id)!;
  const quotes = collectQuotes(knowledgeOf()).map((q) => q.quote).filter((q) => q.source === id).map((q) => q.text);
  const expected = anchorsOf(model, quotes);
  const mismatches: string[] = [];
  const trees = partSourcesOf(id).map(({ part, body }) =>
    render(body, `/site/content/texts/${id}/${part.part}.mdx`, [[rehypeTextAnchors, { onMismatch: (b: string) => mismatches.push(b) }]]),
  );
  const all = trees.flatMap((t) => [...elements(t)]);
  const byId = new Map(all.filter((e) => typeof e.properties.id === 'string').map((e) => [e.properties.id as string, e]));

  it('renders every block with the model’s text', () => {
    expect(mismatches).toEqual([]);
  });

  it('carries every sentence marker and every quote span once, around the quoted words', () => {
    const ids = all.map((e) => e.properties.id).filter((x): x is string => typeof x === 'string');
    expect(new Set(ids).size).toBe(ids.length);
    for (const [blockId, a] of expected) {
      for (const s of a.sentences) expect(byId.has(s.id), `${blockId} ${s.id}`).toBe(true);
      for (const q of a.quotes) {
        const el = byId.get(q.id);
        expect(el, q.id).toBeDefined();
        const block = model.block(blockId)!;
        expect(matchForm(block.text.slice(q.start, q.end)).startsWith(matchForm(modelText(el!, false)))).toBe(true);
      }
    }
    expect([...expected.values()].reduce((n, a) => n + a.quotes.length, 0)).toBeGreaterThan(0);
  });
});
