// Handout items built from the knowledge model: a case, a mechanism, a practice, a term, a
// framework, or a section of a source. Each fact keeps the original paragraph it comes from;
// paragraphs shared by several facts are listed once.
import type { Case, Framework, Mechanism, Practice, Quote, Term } from '../../schemas/knowledge.ts';
import { caseSheet, guideCaseNotice } from '../knowledge/case-sheet.ts';
import { displayText } from '../knowledge/display.ts';
import { caseHref, frameworkHref, mechanismHref, modelLabel, practiceHref, sourceHref, termPageHref } from '../knowledge/present.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { sectionPath } from '../sources/sections.ts';
import { sectionParagraphs, type SourceSection } from '../sources/section-text.ts';
import { sourceModel } from '../sources/model.ts';
import { occurrencesOf } from '../sources/occurrences.ts';
import { countChars, readingMinutes } from '../topics/reading-time.ts';
import type { HandoutFact, HandoutItem, OriginalParagraph } from './model.ts';
import { citationOf, originalParagraph, type SourceTitles } from './paragraphs.ts';
import { passageCitation } from '../sources/citation.ts';
import { UI } from '../ui/zh-CN.ts';

interface FactInput {
  label: string;
  text: string;
  quote: Quote;
}

/** A quote as shown: line breaks of the raw text removed. */
export function quoteText(q: Quote): string {
  return displayText(q.text);
}

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

/** The facts of a case: its fact sheet, then its alliance models. */
export function caseFacts(entry: Entry<Case>, kb: KnowledgeBase): FactInput[] {
  const facts: FactInput[] = caseSheet(entry.data).flatMap((row) => row.facts.map((f) => ({ label: row.label, text: f.text, quote: f.quote })));
  if (entry.data.kind === 'alliance') {
    for (const m of entry.data.models) {
      const model = kb.models.find((x) => x.id === m.model);
      if (model) facts.push({ label: UI.handout.fact.model, text: modelLabel(model.data), quote: m.quote });
    }
  }
  return facts;
}

export function caseItem(entry: Entry<Case>, kb: KnowledgeBase, titles: SourceTitles): HandoutItem {
  const c = entry.data;
  const facts = caseFacts(entry, kb);
  return finish({
    id: `case-${entry.id}`,
    kindLabel: UI.handout.itemKind.case,
    title: c.name.value,
    href: caseHref(entry.id),
    citation: citationOf(c.name.quote, titles),
    notice: c.kind === 'guide-case' ? guideCaseNotice(c) : undefined,
    ...withParagraphs(facts, titles),
    text: [],
  });
}

export function mechanismItem(entry: Entry<Mechanism>, titles: SourceTitles): HandoutItem {
  const m = entry.data;
  const facts = m.rules.map((r) => ({ label: UI.ruleAspect[r.aspect], text: r.value, quote: r.quote }));
  return finish({
    id: `mechanism-${entry.id}`,
    kindLabel: UI.handout.itemKind.mechanism,
    title: m.name.value,
    href: mechanismHref(entry.id),
    citation: citationOf(m.name.quote, titles),
    ...withParagraphs(facts, titles),
    text: [],
  });
}

export function practiceItem(entry: Entry<Practice>, titles: SourceTitles): HandoutItem {
  const p = entry.data;
  const facts = [{ label: UI.handout.fact.name, text: p.name.value, quote: p.name.quote }, ...p.quotes.map((q) => ({ label: UI.handout.fact.quote, text: quoteText(q), quote: q }))];
  return finish({
    id: `practice-${entry.id}`,
    kindLabel: UI.handout.itemKind.practice,
    title: p.name.value,
    href: practiceHref(entry.id),
    citation: citationOf(p.name.quote, titles),
    ...withParagraphs(facts, titles),
    text: [],
  });
}

/** How many sentences of its concordance a term no source defines shows in a handout. */
const USAGE_LINES = 2;

/** Sentences that use a term, as verbatim quotes (for a term no source defines). */
function usageQuotes(t: Term): Quote[] {
  const out: Quote[] = [];
  for (const o of occurrencesOf({ forms: [t.name, ...t.aliases], excludes: t.excludes })) {
    const sentence = sourceModel(o.source)?.blocks.flatMap((b) => b.sentences).find((s) => s.id === o.id);
    const text = sentence ? sourceModel(o.source)!.rawOf(sentence) : undefined;
    if (text) out.push({ source: o.source as Quote['source'], text });
    if (out.length === USAGE_LINES) break;
  }
  return out;
}

export function termItem(entry: Entry<Term>, titles: SourceTitles): HandoutItem {
  const t = entry.data;
  // A term no source defines: the sentences that use it first (its concordance's opening lines).
  const facts =
    t.definitions.length > 0
      ? t.definitions.map((q) => ({ label: UI.handout.fact.definition, text: quoteText(q), quote: q as Quote }))
      : usageQuotes(t).map((q) => ({ label: UI.handout.fact.usage, text: quoteText(q), quote: q }));
  return finish({
    id: `term-${entry.id}`,
    kindLabel: UI.handout.itemKind.term,
    title: t.name,
    href: termPageHref(entry.id),
    citation: facts[0] ? citationOf(facts[0].quote, titles) : UI.handout.citation(t.name),
    ...withParagraphs(facts, titles),
    text: [],
  });
}

export function frameworkItem(entry: Entry<Framework>, titles: SourceTitles): HandoutItem {
  const f = entry.data;
  const facts: FactInput[] = [];
  for (const d of f.dimensions) {
    facts.push({ label: UI.handout.fact.dimension(d.number), text: d.name.value, quote: d.name.quote });
    if (d.responsibility) facts.push({ label: UI.handout.fact.responsibility, text: d.responsibility.value, quote: d.responsibility.quote });
    for (const p of d.points) facts.push({ label: `${d.number}.${p.number}`, text: p.name.value, quote: p.name.quote });
  }
  return finish({
    id: `framework-${entry.id}`,
    kindLabel: UI.handout.itemKind.framework,
    title: f.name.value,
    href: frameworkHref(entry.id),
    citation: citationOf(f.name.quote, titles),
    ...withParagraphs(facts, titles),
    text: [],
  });
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
