// Study topics and the handout context as the pages read them (Astro-only: content collections).
import { getCollection } from 'astro:content';
import type { Topic } from '../../schemas/topic.ts';
import type { SourceTitles } from '../handouts/paragraphs.ts';
import { knowledgeBase, sourceInfos } from '../knowledge/site-data.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { formatReference } from '../sources/reference.ts';
import { missingFacts, type SourceInfo } from '../knowledge/present.ts';
import type { Handout } from '../handouts/model.ts';
import { topicHandout } from './readings.ts';

/** Topics in their stated order. */
export async function topicEntries(): Promise<Entry<Topic>[]> {
  return (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
}

export interface HandoutContext {
  kb: KnowledgeBase;
  titles: SourceTitles;
  /** GB/T 7714 reference per source id (with what the record does not give said plainly). */
  references: Record<string, string>;
  /** Source records by id (the comparison tables name their sources). */
  sources: ReadonlyMap<string, SourceInfo>;
}

export async function handoutContext(): Promise<HandoutContext> {
  const kb = await knowledgeBase();
  const sources = await sourceInfos();
  const titles = Object.fromEntries([...sources].map(([id, s]) => [id, s.title]));
  const references = Object.fromEntries(
    [...sources].map(([id, s]) => {
      const notes = missingFacts(s);
      return [id, `${formatReference(s)}${notes.length ? `（${notes.join('；')}）` : ''}`];
    }),
  );
  return { kb, titles, references, sources };
}

export interface TopicPageProps {
  topic: Entry<Topic>;
  handout: Handout;
}

/** Route data of the three pages of a topic (/topics/<id>/, its pack and its Word file). */
export async function topicPaths(): Promise<{ params: { id: string }; props: TopicPageProps }[]> {
  const ctx = await handoutContext();
  return (await topicEntries()).map((topic) => ({
    params: { id: topic.id },
    props: { topic, handout: topicHandout(topic, ctx.kb, ctx.titles, ctx.references, ctx.sources) },
  }));
}
