// The fact sheet of a case page: rows of facts, each with the quote that states it.
// Values are shown as the data gives them (normalised forms); every fact keeps its quote
// so the page links each one to its place in the source (出处).
import type { Case, Quote } from '../../schemas/knowledge.ts';
import { formatDateZh, parseDateOrThrow } from './dates.ts';
import { zhNumeral } from '../zh-numerals.ts';
import { UI } from '../ui/zh-CN.ts';

const LABEL = UI.caseSheet.rows;

export interface SheetFact {
  text: string;
  quote: Quote;
  /** For dates: the value of <time datetime>. */
  datetime?: string;
  /** The same text as the case's name or an earlier fact: shown, but left out of the search index. */
  repeat?: boolean;
}

export interface SheetRow {
  key: string;
  label: string;
  facts: SheetFact[];
  /** Several facts shown as a list (actions, outcomes, account). */
  list: boolean;
}

function row(key: keyof typeof LABEL, facts: SheetFact[], list = false): SheetRow[] {
  return facts.length ? [{ key, label: LABEL[key], facts, list }] : [];
}

/** The rows of a case's fact sheet, in reading order. Models are shown separately. */
export function caseSheet(c: Case): SheetRow[] {
  const rows: SheetRow[] = [];
  rows.push(...row('name', [{ text: c.name.value, quote: c.name.quote }]));
  rows.push(...row('aliases', (c.aliases ?? []).map((a) => ({ text: a.value, quote: a.quote }))));
  if (c.kind === 'alliance') {
    const d = parseDateOrThrow(c.founded.value);
    rows.push(...row('founded', [{ text: formatDateZh(d), quote: c.founded.quote, datetime: d.iso }]));
    if (c.leadUnits) rows.push(...row('leadUnits', [{ text: c.leadUnits.value.join('、'), quote: c.leadUnits.quote }]));
    if (c.members) rows.push(...row('members', [{ text: c.members.value, quote: c.members.quote }]));
  }
  if (c.region) rows.push(...row('region', [{ text: c.region.value, quote: c.region.quote }]));
  if (c.kind === 'alliance') {
    if (c.theme) rows.push(...row('theme', [{ text: c.theme.value, quote: c.theme.quote }]));
    rows.push(...row('slogans', c.slogans.map((s) => ({ text: s.value, quote: s.quote })), c.slogans.length > 1));
    rows.push(...row('distinctions', c.distinctions.map((s) => ({ text: s.value, quote: s.quote })), c.distinctions.length > 1));
    rows.push(...row('actions', c.actions.map((s) => ({ text: s.value, quote: s.quote })), true));
    rows.push(...row('outcomes', c.outcomes.map((s) => ({ text: s.value, quote: s.quote })), true));
  }
  if (c.kind === 'guide-case') {
    const ch = c.chapter.value;
    rows.push(...row('chapter', [{ text: UI.caseSheet.chapterValue(zhNumeral(ch.number), ch.title), quote: c.chapter.quote }]));
    rows.push(...row('page', [{ text: UI.caseSheet.pageValue(c.page.value), quote: c.page.quote }]));
    if (c.commentPage) rows.push(...row('commentPage', [{ text: UI.caseSheet.commentPageValue(c.commentPage.value), quote: c.commentPage.quote }]));
  }
  if (c.kind === 'historical') {
    rows.push(...row('account', c.account.map((s) => ({ text: s.value, quote: s.quote })), true));
  }
  // The name is the page title (indexed as the h1); a value stated twice is indexed once.
  const seen = new Set<string>();
  for (const r of rows) {
    for (const f of r.facts) {
      if (r.key === 'name' || seen.has(f.text)) f.repeat = true;
      seen.add(f.text);
    }
  }
  return rows;
}

/** The sentence a guide case shows: the excerpt holds only the table of contents. */
export function guideCaseNotice(c: Extract<Case, { kind: 'guide-case' }>): string {
  const ch = c.chapter.value;
  return UI.caseSheet.guideCaseText(zhNumeral(ch.number), ch.title, c.page.value, c.commentPage?.value);
}
