// 研讨题汇编: every discussion prompt the editors wrote — in the topics and in the entries'
// `editorial.prompts` — grouped by where it belongs, each group linking to its page.
import type { Editorial } from '../../schemas/knowledge.ts';
import type { Topic } from '../../schemas/topic.ts';
import { KINDS, entriesOf } from '../knowledge/kinds/index.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { UI } from '../ui/zh-CN.ts';
import { topicHref } from '../routes.ts';

export interface PromptEntry {
  title: string;
  href: string;
  /** Id of the entry's heading on the collection page (search results land there). */
  anchor: string;
  prompts: string[];
}

/** "/cases/hongfan/" → "prompts-cases-hongfan". */
export function promptAnchor(href: string): string {
  return `prompts${href.replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`;
}

function entry(title: string, href: string, prompts: string[]): PromptEntry {
  return { title, href, anchor: promptAnchor(href), prompts };
}

export interface PromptGroup {
  label: string;
  entries: PromptEntry[];
}

export function collectPrompts(topics: readonly Entry<Topic>[], kb: KnowledgeBase): PromptGroup[] {
  return [
    { label: UI.prompts.groups.topics, entries: topics.map((t) => entry(t.data.title, topicHref(t.id), t.data.editorial.prompts)) },
    // Then each kind whose entries carry editors' prompts (src/lib/knowledge/kinds/), in collection order.
    ...KINDS.filter((kind) => kind.prompts).map((kind) => ({
      label: kind.prompts!,
      entries: entriesOf(kb, kind)
        .filter((e) => (e.data as { editorial?: Editorial }).editorial?.prompts?.length)
        .map((e) => entry(kind.title(e.data), kind.href(e.id), (e.data as { editorial: Editorial }).editorial.prompts!)),
    })),
  ].filter((g) => g.entries.length > 0);
}

/** How many prompts the groups hold. */
export function promptCount(groups: readonly PromptGroup[]): number {
  return groups.reduce((n, g) => n + g.entries.reduce((m, e) => m + e.prompts.length, 0), 0);
}
