// Checks a topic's references: every case, mechanism, practice, term and framework id
// exists, and every section heading is a heading of its source's reading text; and a topic's
// teaching plan (教学安排) is whole: half a day long, every 研讨题 discussed and given reference
// points, every point a quote found in its source. Pure: the caller passes the knowledge base,
// each source's section headings and the raw sources.
import type { Topic } from '../../schemas/topic.ts';
import type { ContentIssue } from './errors.ts';
import { READING_KINDS, entriesOf } from '../knowledge/kinds/index.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { checkQuotes, type SourceTexts } from './knowledge-checks.ts';

export type SectionHeadings = Readonly<Record<string, readonly string[]>>;

/** Ids the topic pages cannot take: /topics/prompts/ is the collection of prompts. */
const RESERVED_IDS = ['prompts'];


export function checkTopics(topics: readonly Entry<Topic>[], kb: KnowledgeBase, headings: SectionHeadings): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const topic of topics) {
    const file = topic.file ?? `content/topics/${topic.id}.yaml`;
    const seen = new Set<string>();
    topic.data.readings.forEach((reading, i) => {
      const field = `readings[${i}]`;
      let key: string;
      if ('section' in reading) {
        const { source, heading } = reading.section;
        key = `section:${source}:${heading}`;
        const valid = headings[source];
        if (valid === undefined) {
          issues.push({ file, field: `${field}.section.source`, message: `unknown source id "${source}"; expected a folder under content/sources/ with raw.txt and source.yaml, one of ${Object.keys(headings).sort().map((id) => `"${id}"`).join(', ')}` });
        } else if (!valid.includes(heading)) {
          issues.push({ file, field: `${field}.section.heading`, message: `"${heading}" is not a heading of source "${source}"; valid headings: ${valid.join(' | ')}` });
        }
      } else {
        // Every other reading names an entry of a kind that can be read ({ case: <id> }: src/lib/knowledge/kinds/).
        const kind = READING_KINDS.find((k) => k.name in reading)!;
        const id = (reading as Record<string, string>)[kind.name]!;
        key = `${kind.name}:${id}`;
        const entries = entriesOf(kb, kind);
        if (!entries.some((e) => e.id === id)) {
          issues.push({ file, field: `${field}.${kind.name}`, message: `unknown ${kind.name} id "${id}"; valid ids: ${entries.map((e) => e.id).join(', ')}` });
        }
      }
      if (seen.has(key)) issues.push({ file, field, message: `the reading ${key} is listed twice` });
      seen.add(key);
    });
  }
  for (const topic of topics) {
    if (RESERVED_IDS.includes(topic.id)) issues.push({ file: topic.file ?? `content/topics/${topic.id}.yaml`, field: '(file)', message: `"${topic.id}" is a page of its own under /topics/; rename the file` });
  }
  const orders = new Map<number, string>();
  for (const topic of topics) {
    const other = orders.get(topic.data.order);
    if (other) issues.push({ file: topic.file ?? `content/topics/${topic.id}.yaml`, field: 'order', message: `order ${topic.data.order} is also used by topic "${other}"; each topic needs its own position` });
    orders.set(topic.data.order, topic.id);
  }
  return issues;
}

/** Shortest and longest half-day class, in minutes. */
export const HALF_DAY = { min: 150, max: 240 } as const;

/** A topic's teaching plan: its steps, prompts and reference points agree; its quotes are in the sources. */
export function checkTeaching(topics: readonly Entry<Topic>[], sources: SourceTexts): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const topic of topics) {
    const file = topic.file ?? `content/topics/${topic.id}.yaml`;
    const t = topic.data.teaching;
    const prompts = topic.data.editorial.prompts.length;
    const total = t.plan.reduce((n, s) => n + s.minutes, 0);
    if (total < HALF_DAY.min || total > HALF_DAY.max) issues.push({ file, field: 'teaching.plan', message: `the steps add up to ${total} minutes; a half-day class takes ${HALF_DAY.min}–${HALF_DAY.max}` });
    for (const kind of ['reading', 'discussion', 'report', 'summary'] as const) {
      if (!t.plan.some((s) => s.kind === kind)) issues.push({ file, field: 'teaching.plan', message: `no step of kind "${kind}"; a class needs reading, discussion, report and summary` });
    }
    t.plan.forEach((s, i) => {
      if (s.kind === 'discussion' && !s.prompts) issues.push({ file, field: `teaching.plan[${i}].prompts`, message: 'a discussion step names the 研讨题 it discusses (numbers from 1)' });
      for (const n of s.prompts ?? []) if (n > prompts) issues.push({ file, field: `teaching.plan[${i}].prompts`, message: `研讨题 ${n} does not exist; the topic has ${prompts}` });
    });
    const discussed = new Set(t.plan.flatMap((s) => s.prompts ?? []));
    const pointed = new Set(t.points.map((p) => p.prompt));
    for (let n = 1; n <= prompts; n++) {
      if (!discussed.has(n)) issues.push({ file, field: 'teaching.plan', message: `研讨题 ${n} is discussed in no step` });
      if (!pointed.has(n)) issues.push({ file, field: 'teaching.points', message: `研讨题 ${n} has no reference points` });
    }
    t.points.forEach((p, i) => {
      if (p.prompt > prompts) issues.push({ file, field: `teaching.points[${i}].prompt`, message: `研讨题 ${p.prompt} does not exist; the topic has ${prompts}` });
    });
    if (t.board.table && t.board.framework) issues.push({ file, field: 'teaching.board', message: 'a board plan builds on one table or one framework, not both' });
  }
  // Every reference point is a verbatim quote: the same check as the knowledge model's quotes.
  issues.push(...checkQuotes({ topics } as unknown as KnowledgeBase, sources));
  return issues;
}
