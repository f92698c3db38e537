// A topic's reading list resolved into handout items, and the topic's handout (the pack).
import type { Topic } from '../../schemas/topic.ts';
import { entryItem, finish, sectionItem } from '../handouts/items.ts';
import { READING_KINDS, entriesOf } from '../knowledge/kinds/index.ts';
import type { Handout, HandoutItem } from '../handouts/model.ts';
import type { SourceTitles } from '../handouts/paragraphs.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { findSection } from '../sources/section-text.ts';
import { selfTestQuestions } from './questions.ts';
import { readingMinutes } from '../handouts/reading-time.ts';
import { UI } from '../ui/zh-CN.ts';
import { docxFileName, fileHref } from '../handouts/files.ts';
import { boardTable } from '../handouts/tables.ts';
import type { SourceInfo } from '../knowledge/present.ts';
import { teachingOf } from './teaching.ts';
import { topicHandoutHref, topicHref } from '../routes.ts';

/** The Word file of a topic's pack, named by the topic's title: /topics/<id>/<title>·讲义.docx. */
export const topicDocxName = (title: string): string => docxFileName(title, UI.handout.topicFileKind);
export const topicDocxHref = (id: string, title: string): string => fileHref(topicHref(id), topicDocxName(title));

function missing(topic: Entry<Topic>, what: string): never {
  throw new Error(`${topic.file ?? `content/topics/${topic.id}.yaml`}: ${what} not found (the knowledge check should have caught this)`);
}

/**
 * Original paragraphs a source text of the same pack prints in full are not printed again under a
 * short reading: they point to that reading (and the reading time counts them once).
 */
export function withoutRepeats(items: readonly HandoutItem[]): HandoutItem[] {
  const printed = new Map<string, number>();
  items.forEach((item, i) => {
    if (!item.source) return;
    const anchor = item.href.split('#')[1];
    if (anchor) printed.set(`${item.source}#${anchor}`, i);
    for (const b of item.text) if (b.id) printed.set(`${item.source}#${b.id}`, i);
  });
  return items.map((item) => {
    if (item.source) return item;
    const readingOf = item.paragraphs.map((p) => printed.get(`${p.source}#${p.href.split('#')[1] ?? ''}`));
    if (readingOf.every((r) => r === undefined)) return item;
    const kept = item.paragraphs.filter((_, i) => readingOf[i] === undefined);
    const facts = item.facts.map((f) => {
      const p = item.paragraphs[f.paragraph];
      const reading = readingOf[f.paragraph];
      if (!p) return f;
      return reading === undefined ? { ...f, paragraph: kept.indexOf(p) } : { label: f.label, text: f.text, paragraph: -1, at: { href: p.href, address: p.address, reading } };
    });
    const { chars: _c, minutes: _m, ...rest } = item;
    return finish({ ...rest, facts, paragraphs: kept });
  });
}

/** The topic's readings as handout items, in order. */
export function topicItems(topic: Entry<Topic>, kb: KnowledgeBase, titles: SourceTitles): HandoutItem[] {
  return withoutRepeats(topicItemsAsIs(topic, kb, titles));
}

function topicItemsAsIs(topic: Entry<Topic>, kb: KnowledgeBase, titles: SourceTitles): HandoutItem[] {
  return topic.data.readings.map((r) => {
    if ('section' in r) {
      const s = findSection(r.section.source, r.section.heading) ?? missing(topic, `section "${r.section.heading}"`);
      return sectionItem(s, titles);
    }
    // Every other reading names an entry of a kind ({ case: <id> }): its kind builds the item.
    const kind = READING_KINDS.find((k) => k.name in r)!;
    const id = (r as Record<string, string>)[kind.name]!;
    return entryItem(kind, entriesOf(kb, kind).find((e) => e.id === id) ?? missing(topic, `${kind.name} ${id}`), kb, titles);
  });
}

/**
 * The topic's pack: items, editors' text and teaching plan, self-test questions, references;
 * with the source records, also the comparison table its board plan builds on.
 */
export function topicHandout(
  topic: Entry<Topic>,
  kb: KnowledgeBase,
  titles: SourceTitles,
  references: Readonly<Record<string, string>>,
  records?: ReadonlyMap<string, SourceInfo>,
): Handout {
  const table = topic.data.teaching.board.table;
  const items = topicItems(topic, kb, titles);
  const sources = [...new Set(items.flatMap((i) => [i.source, ...i.paragraphs.map((p) => p.source)]).filter((s): s is string => Boolean(s)))];
  return {
    title: topic.data.title,
    kind: UI.handout.topicKind,
    path: topicHandoutHref(topic.id),
    docx: topicDocxHref(topic.id, topic.data.title),
    intro: topic.data.editorial.intro,
    selection: topic.data.editorial.selection,
    teaching: teachingOf(topic, kb, titles),
    tables: table && records ? [boardTable(table, kb, records)] : [],
    items,
    prompts: topic.data.editorial.prompts,
    questions: selfTestQuestions(topic, kb, titles),
    references: Object.keys(references).filter((id) => sources.includes(id)).map((id) => references[id]!),
    minutes: readingMinutes(items.reduce((n, i) => n + i.chars, 0)),
  };
}
