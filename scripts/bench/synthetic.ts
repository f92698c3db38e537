// Deterministic synthetic corpus for the growth benchmark: N MDX pages assembled from the
// real sentences and headings of content/sources/*/raw.txt (seeded PRNG, so the same N
// always yields the same pages). Each page has a title, three sections under ## headings
// and two to four paragraphs per section — about the size of a guide chapter.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface SyntheticPage {
  slug: string;
  title: string;
  /** MDX source: frontmatter and body. */
  mdx: string;
}

export interface Pool {
  sentences: string[];
  headings: string[];
}

/** mulberry32: a tiny, fast, seedable PRNG. */
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

const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节])\s*\S/;

/** Splits raw PDF text into sentences (line breaks inside sentences removed) and heading lines. */
export function poolFromText(raw: string): Pool {
  const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const headings = lines.filter((l) => HEADING.test(l) && l.length <= 40).map((l) => l.replace(/\s+/g, '').replace(/[.．…]*\d+$/, ''));
  const text = lines.filter((l) => !(HEADING.test(l) && l.length <= 40)).join('').replace(/\s+/g, '');
  const sentences = (text.match(/[^。！？]+[。！？]/g) ?? []).filter((s) => s.length >= 8 && s.length <= 400);
  return { sentences, headings };
}

export function poolFromSources(sourcesDir: string): Pool {
  const pool: Pool = { sentences: [], headings: [] };
  for (const id of readdirSync(sourcesDir).sort()) {
    let raw: string;
    try {
      raw = readFileSync(path.join(sourcesDir, id, 'raw.txt'), 'utf8');
    } catch {
      continue;
    }
    const p = poolFromText(raw);
    pool.sentences.push(...p.sentences);
    pool.headings.push(...p.headings);
  }
  if (pool.sentences.length === 0 || pool.headings.length === 0) throw new Error(`no sentences/headings found under ${sourcesDir}`);
  return pool;
}

/** Keeps MDX from reading text as JSX or HTML. */
export function escapeMdx(s: string): string {
  return s.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function syntheticPages(pool: Pool, n: number, seed = 7): SyntheticPage[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pages: SyntheticPage[] = [];
  const width = String(n).length;
  for (let i = 1; i <= n; i++) {
    const slug = `p${String(i).padStart(width, '0')}`;
    const title = `合成页 ${i}：${pick(pool.headings).replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/, '')}`;
    const body: string[] = [];
    for (let s = 1; s <= 3; s++) {
      body.push(`## ${s}. ${escapeMdx(pick(pool.headings))}`, '');
      const paragraphs = int(2, 4);
      for (let p = 0; p < paragraphs; p++) {
        const count = int(2, 5);
        const sentences: string[] = [];
        for (let k = 0; k < count; k++) sentences.push(pick(pool.sentences));
        body.push(escapeMdx(sentences.join('')), '');
      }
    }
    const mdx = `---\ntitle: ${JSON.stringify(title)}\norder: ${i}\n---\n\n${body.join('\n')}`;
    pages.push({ slug, title, mdx });
  }
  return pages;
}
