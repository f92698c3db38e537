// The search engine against ground truth: a small site (hand-written tricky pages plus
// synthetic pages from the real sources) is indexed with the real Pagefind binary through
// the site's integration; every query's results must equal the pages whose indexed text
// (read back from a stock Pagefind index of the same HTML) contains every term, with the
// same occurrence counts and title/heading matches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from '../../src/integrations/pagefind-index.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { prng, syntheticCorpus, pageToHtml } from '../../scripts/kit/synthetic-corpus.ts';
import { bestUrls, loadTruth, truthGroups, truthSearch, type TruthPage } from '../../scripts/kit/search-truth.ts';

const page = (title: string, body: string, type = '案例') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav><h2>导航</h2><p>联席轮值不应被索引</p></nav>
<main data-pagefind-body><meta data-pagefind-filter="type[content]" content="${type}"><h1>${title}</h1>${body}</main>
<footer><p>页脚文字联席轮值</p></footer></body></html>`;

const HAND: Record<string, string> = {
  'tricky/latin/index.html': page('APP 与 O2O', '<p>开发了 APP open source 平台，QQ群与 O2O 模式。</p><p>Café au lait，2018年3月。</p>'),
  'tricky/inline/index.html': page('联席轮值', '<p>联<b>席</b>轮<a href="#x">值</a>制度，党建&amp;联盟。</p><h2 id="sec">联席轮值的做法</h2><p>联席轮值联席轮值。</p>', '做法'),
  'tricky/punct/index.html': page('标点', '<p>党建，联盟。“三会一课”（A-B）——双报到！哈哈哈</p><ul><li>党建</li><li>联盟</li></ul>', '术语'),
  'tricky/spaces/index.html': page('空格', '<p>党 建\n联\u3000盟&nbsp;机制</p><p data-pagefind-ignore>忽略的联席轮值</p><script>var 联席轮值 = 1;</script>', '术语'),
  'tricky/noindex/index.html': '<!doctype html><html lang="zh-CN"><head><title>无</title></head><body><main><p>联席轮值不在索引中</p></main></body></html>',
};

let dir: string;
let engine: SearchEngine;
let truth: TruthPage[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kb-search-'));
  const files: Record<string, string> = { ...HAND };
  for (const p of syntheticCorpus(40, { seed: 3 })) files[`${p.url.slice(1)}index.html`] = pageToHtml(p);
  for (const [file, html] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
  await buildSearchIndex(dir);
  engine = await SearchEngine.open(async (p) => new Uint8Array(await readFile(path.join(dir, 'pagefind', p))));
  truth = await loadTruth(dir);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function compare(query: string): Promise<void> {
  const expected = truthSearch(truth, query);
  const outcome = await engine.search(query);
  // The exact phrase's results; the looser groups (only when it is found nowhere) are checked below.
  const got = await Promise.all(
    outcome.results.filter((m) => m.group === 'exact').map(async (m) => ({
      url: (await engine.fragment(m.page)).url,
      occurrences: m.occurrences,
      titleTerms: m.titleTerms,
      headingTerms: m.headingTerms,
    })),
  );
  const byUrl = (xs: { url: string }[]) => [...xs].sort((a, b) => (a.url < b.url ? -1 : 1));
  const counts = expected.map(({ url, occurrences, titleTerms, headingTerms }) => ({ url, occurrences, titleTerms, headingTerms }));
  expect(byUrl(got), query).toEqual(byUrl(counts));
  if (got.length > 0) expect(bestUrls(expected).has(got[0]!.url), `best first: ${query}`).toBe(true);
}

describe('search engine vs ground truth', () => {
  it('indexes only the indexed region of indexable pages', () => {
    expect(engine.pageCount).toBe(truth.length);
    expect(truth.map((t) => t.url)).not.toContain('/tricky/noindex/');
    expect(truth.find((t) => t.url === '/tricky/spaces/')!.text).not.toContain('忽略');
  });

  it('matches hand-picked queries exactly (inline markup, Latin, punctuation, whitespace, entities)', async () => {
    for (const q of [
      '联席轮值', '联席', '轮值制度', 'app', 'APP', 'pp', 'opensource', 'open source', 'o2o', 'qq群', 'café', 'cafe',
      '2018年', '党建，联盟', '“三会一课”', '（a-b）', '——', '哈哈', '党建联盟机制', '党建&联盟', '页脚', '导航',
      '足球联赛', '联盟。“', '党建 联盟', '双报到！', '忽略', 'var',
    ]) {
      await compare(q);
    }
  });

  it('matches random substrings and term pairs drawn from the pages exactly', async () => {
    const rand = prng(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const substring = () => {
      const text = pick(truth).text;
      const len = 1 + Math.floor(rand() * 6);
      const at = Math.floor(rand() * Math.max(1, text.length - len));
      return text.slice(at, at + len);
    };
    for (let i = 0; i < 60; i++) await compare(substring());
    for (let i = 0; i < 20; i++) await compare(`${substring()} ${substring()}`);
  });

  it('filters by type, with the count of each type equal to the results it gives', async () => {
    const all = await engine.search('党建');
    const counts = Object.entries(all.counts.type!).filter(([, n]) => n > 0);
    expect(counts.length).toBeGreaterThan(2);
    expect(counts.reduce((sum, [, n]) => sum + n, 0)).toBe(all.results.length);
    for (const [type, n] of counts) {
      const filtered = await engine.search('党建', { type: [type] });
      expect(filtered.results.length, type).toBe(n);
      const expected = truthSearch(truth, '党建').filter((m) => truth.find((t) => t.url === m.url)!.filters.type?.includes(type));
      expect(filtered.results.length).toBe(expected.length);
    }
  });

  it('groups what the phrase does not find: the near name, all the words, the best partial matches', async () => {
    for (const q of ['制度轮值', '党建的联盟有哪些', '联盟党建机制', '联席 轮值 足球', '三會一課是什么', '轮值联席制度']) {
      const outcome = await engine.search(q);
      expect(outcome.results.filter((m) => m.group === 'exact'), q).toEqual([]);
      expect(truthSearch(truth, q), q).toEqual([]);
      const expected = truthGroups(truth, outcome.words, outcome.near?.name);
      const got = await Promise.all(outcome.results.map(async (m) => ({ url: (await engine.fragment(m.page)).url, group: m.group })));
      const members = (xs: { url: string; group: string }[]) => xs.map((x) => `${x.group} ${x.url}`).sort();
      expect(members(got), q).toEqual(members(expected));
      expect(got.length, q).toBeGreaterThan(0);
      if (got.length > 0) expect(bestUrls(expected).has(got[0]!.url), `best first: ${q}`).toBe(true);
    }
  });
});
