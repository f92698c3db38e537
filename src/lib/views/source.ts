// Route data of a source's reading page (/sources/<id>/): contents, description and, for a
// book, which parts have their own page under /guide/ (the text is not repeated here).
import type { Source } from '../../schemas/source.ts';
import { fullTitle } from '../knowledge/present.ts';
import { authorsLine } from '../sources/record.ts';
import { hasGuidePage } from '../sources/sections.ts';
import { buildToc, type Heading, type TocEntry } from '../toc.ts';
import { UI } from '../ui/zh-CN.ts';
import { guidePartHref } from '../routes.ts';

/** What the page needs of one generated text part (content/texts/<id>/*.mdx). */
export interface TextPartData {
  part?: string | undefined;
  anchor?: unknown;
  title: string;
  label?: unknown;
  coverage?: unknown;
  editorialTitle?: unknown;
}

export interface SourcePartView<C> {
  anchor: string;
  part: string | undefined;
  title: string;
  /** The heading was supplied by the editors (the text has none). */
  editorialTitle: boolean;
  /** The rendered text, passed through. */
  Content: C;
  /** Link to the part's own page, when it has one (then its text is not shown here). */
  guide?: { note: string; href: string; label: string };
}

export interface SourceView<C> {
  isBook: boolean;
  description: string;
  byline: string;
  toc: TocEntry[];
  parts: SourcePartView<C>[];
}

export function sourceView<C>(source: Source, parts: readonly { data: TextPartData; headings: readonly Heading[]; Content: C }[]): SourceView<C> {
  const isBook = source.kind === 'book-excerpt';
  const authors = authorsLine(source);
  // A book's 绪论 and chapters have their home on /guide/<part>/: this page names them and
  // links there, so each passage has one page and each page one contents list.
  const toc: TocEntry[] = isBook
    ? parts.map(({ data, headings }) => ({
        slug: String(data.anchor),
        text: data.title,
        children: hasGuidePage(data.part) ? [] : headings.filter((h) => h.depth === 2).map((h) => ({ slug: h.slug, text: h.text, children: [] })),
      }))
    : buildToc(parts.flatMap((p) => p.headings));
  return {
    isBook,
    description: UI.source.describe(fullTitle(source), authors),
    byline: `${authors}${source.institution ? UI.source.institution(source.institution) : ''}`,
    toc,
    parts: parts.map(({ data, Content }) => ({
      anchor: String(data.anchor),
      part: data.part,
      title: data.title,
      editorialTitle: Boolean(data.editorialTitle),
      Content,
      ...(hasGuidePage(data.part)
        ? {
            guide: {
              note: UI.source.guidePart(data.part === 'intro', data.coverage === 'opening'),
              href: guidePartHref(data.part),
              label: UI.source.readPart(String(data.label ?? data.title)),
            },
          }
        : {}),
    })),
  };
}
