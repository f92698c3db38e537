// Cases (案例, content/cases/): the Wuxi alliances, the practice guide's typical cases and the
// historical ones. Page /cases/<id>/; names linked in reading texts; a topic reading.
import type { Quote } from '../../../schemas/knowledge.ts';
import { caseSheet, guideCaseNotice } from '../case-sheet.ts';
import { formatDateZh, parseDateOrThrow } from '../dates.ts';
import { displayText } from '../display.ts';
import { modelLabel } from '../present.ts';
import { zhNumeral } from '../../zh-numerals.ts';
import { comparable } from '../question-text.ts';
import { quoted, unquoted } from '../../ui/quoted.ts';
import { normaliseQuote, quotePreview } from '../quote.ts';
import { caseHref } from '../../routes.ts';
import { UI } from '../../ui/zh-CN.ts';
import { byId, declareKind, type Fact, type QuestionDraft, QUOTED_NAME } from './declaration.ts';

const Q = UI.questions;

export const caseKind = declareKind({
  collection: 'cases',
  name: 'case',
  order: byId,
  href: caseHref,
  ...QUOTED_NAME,
  names: (d) => [d.name.value, ...(d.aliases ?? []).map((a) => a.value)],
  mentions: 'link',
  searchNames: true,
  references: [
    { field: 'dimensions', to: 'dimension' },
    { field: 'practices', to: 'practice' },
    { field: 'models[].model', to: 'model' },
  ],
  check({ id, data: d }, { kb, report }) {
    if (d.kind === 'alliance') {
      const several = d.models.length > 1;
      if (d.listedUnderSeveralModels !== several) {
        report('listedUnderSeveralModels', `is ${d.listedUnderSeveralModels} but the case lists ${d.models.length} model(s)`);
      }
      const seen = new Set<string>();
      d.models.forEach((m, i) => {
        if (seen.has(m.model)) report(`models[${i}].model`, `model "${m.model}" listed twice`);
        seen.add(m.model);
      });
      d.models.forEach((ref, i) => {
        const model = kb.models.find((m) => m.id === ref.model);
        if (model && !model.data.representatives.value.includes(id)) {
          report(`models[${i}].model`, `model "${ref.model}" does not list case "${id}" among its representatives`);
        }
      });
    }
    if (d.kind === 'guide-case') {
      if (!normaliseQuote(d.page.quote.text).endsWith(String(d.page.value))) {
        report('page.value', `page ${d.page.value} is not the page number that ends the quote "${quotePreview(d.page.quote.text)}"`);
      }
      if (d.commentPage && !normaliseQuote(d.commentPage.quote.text).endsWith(String(d.commentPage.value))) {
        report('commentPage.value', `page ${d.commentPage.value} is not the page number that ends the quote "${quotePreview(d.commentPage.quote.text)}"`);
      }
      const chapterText = normaliseQuote(d.chapter.quote.text);
      const numeral = zhNumeral(d.chapter.value.number);
      if (!chapterText.startsWith(`第${numeral}章`)) {
        report('chapter.value.number', `chapter ${d.chapter.value.number} does not match the quote "${quotePreview(d.chapter.quote.text)}"`);
      }
      if (!chapterText.includes(normaliseQuote(d.chapter.value.title))) {
        report('chapter.value.title', `chapter title "${d.chapter.value.title}" is not in the quote "${quotePreview(d.chapter.quote.text)}"`);
      }
    }
  },
  prompts: UI.prompts.groups.cases,
  reading: {
    label: UI.handout.itemKind.case,
    /** Its fact sheet, then its alliance models. */
    facts(entry, kb) {
      const facts: Fact[] = caseSheet(entry.data).flatMap((row) => row.facts.map((f) => ({ label: row.label, text: f.text, quote: f.quote })));
      if (entry.data.kind === 'alliance') {
        for (const m of entry.data.models) {
          const model = kb.models.find((x) => x.id === m.model);
          if (model) facts.push({ label: UI.handout.fact.model, text: modelLabel(model.data), quote: m.quote });
        }
      }
      return facts;
    },
    citation: (entry): Quote => entry.data.name.quote,
    notice: (entry) => (entry.data.kind === 'guide-case' ? guideCaseNotice(entry.data) : undefined),
    drafts({ id, data: c }, kb) {
      const name = c.name.value;
      const out: QuestionDraft[] = [];
      if (c.kind === 'alliance') {
        if (c.leadUnits) {
          // The quote that names both the lead unit and the alliance, where the case has one.
          const both = [c.leadUnits.quote, c.founded.quote, c.name.quote, ...(c.members ? [c.members.quote] : [])].find(
            (q) => comparable(q.text).includes(comparable(c.leadUnits!.value[0]!)) && comparable(q.text).includes(comparable(unquoted(name))),
          );
          out.push({ question: Q.leadUnitOf(c.leadUnits.value.join('、')), answer: name, quote: both ?? c.leadUnits.quote, basis: { kind: 'lead-unit', id } });
        }
        for (const m of c.models) {
          const model = kb.models.find((x) => x.id === m.model);
          if (model && c.models.length === 1) out.push({ question: Q.modelOf(name), answer: modelLabel(model.data), quote: m.quote, basis: { kind: 'model', id } });
        }
        if (c.members) out.push({ question: Q.members(name), answer: displayText(c.members.value), quote: c.members.quote, basis: { kind: 'fact', id } });
        out.push({ question: Q.founded(name), answer: formatDateZh(parseDateOrThrow(c.founded.value)), quote: c.founded.quote, basis: { kind: 'date', id } });
      }
      if (c.kind === 'guide-case') {
        const ch = c.chapter.value;
        out.push({ question: Q.guideChapter(quoted(name)), answer: Q.guideChapterAnswer(zhNumeral(ch.number), ch.title), quote: c.chapter.quote, basis: { kind: 'chapter', id } });
      }
      if (c.kind === 'historical') {
        const a = c.account[0];
        if (a) out.push({ question: Q.account(name), answer: displayText(a.value), quote: a.quote, basis: { kind: 'fact', id } });
      }
      return out;
    },
  },
});
