// Handout items: an entry a topic can list (a case, a mechanism, a practice, a term, a framework:
// its facts are declared by its kind, src/lib/knowledge/kinds/), or a section of a source. Each fact keeps the original paragraph it comes from;
// paragraphs shared by several facts are listed once.
import type { Case, KnowledgeCollection, Quote } from '../../schemas/knowledge.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { caseKind } from '../knowledge/kinds/case.ts';
import type { EntryOf, Fact, KindDeclaration } from '../knowledge/kinds/index.ts';
import { sectionPath } from '../sources/sections.ts';
import { sectionParagraphs, type SourceSection } from '../sources/section-text.ts';
import { sourceModel } from '../sources/model.ts';
import { occurrencesOf } from '../sources/occurrences.ts';
import { countChars, readingMinutes } from './reading-time.ts';
import type { HandoutFact, HandoutItem, OriginalParagraph } from './model.ts';
import { citationOf, originalParagraph, type SourceTitles } from './paragraphs.ts';
import { passageCitation } from '../sources/citation.ts';
import { UI } from '../ui/zh-CN.ts';
import { sourceHref } from '../routes.ts';

type FactInput = Fact;

const squash = (t: string): string => t.replace(/[\s“”‘’"]/gu, '');

/**
 * Whether a paragraph is a heading naming the fact (a framework's dimension or point, "一、首抓
 * “主体党建”…"): short, and holding the fact's words. Then the fact is the heading, given with its
 * address, and the heading is not listed a second time under 原文段落.
 */
export function isHeadingOf(p: Pick<OriginalParagraph, 'text'>, fact: string): boolean {
  const text = squash(p.text);
  return text.length <= HEADING_MAX && squash(fact).length > 0 && text.includes(squash(fact)) && !/[。；]/.test(p.text.slice(0, -1));
}
const HEADING_MAX = 40;

/** Facts → facts numbered by paragraph, each paragraph once, and the item's reading size. */
function withParagraphs(facts: FactInput[], titles: SourceTitles): { facts: HandoutFact[]; paragraphs: OriginalParagraph[] } {
  const paragraphs: OriginalParagraph[] = [];
  const out: HandoutFact[] = [];
  for (const f of facts) {
    const p = originalParagraph(f.quote, titles);
    if (isHeadingOf(p, f.text)) {
      out.push({ label: f.label, text: f.text, paragraph: -1, at: { href: p.href, address: p.address } });
      continue;
    }
    let i = paragraphs.findIndex((x) => x.href === p.href && x.text === p.text);
    if (i < 0) i = paragraphs.push(p) - 1;
    out.push({ label: f.label, text: f.text, paragraph: i });
  }
  return { facts: out, paragraphs };
}

export function finish(item: Omit<HandoutItem, 'chars' | 'minutes'>): HandoutItem {
  const chars = countChars(itemText(item));
  return { ...item, chars, minutes: readingMinutes(chars) };
}

/** All the text an item shows (title aside): facts, paragraphs, section text. Used for reading time. */
export function itemText(item: Pick<HandoutItem, 'facts' | 'paragraphs' | 'text' | 'notice'>): string {
  return [item.notice ?? '', ...item.facts.map((f) => `${f.label}${f.text}`), ...item.paragraphs.map((p) => p.text), ...item.text.map((t) => t.text)].join('\n');
}

/** Sentences that use a term, as verbatim quotes (its concordance's opening lines: a term no source defines). */
function usage(forms: readonly string[], excludes: readonly string[], n: number): Quote[] {
  const out: Quote[] = [];
  for (const o of occurrencesOf({ forms: [...forms], excludes: [...excludes] })) {
    const sentence = sourceModel(o.source)?.blocks.flatMap((b) => b.sentences).find((s) => s.id === o.id);
    const text = sentence ? sourceModel(o.source)!.rawOf(sentence) : undefined;
    if (text) out.push({ source: o.source as Quote['source'], text });
    if (out.length === n) break;
  }
  return out;
}

/** The handout item of an entry a topic can list (its kind's reading declaration: src/lib/knowledge/kinds/). */
export function entryItem<C extends KnowledgeCollection>(kind: KindDeclaration<C>, entry: EntryOf<C>, kb: KnowledgeBase, titles: SourceTitles): HandoutItem {
  const reading = kind.reading;
  if (!reading) throw new Error(`entryItem: a ${kind.name} is not a reading`);
  const facts = reading.facts(entry, kb, { usage });
  const cited = reading.citation(entry, facts);
  const title = kind.title(entry.data);
  return finish({
    id: `${kind.name}-${entry.id}`,
    kindLabel: reading.label,
    title,
    href: kind.href(entry.id),
    citation: cited ? citationOf(cited, titles) : UI.handout.citation(title),
    ...(reading.notice ? { notice: reading.notice(entry) } : {}),
    ...withParagraphs(facts, titles),
    text: [],
  });
}

/** A case's item (its printed fact sheet). */
export function caseItem(entry: Entry<Case>, kb: KnowledgeBase, titles: SourceTitles): HandoutItem {
  return entryItem(caseKind, entry, kb, titles);
}

export function sectionItem(section: SourceSection, titles: SourceTitles): HandoutItem {
  return finish({
    id: `section-${section.source}-${section.rawLines[0]}`,
    kindLabel: UI.handout.itemKind.section,
    title: section.heading,
    href: section.depth === 1 ? `${sourceHref(section.source)}#${section.anchor}` : sectionPath(section.source, section),
    source: section.source,
    citation: passageCitation(section.source, titles[section.source], section.heading, { line: section.rawLines[0], endLine: section.rawLines[1] }),
    facts: [],
    paragraphs: [],
    text: sectionParagraphs(section),
  });
}
