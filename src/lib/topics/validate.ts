// Checks a topic's references: every case, mechanism, practice, term and framework id
// exists, and every section heading is a heading of its source's reading text. Pure:
// the caller passes the knowledge base and each source's section headings.
import type { Topic } from '../../schemas/topic.ts';
import type { ContentIssue } from '../content/errors.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';

export type SectionHeadings = Readonly<Record<string, readonly string[]>>;

/** Ids the topic pages cannot take: /topics/prompts/ is the collection of prompts. */
const RESERVED_IDS = ['prompts'];

const KINDS = ['case', 'mechanism', 'practice', 'term', 'framework'] as const;
const COLLECTION = { case: 'cases', mechanism: 'mechanisms', practice: 'practices', term: 'terms', framework: 'frameworks' } as const;

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
        const valid = headings[source] ?? [];
        if (!valid.includes(heading)) {
          issues.push({ file, field: `${field}.section.heading`, message: `"${heading}" is not a heading of source "${source}"; valid headings: ${valid.join(' | ')}` });
        }
      } else {
        const kind = KINDS.find((k) => k in reading)!;
        const id = (reading as Record<string, string>)[kind]!;
        key = `${kind}:${id}`;
        const entries = kb[COLLECTION[kind]] as Entry<unknown>[];
        if (!entries.some((e) => e.id === id)) {
          issues.push({ file, field: `${field}.${kind}`, message: `unknown ${kind} id "${id}"; valid ids: ${entries.map((e) => e.id).join(', ')}` });
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
