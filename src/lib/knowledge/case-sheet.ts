// The fact sheet of a case page: rows of facts, each with the quote that states it.
// Values are shown as the data gives them (normalised forms); every fact keeps its quote
// so the page links each one to its place in the source (出处).
import type { Case, Quote } from '../../schemas/knowledge.ts';
import { formatDateZh, parseDateOrThrow } from './dates.ts';
import { zhNumeral } from './present.ts';

export interface SheetFact {
  text: string;
  quote: Quote;
  /** For dates: the value of <time datetime>. */
  datetime?: string;
}

export interface SheetRow {
  key: string;
  label: string;
  facts: SheetFact[];
  /** Several facts shown as a list (actions, outcomes, account). */
  list: boolean;
}

function row(key: string, label: string, facts: SheetFact[], list = false): SheetRow[] {
  return facts.length ? [{ key, label, facts, list }] : [];
}

/** The rows of a case's fact sheet, in reading order. Models are shown separately. */
export function caseSheet(c: Case): SheetRow[] {
  const rows: SheetRow[] = [];
  rows.push(...row('name', '名称', [{ text: c.name.value, quote: c.name.quote }]));
  rows.push(...row('aliases', '又称', (c.aliases ?? []).map((a) => ({ text: a.value, quote: a.quote }))));
  if (c.kind === 'alliance') {
    const d = parseDateOrThrow(c.founded.value);
    rows.push(...row('founded', '成立时间', [{ text: formatDateZh(d), quote: c.founded.quote, datetime: d.iso }]));
    if (c.leadUnits) rows.push(...row('leadUnits', '牵头单位', [{ text: c.leadUnits.value.join('、'), quote: c.leadUnits.quote }]));
    if (c.members) rows.push(...row('members', '成员规模', [{ text: c.members.value, quote: c.members.quote }]));
  }
  if (c.region) rows.push(...row('region', '地区', [{ text: c.region.value, quote: c.region.quote }]));
  if (c.kind === 'alliance') {
    if (c.theme) rows.push(...row('theme', '主题', [{ text: c.theme.value, quote: c.theme.quote }]));
    rows.push(...row('slogans', '理念与提法', c.slogans.map((s) => ({ text: s.value, quote: s.quote })), c.slogans.length > 1));
    rows.push(...row('distinctions', '特色', c.distinctions.map((s) => ({ text: s.value, quote: s.quote })), c.distinctions.length > 1));
    rows.push(...row('actions', '主要行动', c.actions.map((s) => ({ text: s.value, quote: s.quote })), true));
    rows.push(...row('outcomes', '成效', c.outcomes.map((s) => ({ text: s.value, quote: s.quote })), true));
  }
  if (c.kind === 'guide-case') {
    const ch = c.chapter.value;
    rows.push(...row('chapter', '所在章', [{ text: `第${zhNumeral(ch.number)}章　${ch.title}`, quote: c.chapter.quote }]));
    rows.push(...row('page', '原书页码', [{ text: `第 ${c.page.value} 页`, quote: c.page.quote }]));
    if (c.commentPage) rows.push(...row('commentPage', '案例点评', [{ text: `原书第 ${c.commentPage.value} 页`, quote: c.commentPage.quote }]));
  }
  if (c.kind === 'historical') {
    rows.push(...row('account', '原文记述', c.account.map((s) => ({ text: s.value, quote: s.quote })), true));
  }
  return rows;
}

/** The sentence a guide case shows: the excerpt holds only the table of contents. */
export function guideCaseNotice(c: Extract<Case, { kind: 'guide-case' }>): string {
  const ch = c.chapter.value;
  const comment = c.commentPage ? `，案例点评在第 ${c.commentPage.value} 页` : '';
  return `本站所据的指南节选只收录了全书目录，不含本案例正文。案例正文见原书第${zhNumeral(ch.number)}章“${ch.title}”，第 ${c.page.value} 页${comment}。`;
}
