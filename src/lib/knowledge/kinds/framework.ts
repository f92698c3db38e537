// Frameworks (理论框架, content/frameworks/): the sources' dimension frameworks and lists, with
// their dimensions and sub-points. Page /frameworks/<id>/; a topic reading.
import { displayText } from '../display.ts';
import { comparable, itemStems, shuffled } from '../question-text.ts';
import { quoted, unquoted } from '../../ui/quoted.ts';
import { frameworkHref } from '../../routes.ts';
import { UI } from '../../ui/zh-CN.ts';
import { byId, declareKind, type Fact, type QuestionDraft, QUOTED_NAME } from './declaration.ts';

const Q = UI.questions;
/** Items at most this long can be asked in order. */
const SHORT_ITEM = 12;

export const frameworkKind = declareKind({
  collection: 'frameworks',
  name: 'framework',
  order: byId,
  href: frameworkHref,
  ...QUOTED_NAME,
  names: (d) => [d.name.value],
  searchNames: true,
  /** Dimensions and sub-points are numbered from 1 in order. */
  check({ data: fw }, { report }) {
    fw.dimensions.forEach((d, i) => {
      if (d.number !== i + 1) report(`dimensions[${i}].number`, `expected number ${i + 1}, found ${d.number}`);
      d.points.forEach((p, j) => {
        if (p.number !== j + 1) report(`dimensions[${i}].points[${j}].number`, `expected number ${j + 1}, found ${p.number}`);
      });
    });
  },
  prompts: UI.prompts.groups.frameworks,
  reading: {
    label: UI.handout.itemKind.framework,
    /** Each dimension, its responsibility and its sub-points. */
    facts({ data: f }) {
      const facts: Fact[] = [];
      for (const d of f.dimensions) {
        facts.push({ label: UI.handout.fact.dimension(d.number), text: d.name.value, quote: d.name.quote });
        if (d.responsibility) facts.push({ label: UI.handout.fact.responsibility, text: d.responsibility.value, quote: d.responsibility.quote });
        for (const p of d.points) facts.push({ label: `${d.number}.${p.number}`, text: p.name.value, quote: p.name.quote });
      }
      return facts;
    },
    citation: ({ data }) => data.name.quote,
    /** Who carries a responsibility, the order of the items (or the one left out), which dimension a sub-point belongs to. */
    drafts({ id, data: f }, _kb, titles) {
      const out: QuestionDraft[] = [];
      const dims = f.dimensions;
      const names = dims.map((d) => d.name.value);
      // A framework named by its items ("政治、组织、制度、技术与治理四个维度") would give the order away: name it by its source.
      const stems = itemStems(names);
      const fname = stems.filter((s) => f.name.value.includes(s)).length >= 2 ? Q.frameworkOf(titles[f.source] ?? f.source) : quoted(f.name.value);
      // Which level carries a responsibility ("主体责任：…" → the subject of the quote before 履行).
      for (const d of dims) {
        const duty = d.responsibility && /^([^：]+)：/u.exec(d.responsibility.value)?.[1];
        const who = d.responsibility && /^(.+?)履行/u.exec(displayText(d.responsibility.quote.text))?.[1];
        if (duty && who) out.push({ question: Q.whoCarries(fname, duty), answer: who, quote: d.responsibility!.quote, basis: { kind: 'responsibility', id, aspect: d.id } });
      }
      if (dims.length >= 3 && names.every((n) => n.length <= SHORT_ITEM)) {
        // The order of the items, where one quote of the framework states them all in order.
        const all = [f.name.quote, ...f.intro.map((i) => i.quote)];
        const inOrder = all.find((q) => {
          const t = displayText(q.text);
          let from = 0;
          return names.every((n) => {
            const at = t.indexOf(unquoted(n), from);
            if (at < 0) return false;
            from = at + n.length;
            return true;
          });
        });
        if (inOrder) out.push({ question: Q.order(fname, dims.length, shuffled(names).join('、')), answer: names.join('、'), quote: inOrder, basis: { kind: 'order', id } });
        else {
          // Name the missing item (not the first): asked only where the order is not, which would list it.
          const k = Math.min(2, dims.length - 1);
          const list = names.map((n, i) => (i === k ? Q.blank : n));
          out.push({ question: Q.missingItem(fname, dims.length, list.join('、')), answer: names[k]!, quote: dims[k]!.name.quote, basis: { kind: 'missing', id } });
        }
      }
      // Which dimension a sub-point belongs to (its heading names the point, not the dimension).
      for (const d of dims) {
        const p = d.points.find((x) => !comparable(x.name.value).includes(comparable(itemStems(names)[dims.indexOf(d)] ?? d.name.value)));
        // The quote is the dimension's heading, under which the point stands.
        if (p) out.push({ question: Q.pointOf(quoted(p.name.value), fname), answer: d.name.value, quote: d.name.quote, basis: { kind: 'point', id, aspect: d.id } });
      }
      return out;
    },
  },
});
