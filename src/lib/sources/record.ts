// How a source's bibliographic record reads on a page: Chinese labels, and plain words
// where the text gives nothing (作者未署名 / 出处未详).
import type { SourceInput } from '../../schemas/source.ts';
import { UI } from '../ui/zh-CN.ts';

/** The fields of a source record (src/schemas/source.ts) these lines are made of. */
type RecordLike = Pick<SourceInput, 'authors' | 'authorRole' | 'kind' | 'publisher' | 'place' | 'year' | 'edition' | 'journal' | 'issue' | 'pages'>;

export function kindLabel(kind: RecordLike['kind']): string {
  return kind === 'paper' ? UI.record.paper : UI.record.book;
}

/**
 * “张鸣年”, “袁鲁、龙力莉主编” (as the source's own cataloguing line writes it: 袁鲁，龙力莉主编),
 * or without 主编 under a 主编 label, or 作者未署名. The one author line of the site.
 */
export function authorsLine(record: Pick<RecordLike, 'authors' | 'authorRole'>, { role = true } = {}): string {
  if (record.authors.length === 0) return UI.record.noAuthor;
  return `${record.authors.join('、')}${role && record.authorRole === 'editor' ? UI.record.editorSuffix : ''}`;
}

/** “北京：人民出版社，2010（2010年3月第1版）”, or 出处未详 with what is missing. */
export function publicationLine(record: RecordLike): string {
  if (record.journal) return UI.record.journalLine(record.journal, record.year, record.issue, record.pages);
  const place = record.place ? `${record.place}：` : '';
  const parts = [record.publisher ? `${place}${record.publisher}` : '', record.year !== undefined ? String(record.year) : ''].filter(Boolean);
  if (parts.length === 0) return `${UI.record.noPublication}${UI.record.noPublicationDetail}`;
  return `${parts.join('，')}${record.edition ? `（${record.edition}）` : ''}`;
}
