// Reading the built source pages for the fidelity and artefact tests: the page's text as a
// reader gets it (footnote reference numbers and back-links left out), and the raw texts
// with their declared damage (repairs.yaml) taken out — independently of the ingestion code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import { repairsOf } from '../../src/lib/content/sources.ts';
import { ROOT } from '../support/sites.ts';

export const SOURCES_DIR = path.join(ROOT, 'content/sources');

export function sourceIds(): string[] {
  return readdirSync(SOURCES_DIR)
    .filter((d) => existsSync(path.join(SOURCES_DIR, d, 'raw.txt')))
    .sort();
}

export function loadHtml(dist: string, pagePath: string): Root {
  const file = path.join(dist, pagePath, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: expected the built page ${pagePath}`);
  return fromHtml(readFileSync(file, 'utf8'));
}

const isElement = (n: Nodes): n is Element => n.type === 'element';
const classes = (e: Element): string[] => {
  const c = e.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
};

/** Elements matching a test, in document order. */
export function findAll(node: Nodes, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Nodes): void => {
    if (isElement(n) && test(n)) out.push(n);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(node);
  return out;
}

/** Not text of the source: footnote reference numbers, back-links, the hidden footnote label, paragraph address marks (¶12). */
function isApparatus(e: Element): boolean {
  if (e.tagName === 'sup' && findAll(e, (a) => a.properties.dataFootnoteRef !== undefined).length > 0) return true;
  if (classes(e).includes('paragraph-mark')) return true;
  if (e.properties.dataFootnoteBackref !== undefined) return true;
  return e.properties.id === 'footnote-label';
}

/** The text nodes under a node, in order (apparatus skipped). */
export function textNodes(node: Nodes): string[] {
  const out: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'text') out.push(n.value);
    else if (isElement(n) && (isApparatus(n) || n.tagName === 'script' || n.tagName === 'style')) return;
    else if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(node);
  return out;
}

/** The reading text of a source page: title, subtitle, byline (authors, institution), the text itself, facts (not the repairs register). */
export function readingText(root: Root): string {
  const parts = findAll(
    root,
    (e) =>
      e.tagName === 'h1' ||
      classes(e).includes('source-subtitle') ||
      classes(e).includes('source-byline') ||
      classes(e).includes('source-facts') ||
      e.properties.dataSourceText !== undefined,
  ).filter((e, i, all) => !all.some((o, j) => j < i && findAll(o, (x) => x === e).length > 0));
  return parts.map((p) => textNodes(p).join('')).join('');
}

/** The source text containers of a page ([data-source-text]). */
export function sourceTextElements(root: Root): Element[] {
  return findAll(root, (e) => e.properties.dataSourceText !== undefined);
}

/** Half-width , ; ? ( ) read as full-width: the pages set them full-width between Chinese characters (a listed rule). */
export function punctuationWidth(text: string): string {
  return text.replace(/[,;?()]/gu, (p) => ({ ',': '，', ';': '；', '?': '？', '(': '（', ')': '）' })[p]!);
}

/** Whitespace removed; editor's marks 〔…〕 removed (they are not the source's words); punctuation width ignored. */
export function normalisePage(text: string): string {
  return punctuationWidth(text.replace(/〔[^〔〕]*〕/gu, '').replace(/\s+/gu, ''));
}

// ---- The raw text with its declared damage removed ----

export { repairsOf };


/** Footnote markers as the raw texts print them; the page shows them as footnote links. */
const MARKERS = /\[\d{1,3}\]|\^[\u2460-\u2473]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
/** A note printed as its own line. */
const NOTE_LINE = /^\s*(?:\[\d{1,3}\]|\^[\u2460-\u2473]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s/u;
/** Heading labels lose their brackets and colon on the page (the label becomes a heading). */
const LABELS = '摘要|关键词|关键字|引言|结语|中央精神|典型案例|案例点评|参考文献|注释|Abstract';
const BRACKETED_LABEL = new RegExp(`^(\\s*)[\\[【](${LABELS})[\\]】]`, 'u');
const COLON_LABEL = new RegExp(`^(\\s*)(${LABELS})\\s*[:：]`, 'u');
/** Dot leaders of a table of contents. */
const LEADERS = /\.{2,}/gu;

export interface RawLine {
  n: number;
  text: string;
}

/** The raw lines with the damage its repairs.yaml declares taken out (dropped lines, running headers, replaced text). */
export function expectedLines(id: string): { lines: RawLine[]; exempt: number } {
  const raw = readFileSync(path.join(SOURCES_DIR, id, 'raw.txt'), 'utf8').split('\n');
  const lines: RawLine[] = raw.map((text, i) => ({ n: i + 1, text }));
  let exempt = 0;
  for (const r of repairsOf(id).repairs) {
    if (r.kind === 'drop' && r.line !== undefined && r.text !== undefined) {
      const wanted = r.text.split('\n').map((t) => t.trim()).filter(Boolean);
      let n = r.line;
      for (const w of wanted) {
        while (lines[n - 1] && lines[n - 1]!.text.trim() === '') n++;
        if (lines[n - 1]!.text.trim() !== w) throw new Error(`${id}/repairs.yaml: drop at ${n} does not match the raw line`);
        lines[n - 1]!.text = '';
        exempt++;
        n++;
      }
    } else if (r.kind === 'running-header') {
      for (const n of r.lines ?? []) lines[n - 1]!.text = '';
      exempt += r.lines?.length ?? 0;
    } else if ((r.kind === 'replace' || r.kind === 'heading-renumber') && r.line !== undefined) {
      lines[r.line - 1]!.text = lines[r.line - 1]!.text.replace(r.text!, r.with!);
      exempt++;
    } else if (r.kind === 'interpolation' && r.line !== undefined) {
      lines[r.line - 1]!.text = lines[r.line - 1]!.text.replace(r.text!, '');
      exempt++;
    }
  }
  for (const l of lines) l.text = l.text.replace(BRACKETED_LABEL, '$1$2').replace(COLON_LABEL, '$1$2').replace(LEADERS, '');
  return { lines, exempt };
}

export interface Unit {
  /** The unit's text, whitespace and footnote markers removed. */
  text: string;
  /** Its pieces, one per raw line, in order. */
  pieces: { n: number; text: string }[];
}

/** The raw text's sentences (split at 。！？；), with notes printed as lines taken as units of their own. */
export function sentenceUnits(lines: RawLine[]): Unit[] {
  const units: Unit[] = [];
  let current: Unit = { text: '', pieces: [] };
  const close = (): void => {
    if (current.text !== '') units.push(current);
    current = { text: '', pieces: [] };
  };
  for (const l of lines) {
    const isNote = NOTE_LINE.test(l.text);
    if (isNote) close();
    const text = punctuationWidth(l.text.replace(MARKERS, '').replace(/\s+/gu, ''));
    for (const ch of text) {
      current.text += ch;
      const last = current.pieces[current.pieces.length - 1];
      if (last && last.n === l.n) last.text += ch;
      else current.pieces.push({ n: l.n, text: ch });
      if ('。！？；'.includes(ch)) close();
    }
    if (isNote) close();
  }
  close();
  return units;
}

/** Whether the unit is on the page: whole, or — where layout blocks split it — line by line, in order. */
export function findUnit(page: string, unit: Unit): 'whole' | 'pieces' | undefined {
  if (page.includes(unit.text)) return 'whole';
  let from = 0;
  for (const p of unit.pieces) {
    const at = page.indexOf(p.text, from);
    if (at < 0) return undefined;
    from = at + p.text.length;
  }
  return 'pieces';
}
