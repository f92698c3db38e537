// Search excerpts show body text only: no label (a 原文 heading at the start of a 做法 excerpt),
// no reading-list details (· 约 2 分钟), no page instructions (下载 Word 讲义, 点“出处”), no value
// repeated. Every result of a broad set of queries is built by the search page's own code
// (SearchEngine and searchResult) from the real index in dist/pagefind, in Node; each result
// has a type label that the type filter counts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { searchResult, type SearchResult } from '../../src/lib/search/results.ts';
import { SEARCH_TYPES } from '../../src/lib/ui/zh-CN.ts';
import { DIST } from '../support/sites.ts';

/** Queries reaching every kind of page: names, practices, common words, dates. */
const QUERIES = [
  '联席轮值', '双报到', '三会一课', '流动党员', '网格化', '组织覆盖', '党建联盟', '融媒', '四维度', '轮值单位', '2018', '研讨题',
  '联盟', '机制', '党员', '治理', '服务', '退出', '成立', '牵头', '案例', '做法', '主体', '开放', '融合', '技术', '制度', '书记',
];

/** What an excerpt must never hold, with why. */
const DEFECTS: [RegExp, string][] = [
  [/^…?原文\s|原文：/u, 'a 原文 label'],
  [/约\s*\d+\s*分钟/u, 'reading time'],
  [/引自《/u, 'reading-list citation'],
  [/下载\s*Word|打印本页|打印讲义/u, 'page instruction'],
  [/点“出处”/u, 'a hint to click 出处'],
  [/篇读物/u, 'reading-list count'],
];

/**
 * A value (a piece between spaces, 4 characters or more, not only digits) that the excerpt of a
 * knowledge page holds twice. Source texts are verbatim and may repeat themselves.
 */
function repeated(text: string): string | null {
  const seen = new Set<string>();
  for (const piece of text.split(/[\s…]+/u)) {
    if ([...piece].length < 4 || /^\d+$/.test(piece)) continue;
    if (seen.has(piece)) return piece;
    seen.add(piece);
  }
  return null;
}

let engine: SearchEngine;
const results: { query: string; result: SearchResult }[] = [];
beforeAll(async () => {
  engine = await SearchEngine.open(async (p) => new Uint8Array(await readFile(path.join(DIST, 'pagefind', p))));
  for (const query of QUERIES) {
    const outcome = await engine.search(query, {});
    for (const m of outcome.results) {
      const fragment = await engine.fragment(m.page);
      results.push({ query, result: searchResult(m, SearchEngine.hits(outcome, m.page), fragment, { base: '/', directives: false }) });
    }
  }
}, 60_000);

describe('search excerpts', () => {
  it('come from body text: no labels, reading-list details, instructions or repeated values', () => {
    expect(results.length).toBeGreaterThan(300);
    const problems: string[] = [];
    for (const { query, result } of results) {
      const excerpts = [result.excerpt, ...result.sections.map((s) => s.excerpt ?? [])].map((segments) => segments.map((s) => s.text).join(''));
      for (const text of excerpts) {
        if (!text) continue;
        for (const [pattern, what] of DEFECTS) if (pattern.test(text)) problems.push(`${query} → ${result.url}: ${what}: ${text}`);
        const run = result.type === SEARCH_TYPES.source || result.type === SEARCH_TYPES.chapter ? null : repeated(text);
        if (run) problems.push(`${query} → ${result.url}: “${run}” twice: ${text}`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('every result has a type label, and the type filter counts every type', () => {
    const unlabelled = [...new Set(results.filter(({ result }) => !result.type).map(({ result }) => result.url))];
    expect(unlabelled).toEqual([]);
    const types = new Set(results.map(({ result }) => result.type));
    expect([...types].sort()).toEqual([...new Set(Object.values(SEARCH_TYPES))].sort());
    const counted = engine.filters.get('type');
    for (const t of types) expect(counted?.get(t!)?.length, `pages of type ${t} in the type filter`).toBeGreaterThan(0);
  });
});
