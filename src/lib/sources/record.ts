// How a source's bibliographic record reads on a page: Chinese labels, and plain words
// where the text gives nothing (作者未署名 / 出处未详).
import type { Repair } from '../../schemas/repairs.ts';
import type { SourceInput } from '../../schemas/source.ts';

/** The fields of a source record (src/schemas/source.ts) these lines are made of. */
type RecordLike = Pick<SourceInput, 'authors' | 'authorRole' | 'kind' | 'publisher' | 'place' | 'year' | 'edition'>;

export const NO_AUTHOR = '作者未署名';
export const NO_PUBLICATION = '出处未详';

export function kindLabel(kind: RecordLike['kind']): string {
  return kind === 'paper' ? '论文' : '图书（节选）';
}

/**
 * “张鸣年”, “袁鲁、龙力莉主编” (as the source's own cataloguing line writes it: 袁鲁，龙力莉主编),
 * or without 主编 under a 主编 label, or 作者未署名. The one author line of the site.
 */
export function authorsLine(record: Pick<RecordLike, 'authors' | 'authorRole'>, { role = true } = {}): string {
  if (record.authors.length === 0) return NO_AUTHOR;
  return `${record.authors.join('、')}${role && record.authorRole === 'editor' ? '主编' : ''}`;
}

/** “北京：人民出版社，2010（2010年3月第1版）”, or 出处未详 with what is missing. */
export function publicationLine(record: RecordLike): string {
  const place = record.place ? `${record.place}：` : '';
  const parts = [record.publisher ? `${place}${record.publisher}` : '', record.year !== undefined ? String(record.year) : ''].filter(Boolean);
  if (parts.length === 0) return `${NO_PUBLICATION}（文本未载刊名、出版者与年份）`;
  return `${parts.join('，')}${record.edition ? `（${record.edition}）` : ''}`;
}

export const REPAIR_KIND_LABEL: Record<Repair['kind'], string> = {
  drop: '删去',
  'running-header': '删去页眉',
  replace: '改正',
  'heading-renumber': '更正标题序号',
  gap: '标出缺文',
  interpolation: '以编者注保留夹入的行',
  note: '加编者注（原文不改）',
  'paragraph-break': '分段',
  'keep-space': '保留原有空格',
};
