// The handout model: what a printed handout and its Word file (.docx) both show, built once
// from the knowledge model and the reading texts so the page and the file cannot drift apart.
// Pure data; built by case-handout.ts and ../topics/readings.ts, rendered by the handout
// pages (HTML) and docx.ts (Word).
import type { QuestionBasis } from '../knowledge/kinds/declaration.ts';

/** The original paragraph a fact comes from: its text, address and citation. */
export interface OriginalParagraph {
  /** Id of the source it belongs to. */
  source: string;
  /** The paragraph's plain text as the reading page renders it. */
  text: string;
  /** Site path without base, with the paragraph's anchor (/sources/<id>/#p12). */
  href: string;
  /** The paragraph's address shown to readers (p12), when it has one. */
  address?: string | undefined;
  /** 《Source title》 · section heading. */
  citation: string;
}

/** One fact of an item: a label, the stated value, and the paragraph (by number) it comes from. */
export interface HandoutFact {
  label: string;
  text: string;
  /** Index into the item's `paragraphs` (shown as ①②…); -1 when the fact is a heading, addressed by `at`. */
  paragraph: number;
  /**
   * A fact whose paragraph is not printed under it: a heading of the source (the fact names it), or
   * in a pack a paragraph a source text of the same pack prints in full (`reading`, 0-based).
   */
  at?: { href: string; address?: string | undefined; reading?: number | undefined } | undefined;
}

export interface HandoutItem {
  /** Stable id (used as the item's anchor). */
  id: string;
  /** 原文章节, 案例, 运行机制, 做法, 术语, 理论框架. */
  kindLabel: string;
  title: string;
  /** The item's page on the site (path without base). */
  href: string;
  /** For source sections: id of the source. */
  source?: string | undefined;
  /** 《Source title》 · section (the item's citation). */
  citation: string;
  /** A notice shown before the facts (e.g. a guide case without its text). */
  notice?: string | undefined;
  /** Facts with their paragraphs (cases, mechanisms, practices, terms, frameworks). */
  facts: HandoutFact[];
  /** The original paragraphs the facts come from, each once. */
  paragraphs: OriginalParagraph[];
  /** For source sections: the section's text, sub-headings marked, with each block's address. */
  text: { heading: boolean; text: string; id?: string | undefined }[];
  /** Characters read (see reading-time.ts). */
  chars: number;
  /** Estimated minutes to read. */
  minutes: number;
}

/** What a self-test question asks, and of which entry (the audit checks answers against it). */
/** What a self-test question asks about: declared with the kinds' question drafts. */
export type { QuestionBasis } from '../knowledge/kinds/declaration.ts';

/** A self-test question (自测题) built from a verified fact. */
export interface SelfTestQuestion {
  question: string;
  answer: string;
  /** The quote that states the answer, display-cleaned (verbatim in the source otherwise). */
  quote: string;
  paragraph: OriginalParagraph;
  /** What is asked (absent in hand-made handouts). */
  basis?: QuestionBasis | undefined;
}

/** A quote shown as a reference point (要点): its text as the reading page shows it, and its paragraph. */
export interface QuotedPoint {
  text: string;
  paragraph: OriginalParagraph;
}

/** A topic's teaching plan (教学安排) as a handout shows it; all editors' text but the quoted points. */
export interface HandoutTeaching {
  objectives: string[];
  /** Timed steps: "阅读", "分组研讨" …, with the 研讨题 numbers a discussion takes. */
  steps: { label: string; minutes: number; text: string; prompts: number[] }[];
  totalMinutes: number;
  /** Reference points (要点) per 研讨题: verbatim quotes with their paragraphs. */
  points: { prompt: number; promptText: string; quotes: QuotedPoint[] }[];
  /** The board plan, and the site's table or framework it builds on. */
  board: { text: string; basis?: { label: string; href: string } | undefined };
}

/** A comparison table printed in a pack or as its own Word file (/cases/compare/, /frameworks/compare/). */
export interface HandoutTable {
  id: string;
  title: string;
  caption: string;
  /** The table's page on the site (path without base). */
  href: string;
  /** Column headers; the first heads the row labels. */
  head: string[];
  rows: { label: string; cells: string[][] }[];
  /** Print it across the page (many columns). */
  landscape: boolean;
  /** A line under the table (what empty cells mean, where the facts come from). */
  note: string;
}

export interface Handout {
  title: string;
  /** What the handout is (专题讲义 / 案例讲义). */
  kind: string;
  /** The handout page's path without base. */
  path: string;
  /** Path of the same handout as a Word file, named by its title (see files.ts). */
  docx: string;
  /** Editors' introduction (shown marked 编者). */
  intro?: string | undefined;
  /** Why these readings (editors' text). */
  selection?: string | undefined;
  /** The teaching plan (topics only). */
  teaching?: HandoutTeaching | undefined;
  /** Comparison tables the topic builds on, printed after the readings. */
  tables?: HandoutTable[] | undefined;
  items: HandoutItem[];
  /** Editors' discussion prompts (研讨题, marked 编者). */
  prompts: string[];
  questions: SelfTestQuestion[];
  /** GB/T 7714 references of the sources used. */
  references: string[];
  /** Total reading minutes. */
  minutes: number;
}

/** ① ② … ⑳, then (21) … for paragraph markers. */
export function circled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
}
