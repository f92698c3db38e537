// A deterministic synthetic corpus of N pages built from the real text of the five sources
// (content/sources/*/raw.txt): each paragraph is a run of consecutive real sentences, each
// heading a real heading line, so word frequencies, punctuation and phrase structure are those of
// the site. Same N and seed → same pages. Used by the search benchmark (5,000 pages), its growth part
// (pageToMarkdown) and the search tests (pageToHtml).
//
//   node scripts/kit/synthetic-corpus.ts --pages 1000 --out .tmp/synthetic-html [--seed 1]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SourceText {
  id: string;
  title: string;
  /** Real sentences in reading order (line breaks and layout spaces removed). */
  sentences: string[];
  /** Real heading lines. */
  headings: string[];
}

export interface SyntheticSection {
  id: string;
  heading: string;
  paragraphs: string[];
}

export interface SyntheticPage {
  slug: string;
  /** Site-relative URL, e.g. "/synthetic/p0042/". */
  url: string;
  title: string;
  /** 文献/章节/案例/做法/术语/框架 */
  type: string;
  /** Titles of the sources the paragraphs come from. */
  sources: string[];
  dimensions: string[];
  lead: string;
  sections: SyntheticSection[];
}

export const TYPES = ['文献', '章节', '案例', '做法', '术语', '框架'] as const;
export const DIMENSIONS = ['主体党建', '强基党建', '融合党建', '开放党建', '政治', '组织', '制度', '技术与治理'] as const;

/** mulberry32: a small seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节]|\d+[.．、])\s*\S/;
const CJK_GAP = /(?<=[\p{Script=Han}\p{P}])\s+(?=[\p{Script=Han}\p{P}])/gu;

/** Sentences and headings of one raw text. */
export function readSource(raw: string): { sentences: string[]; headings: string[] } {
  const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const isHeading = (l: string) => HEADING.test(l) && l.replace(/\s+/g, '').length <= 40;
  const headings = lines.filter(isHeading).map((l) => l.replace(/\s+/g, '').replace(/[.．…·]*\d+$/, ''));
  const text = lines.filter((l) => !isHeading(l)).join('').replace(CJK_GAP, '');
  const sentences = (text.match(/[^。！？]+[。！？]["”’」』）)]?/gu) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 6 && s.length <= 400);
  return { sentences, headings };
}

export function loadSources(sourcesDir = path.resolve(import.meta.dirname, '../../content/sources')): SourceText[] {
  const out: SourceText[] = [];
  for (const id of readdirSync(sourcesDir).sort()) {
    let raw: string;
    let yaml: string;
    try {
      raw = readFileSync(path.join(sourcesDir, id, 'raw.txt'), 'utf8');
      yaml = readFileSync(path.join(sourcesDir, id, 'source.yaml'), 'utf8');
    } catch {
      continue;
    }
    const title = /^title:\s*(.+)$/m.exec(yaml)?.[1]?.trim() ?? id;
    const { sentences, headings } = readSource(raw);
    if (sentences.length > 0) out.push({ id, title, sentences, headings });
  }
  if (out.length === 0) throw new Error(`no source texts found under ${sourcesDir}`);
  return out;
}

/** N pages; page i draws its paragraphs from runs of consecutive sentences of one or two sources. */
export function syntheticCorpus(n: number, options: { seed?: number; sources?: SourceText[] } = {}): SyntheticPage[] {
  const sources = options.sources ?? loadSources();
  const rand = prng(options.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const allHeadings = sources.flatMap((s) => s.headings);
  const width = String(n).length;
  const paragraph = (src: SourceText) => {
    const len = int(2, 5);
    const at = int(0, Math.max(0, src.sentences.length - len));
    return src.sentences.slice(at, at + len).join('');
  };
  const pages: SyntheticPage[] = [];
  for (let i = 1; i <= n; i++) {
    const slug = `p${String(i).padStart(width, '0')}`;
    const primary = pick(sources);
    const second = rand() < 0.3 ? pick(sources) : primary;
    const used = [...new Set([primary, second])];
    const heading = (h: string) => h.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/, '');
    const sections: SyntheticSection[] = [];
    const count = int(2, 4);
    for (let s = 1; s <= count; s++) {
      const src = s === count ? second : primary;
      const paragraphs: string[] = [];
      for (let k = int(1, 3); k > 0; k--) paragraphs.push(paragraph(src));
      sections.push({ id: `s${s}`, heading: `${s}. ${heading(pick(src.headings.length > 0 ? src.headings : allHeadings))}`, paragraphs });
    }
    const dims = DIMENSIONS.filter(() => rand() < 0.15);
    pages.push({
      slug,
      url: `/synthetic/${slug}/`,
      title: `${heading(pick(primary.headings.length > 0 ? primary.headings : allHeadings))}（合成页 ${i}）`,
      type: pick(TYPES),
      sources: used.map((s) => s.title),
      dimensions: dims,
      lead: paragraph(primary),
      sections,
    });
  }
  return pages;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** A page shaped like the site's reading pages (data-pagefind-body, h1, h2 with ids, filters). */
export function pageToHtml(page: SyntheticPage, options: { base?: string; stylesheets?: string[] } = {}): string {
  const base = options.base ?? '/';
  const meta = [
    `<meta data-pagefind-filter="type[content]" content="${escapeHtml(page.type)}">`,
    `<meta data-pagefind-meta="type[content]" content="${escapeHtml(page.type)}">`,
    ...page.sources.map((s) => `<meta data-pagefind-filter="source[content]" content="${escapeHtml(s)}">`),
    ...page.dimensions.map((d) => `<meta data-pagefind-filter="dimension[content]" content="${escapeHtml(d)}">`),
  ].join('');
  const css = (options.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  const body = page.sections
    .map((s) => `<h2 id="${s.id}">${escapeHtml(s.heading)}</h2>\n${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(page.title)} — 基层党建知识库</title>${css}</head>
<body><header class="site-header"><a href="${base}">基层党建知识库</a></header>
<main id="main" data-pagefind-body>${meta}
<article><h1>${escapeHtml(page.title)}</h1>
<p class="lead">${escapeHtml(page.lead)}</p>
${body}
</article></main></body></html>
`;
}

/** The same page as Markdown with frontmatter (for content-collection build benchmarks). */
export function pageToMarkdown(page: SyntheticPage): string {
  const yamlString = (s: string) => JSON.stringify(s);
  const front = [
    '---',
    `title: ${yamlString(page.title)}`,
    `type: ${yamlString(page.type)}`,
    `sources: [${page.sources.map(yamlString).join(', ')}]`,
    `dimensions: [${page.dimensions.map(yamlString).join(', ')}]`,
    '---',
  ].join('\n');
  const escape = (s: string) => s.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = page.sections.map((s) => `## ${escape(s.heading)}\n\n${s.paragraphs.map(escape).join('\n\n')}`).join('\n\n');
  return `${front}\n\n${escape(page.lead)}\n\n${body}\n`;
}

/** Writes the pages as HTML files under dir (dir/synthetic/<slug>/index.html). */
export function writeSyntheticHtml(dir: string, pages: readonly SyntheticPage[], options: { base?: string; stylesheets?: string[] } = {}): void {
  for (const page of pages) {
    const file = path.join(dir, page.url, 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, pageToHtml(page, options));
  }
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const get = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const n = Number(get('pages', '1000'));
  const out = get('out', '.tmp/synthetic-html');
  const pages = syntheticCorpus(n, { seed: Number(get('seed', '1')) });
  writeSyntheticHtml(out, pages);
  console.log(`wrote ${pages.length} synthetic pages to ${out}`);
}
