// Route data of the search page (/search/): the pages a query that finds nothing can lead to.
import { UI } from '../ui/zh-CN.ts';
import type { RelatedLink } from './related.ts';
import { ROUTES } from '../routes.ts';

/** Whether the site has a topics index (a content set may have none). */
const HAS_TOPICS = Object.keys(import.meta.glob(['../../pages/topics/index.astro', '../../pages/topics.astro'])).length > 0;

export function browseLinks(hasTopics = HAS_TOPICS): RelatedLink[] {
  const b = UI.search.browseLinks;
  return [
    { href: ROUTES.practices, label: b.practices },
    { href: ROUTES.glossary, label: b.glossary },
    ...(hasTopics ? [{ href: ROUTES.topics, label: b.topics }] : []),
    { href: ROUTES.cases, label: b.cases },
    { href: ROUTES.sources, label: b.sources },
  ];
}
