// GB/T 7714—2015 references for the sources, from their bibliographic records only:
// what a record does not give is left out (no author, no year) — never invented.
import type { Source } from '../../schemas/source.ts';

/** What a reference is made of: the bibliographic record's fields (src/schemas/source.ts). */
export type BibliographicRecord = Pick<Source, 'title' | 'subtitle' | 'authors' | 'publisher' | 'place' | 'year' | 'kind'> &
  Partial<Pick<Source, 'journal' | 'issue' | 'pages'>>;

/**
 * GB/T 7714—2015 document type: [M] for a book; [J] for a paper whose pages name its journal
 * (a source ingested from a journal's PDF); otherwise [Z] (其他未说明的文献类型), since the
 * other papers' texts name no journal.
 */
export function documentType(record: Pick<BibliographicRecord, 'kind' | 'journal'>): 'M' | 'J' | 'Z' {
  if (record.kind === 'book-excerpt') return 'M';
  return record.journal ? 'J' : 'Z';
}

/** A page locator as GB/T 7714 appends it: “: 12–13” (nothing when the pages are unknown). */
export function pageLocator(pages: string | undefined): string {
  return pages ? `: ${pages}` : '';
}

/** 主要责任者: up to three names, then “等” (GB/T 7714—2015, 8.1.2). */
export function responsibility(authors: readonly string[]): string {
  if (authors.length <= 3) return authors.join(', ');
  return `${authors.slice(0, 3).join(', ')}, 等`;
}

/** The reference, e.g. “袁鲁, 龙力莉. 新时期 新任务 新思路: 党的基层组织创新案例与实务指南[M]. 北京: 人民出版社, 2010.” */
export function formatReference(record: BibliographicRecord): string {
  const type = documentType(record);
  const title = record.subtitle ? `${record.title}: ${record.subtitle}` : record.title;
  const parts: string[] = [];
  if (record.authors.length > 0) parts.push(`${responsibility(record.authors)}. `);
  parts.push(`${title}[${type}]`);
  if (type === 'M') {
    const publication = [record.place ? `${record.place}: ` : '', record.publisher ?? '', record.year !== undefined ? `${record.publisher ? ', ' : ''}${record.year}` : ''].join('');
    if (publication !== '') parts.push(`. ${publication}`);
  } else if (type === 'J') {
    // 刊名, 年(期): 起止页码.
    const year = record.year !== undefined ? `, ${record.year}${record.issue ? `(${record.issue})` : ''}` : '';
    parts.push(`. ${record.journal}${year}${pageLocator(record.pages)}`);
  } else if (record.year !== undefined) {
    parts.push(`. ${record.year}`);
  }
  return `${parts.join('')}.`;
}
