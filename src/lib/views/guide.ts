// Route data of the practice guide's pages (/guide/, /guide/<part>/): which source is the
// book (the one book excerpt), and each part's description, byline and neighbours.
import type { Source } from '../../schemas/source.ts';
import { neighbours, partDisplay, type GuidePart } from '../sources/guide.ts';
import { UI } from '../ui/zh-CN.ts';
import { fullTitle } from '../knowledge/present.ts';
import { authorsLine } from '../sources/record.ts';
import { guidePartHref } from '../routes.ts';

/** The book the guide pages present: the site's book excerpt (sources list it as such). */
export function guideBook<T extends { id: string; data: Pick<Source, 'kind'> }>(sources: readonly T[]): T {
  const book = sources.find((s) => s.data.kind === 'book-excerpt');
  if (!book) throw new Error('content/sources/*/source.yaml: no source has kind: book-excerpt; the guide pages need one');
  return book;
}

export interface ChapterView {
  title: string;
  description: string;
  byline: string;
  coverage: string;
  prev?: { href: string; label: string };
  next?: { href: string; label: string };
}

export function chapterView(book: Pick<Source, 'title' | 'subtitle' | 'authors' | 'authorRole'>, part: GuidePart, parts: readonly GuidePart[]): ChapterView {
  const { prev, next } = neighbours(parts, part.id);
  const title = partDisplay(part);
  const pageNote = part.page !== undefined ? UI.guide.pageFrom(part.page) : UI.guide.noPage;
  const link = (p: GuidePart) => ({ href: guidePartHref(p.id), label: partDisplay(p) });
  return {
    title,
    description: UI.guide.describe(book.title, title, UI.guide.coverage[part.text]),
    byline: UI.guide.byline(fullTitle(book), authorsLine(book), pageNote),
    coverage: UI.guide.coverage[part.text],
    ...(prev ? { prev: link(prev) } : {}),
    ...(next ? { next: link(next) } : {}),
  };
}
