// 研讨题汇编: every discussion prompt the editors wrote — in the topics and in the entries'
// `editorial.prompts` — grouped by where it belongs, each group linking to its page.
import type { Editorial } from '../../schemas/knowledge.ts';
import type { Topic } from '../../schemas/topic.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { UI } from '../ui/zh-CN.ts';
import { caseHref, frameworkHref, mechanismHref, practiceHref, termPageHref, topicHref } from '../routes.ts';

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

function group<T extends { editorial?: Editorial | undefined }>(label: string, entries: readonly Entry<T>[], title: (e: Entry<T>) => string, href: (id: string) => string): PromptGroup {
  return {
    label,
    entries: entries.filter((e) => e.data.editorial?.prompts?.length).map((e) => entry(title(e), href(e.id), e.data.editorial!.prompts!)),
  };
}

export function collectPrompts(topics: readonly Entry<Topic>[], kb: KnowledgeBase): PromptGroup[] {
  return [
    { label: UI.prompts.groups.topics, entries: topics.map((t) => entry(t.data.title, topicHref(t.id), t.data.editorial.prompts)) },
    group(UI.prompts.groups.cases, kb.cases, (e) => e.data.name.value, caseHref),
    group(UI.prompts.groups.mechanisms, kb.mechanisms, (e) => e.data.name.value, mechanismHref),
    group(UI.prompts.groups.frameworks, kb.frameworks, (e) => e.data.name.value, frameworkHref),
    group(UI.prompts.groups.practices, kb.practices, (e) => e.data.name.value, practiceHref),
    group(UI.prompts.groups.terms, kb.terms, (e) => e.data.name, termPageHref),
  ].filter((g) => g.entries.length > 0);
}

/** How many prompts the groups hold. */
export function promptCount(groups: readonly PromptGroup[]): number {
  return groups.reduce((n, g) => n + g.entries.reduce((m, e) => m + e.prompts.length, 0), 0);
}
