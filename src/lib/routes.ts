// Every path of the site, in one place: the section pages and one builder per kind of page.
// Paths are site-relative and carry no base (wrap them with withBase, src/lib/paths.ts, or
// joinBase). Pure and dependency-free, so page code, build code and browser scripts share it.
// A kind of knowledge entry names its page builder in its declaration (src/lib/knowledge/kinds/).

/** The section pages (index pages and fixed pages). */
export const ROUTES = {
  home: '/',
  cases: '/cases/',
  casesCompare: '/cases/compare/',
  topics: '/topics/',
  prompts: '/topics/prompts/',
  frameworks: '/frameworks/',
  frameworksCompare: '/frameworks/compare/',
  guide: '/guide/',
  sources: '/sources/',
  practices: '/practices/',
  mechanisms: '/mechanisms/',
  timeline: '/timeline/',
  glossary: '/glossary/',
  about: '/about/',
  search: '/search/',
  /** Names offered when a search finds nothing (src/pages/search/names.json.ts). */
  searchNames: '/search/names.json',
} as const;

// Knowledge entries.
export const caseHref = (id: string): string => `/cases/${id}/`;
/** An alliance model: its group on the case library. */
export const modelHref = (id: string): string => `/cases/#${id}`;
/** A case-library facet page: /cases/<facet>/<value>/. */
export const facetHref = (key: string, value: string): string => `/cases/${key}/${value}/`;
export const practiceHref = (id: string): string => `/practices/${id}/`;
/** A term's entry on the glossary page. */
export const termHref = (id: string): string => `/glossary/#${id}`;
/** A term's own page (definitions and concordance). */
export const termPageHref = (id: string): string => `/glossary/${id}/`;
export const mechanismHref = (id: string): string => `/mechanisms/#${id}`;
export const eventHref = (id: string): string => `/timeline/#${id}`;
export const frameworkHref = (id: string): string => `/frameworks/${id}/`;
/** A framework dimension or sub-point: its section on the framework's page. */
export const dimensionHref = (ref: { frameworkId: string; id: string }): string => `/frameworks/${ref.frameworkId}/#${ref.id}`;

// Source texts.
export const sourceHref = (id: string): string => `/sources/${id}/`;
export const sourceRawHref = (id: string): string => `/sources/${id}/raw.txt`;
export const sourceRepairsHref = (id: string): string => `/sources/${id}/repairs/`;
/** A part (绪论, a chapter) of the practice guide, or a heading on it. */
export const guidePartHref = (part: string, anchor?: string): string => `/guide/${part}/${anchor ? `#${anchor}` : ''}`;

// Study topics.
export const topicHref = (id: string): string => `/topics/${id}/`;
export const topicHandoutHref = (id: string): string => `/topics/${id}/handout/`;
/** The pack's running foot (the topic's name and the page number in the page margin). */
export const topicFootCssHref = (id: string): string => `/topics/${id}/print-foot.css`;
