// What a PDF or Word file states about itself, for its source.yaml: the title, byline and
// institution from the first page (type size marks the title), the journal, year and issue
// from a running header such as “样本学报　2020年第1期”, and the printed page range. A field
// the file does not state stays empty — nothing is guessed. The PDF's document information
// (Title, Author) is used only where the first page agrees, since tools often fill it with a
// file or account name.
import type { ExtractedParagraph, PageInfo, ReviewEntry, StatedRecord } from './extracted.ts';

const INSTITUTION = /(大学|学院|党校|学校|研究院|研究所|研究中心|研究会|委员会|科学院|社会科学院|出版社|中心|办公室|公司)(?:[\s　]*[\p{Script=Han}]{0,8})?$/u;
const PERSON_NAMES = /^[\p{Script=Han}·]{2,4}(?:[ \u3000、，,]+[\p{Script=Han}·]{2,4})*$/u;
/** “样本学报　2020年第1期”, “样本学报 2020, (1)”. */
const JOURNAL_ISSUE = /^(.+?)[\s\u3000·，,]*(\d{4})\s*年\s*第\s*(\d{1,3})\s*期/u;

const squash = (s: string): string => s.replace(/[\s\u3000]/g, '');
const textOf = (p: ExtractedParagraph): string => p.lines.map((l) => l.text.trim()).join('');

export interface DocumentInfo {
  title?: string;
  author?: string;
}

/**
 * Reads the record. `furniture`: the review's removed lines (running headers are where a
 * journal prints its name and issue).
 */
export function readStatedRecord(paragraphs: readonly ExtractedParagraph[], pages: readonly PageInfo[] | undefined, info: DocumentInfo, review: readonly ReviewEntry[]): StatedRecord {
  const record: StatedRecord = { from: {} };
  const firstBody = paragraphs.findIndex((p) => p.kind === 'body' || p.kind === 'heading');
  const front = paragraphs.slice(0, firstBody < 0 ? paragraphs.length : firstBody);
  const title = front.find((p) => p.kind === 'title');
  if (title) {
    record.title = textOf(title);
    record.from.title = info.title && squash(info.title) === squash(record.title) ? '首页标题（与文档属性一致）' : '首页标题（字号最大）';
  } else if (info.title && /\p{Script=Han}/u.test(info.title) && !/\.(docx?|pdf|wps|txt)$/i.test(info.title) && !/^Microsoft Word/i.test(info.title)) {
    record.title = info.title;
    record.from.title = '文档属性（标题）';
  }
  for (const p of front.filter((p) => p.kind === 'byline')) {
    const t = textOf(p);
    if (t.startsWith('——') && record.subtitle === undefined && !record.authors) {
      record.subtitle = t.replace(/^——\s*/, '');
      record.from.subtitle = '首页副标题';
    } else if (PERSON_NAMES.test(p.lines.map((l) => l.text.trim()).join(' ')) && !record.authors) {
      record.authors = p.lines.map((l) => l.text.trim()).join(' ').split(/[ \u3000、，,]+/u);
      record.from.authors = info.author && squash(info.author) === squash(t) ? '首页署名（与文档属性一致）' : '首页署名';
    } else if (INSTITUTION.test(t.replace(/^[（(]|[）)]$/g, '')) && record.institution === undefined) {
      record.institution = t.replace(/^[（(]|[）)]$/g, '');
      record.from.institution = '首页署名下的单位';
    }
  }
  if (!record.authors && info.author && PERSON_NAMES.test(info.author.trim())) {
    // The document information names Chinese persons (not an account or a tool): take it, and say so.
    record.authors = info.author.trim().split(/[ \u3000、，,]+/u);
    record.from.authors = '文档属性（作者）';
  }
  const header = review.map((r) => /^页眉“(.+)”$/u.exec(r.text)?.[1]).find((t) => t !== undefined && JOURNAL_ISSUE.test(t));
  const m = header ? JOURNAL_ISSUE.exec(header) : null;
  if (m) {
    record.journal = m[1]!.trim();
    record.year = Number(m[2]);
    record.issue = m[3]!;
    record.from.issue = `页眉“${header}”`;
    record.from.journal = `页眉“${header}”`;
    record.from.year = `页眉“${header}”`;
  }
  const printed = (pages ?? []).map((p) => p.printed);
  if (printed.length > 0 && printed.every((p) => p !== undefined && /^\d+$/.test(p))) {
    const first = printed[0]!;
    const last = printed[printed.length - 1]!;
    record.pages = first === last ? first : `${first}–${last}`;
    record.from.pages = '各页所印页码';
  }
  return record;
}
