// Integrity of the knowledge model (pure: no file access).
//
// Checks, each reported with the file, the field and what is wrong:
// - every quote occurs in its raw source (whitespace removed on both sides);
// - every reference names an existing id (unknown ids list the valid ids);
// - ids are unique (entries per collection, dimension/sub-point ids across frameworks);
// - facts agree with each other (an alliance's models and the models' representatives,
//   the flag for alliances listed under several models, an entry's source and its quotes,
//   a founding event's date and the case's founding date, a term named in its definition,
//   a guide case's page and chapter numbers in their table-of-contents quotes).
import { indexDimensions } from '../knowledge/frameworks.ts';
import { findQuote, indexRaw, longestMatchingPrefix, normaliseQuote, type IndexedRaw } from '../knowledge/quote.ts';
import { collectQuotes } from '../knowledge/quotes.ts';
import type { ContentIssue } from './errors.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';

export type SourceTexts = Readonly<Record<string, string | IndexedRaw>>;

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CHAPTER_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function fileOf(collection: string, entry: Entry<unknown>): string {
  return entry.file ?? `content/${collection}/${entry.id}.yaml`;
}

function preview(text: string, max = 60): string {
  const t = normaliseQuote(text);
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** Checks every quote of every entry against the raw sources. */
export function checkQuotes(kb: KnowledgeBase, sources: SourceTexts): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const indexed = new Map<string, IndexedRaw>();
  const rawOf = (id: string): IndexedRaw | undefined => {
    const got = indexed.get(id);
    if (got) return got;
    const src = sources[id];
    if (src === undefined) return undefined;
    const idx = typeof src === 'string' ? indexRaw(src) : src;
    indexed.set(id, idx);
    return idx;
  };
  for (const [collection, entries] of Object.entries(kb) as [string, Entry<unknown>[]][]) {
    for (const entry of entries) {
      for (const { field, quote } of collectQuotes(entry.data)) {
        const raw = rawOf(quote.source);
        if (!raw) {
          issues.push({
            file: fileOf(collection, entry),
            field: `${field}.source`,
            message: `unknown source id "${quote.source}"; expected a folder under content/sources/ with raw.txt and source.yaml, one of ${Object.keys(sources).sort().map((id) => `"${id}"`).join(', ')}`,
          });
          continue;
        }
        if (!findQuote(raw, quote.text)) {
          const prefix = longestMatchingPrefix(raw, quote.text);
          issues.push({
            file: fileOf(collection, entry),
            field: `${field}.text`,
            message:
              `quote not found in source "${quote.source}": "${preview(quote.text)}"` +
              ` (the source matches only its first ${prefix.length} characters` +
              (prefix.length ? `, up to "${preview(prefix.slice(-20), 20)}"` : '') +
              ')',
          });
        }
      }
    }
  }
  return issues;
}

interface RefCheck {
  issues: ContentIssue[];
  file: string;
}

function checkRef(
  ctx: RefCheck,
  field: string,
  kind: string,
  id: string,
  valid: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): boolean {
  if (valid.has(id)) return true;
  const list = [...valid.keys()].sort();
  ctx.issues.push({
    file: ctx.file,
    field,
    message: `unknown ${kind} id "${id}"; valid ids: ${list.length ? list.join(', ') : '(none)'}`,
  });
  return false;
}

function checkSameSource(
  ctx: RefCheck,
  entrySource: string,
  field: string,
  quoteSource: string,
): void {
  if (entrySource !== quoteSource) {
    ctx.issues.push({
      file: ctx.file,
      field,
      message: `quote is from source "${quoteSource}" but the entry's source is "${entrySource}"`,
    });
  }
}

function checkIds(kb: KnowledgeBase, issues: ContentIssue[]): void {
  for (const [collection, entries] of Object.entries(kb) as [string, Entry<unknown>[]][]) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const file = fileOf(collection, entry);
      if (!ID_RE.test(entry.id)) {
        issues.push({ file, field: '(id)', message: `id "${entry.id}" (the file name) must be ASCII kebab-case` });
      }
      // Astro's glob loader slugs file names (lower case), so ids differing only in case collide.
      const key = entry.id.toLowerCase();
      const prev = seen.get(key);
      if (prev !== undefined) {
        issues.push({
          file,
          field: '(id)',
          message: `duplicate ${collection} id "${key}" (also defined in ${prev})`,
        });
      } else {
        seen.set(key, file);
      }
    }
  }
}

/** Checks ids, references and the agreement between facts. */
export function checkIntegrity(kb: KnowledgeBase): ContentIssue[] {
  const issues: ContentIssue[] = [];
  checkIds(kb, issues);

  const ids = <T>(entries: Entry<T>[]): Set<string> => new Set(entries.map((e) => e.id));
  const caseIds = ids(kb.cases);
  const modelIds = ids(kb.models);
  const mechanismIds = ids(kb.mechanisms);
  const practiceIds = ids(kb.practices);
  const termIds = ids(kb.terms);
  const frameworkIds = ids(kb.frameworks);
  const dims = indexDimensions(kb.frameworks);

  for (const [id, refs] of dims.duplicates) {
    for (const ref of refs.slice(1)) {
      issues.push({
        file: `content/frameworks/${ref.frameworkId}.yaml`,
        field: ref.field,
        message: `duplicate dimension id "${id}" (first defined in framework "${refs[0]?.frameworkId}")`,
      });
    }
  }

  // Frameworks: source agreement and numbering.
  for (const fw of kb.frameworks) {
    const ctx = { issues, file: fileOf('frameworks', fw) };
    checkSameSource(ctx, fw.data.source, 'name.quote.source', fw.data.name.quote.source);
    fw.data.dimensions.forEach((d, i) => {
      if (d.number !== i + 1) {
        issues.push({ file: ctx.file, field: `dimensions[${i}].number`, message: `expected number ${i + 1}, found ${d.number}` });
      }
      d.points.forEach((p, j) => {
        if (p.number !== j + 1) {
          issues.push({
            file: ctx.file,
            field: `dimensions[${i}].points[${j}].number`,
            message: `expected number ${j + 1}, found ${p.number}`,
          });
        }
      });
    });
  }

  // Cases.
  const casesById = new Map(kb.cases.map((c) => [c.id, c]));
  for (const c of kb.cases) {
    const ctx = { issues, file: fileOf('cases', c) };
    const d = c.data;
    checkSameSource(ctx, d.source, 'name.quote.source', d.name.quote.source);
    d.dimensions.forEach((id, i) => checkRef(ctx, `dimensions[${i}]`, 'dimension', id, dims.byId));
    d.practices.forEach((id, i) => checkRef(ctx, `practices[${i}]`, 'practice', id, practiceIds));
    if (d.kind === 'alliance') {
      d.models.forEach((m, i) => checkRef(ctx, `models[${i}].model`, 'model', m.model, modelIds));
      const several = d.models.length > 1;
      if (d.listedUnderSeveralModels !== several) {
        issues.push({
          file: ctx.file,
          field: 'listedUnderSeveralModels',
          message: `is ${d.listedUnderSeveralModels} but the case lists ${d.models.length} model(s)`,
        });
      }
      const seenModels = new Set<string>();
      d.models.forEach((m, i) => {
        if (seenModels.has(m.model)) {
          issues.push({ file: ctx.file, field: `models[${i}].model`, message: `model "${m.model}" listed twice` });
        }
        seenModels.add(m.model);
      });
    }
    if (d.kind === 'guide-case') {
      const pageText = normaliseQuote(d.page.quote.text);
      if (!pageText.endsWith(String(d.page.value))) {
        issues.push({
          file: ctx.file,
          field: 'page.value',
          message: `page ${d.page.value} is not the page number that ends the quote "${preview(d.page.quote.text)}"`,
        });
      }
      if (d.commentPage && !normaliseQuote(d.commentPage.quote.text).endsWith(String(d.commentPage.value))) {
        issues.push({
          file: ctx.file,
          field: 'commentPage.value',
          message: `page ${d.commentPage.value} is not the page number that ends the quote "${preview(d.commentPage.quote.text)}"`,
        });
      }
      const chapterText = normaliseQuote(d.chapter.quote.text);
      const numeral = CHAPTER_NUMERALS[d.chapter.value.number] ?? '?';
      if (!chapterText.startsWith(`第${numeral}章`)) {
        issues.push({
          file: ctx.file,
          field: 'chapter.value.number',
          message: `chapter ${d.chapter.value.number} does not match the quote "${preview(d.chapter.quote.text)}"`,
        });
      }
      if (!chapterText.includes(normaliseQuote(d.chapter.value.title))) {
        issues.push({
          file: ctx.file,
          field: 'chapter.value.title',
          message: `chapter title "${d.chapter.value.title}" is not in the quote "${preview(d.chapter.quote.text)}"`,
        });
      }
    }
  }

  // Models: representatives agree with the cases' models.
  const modelNumbers = new Map<number, string>();
  for (const m of kb.models) {
    const ctx = { issues, file: fileOf('models', m) };
    checkSameSource(ctx, m.data.source, 'name.quote.source', m.data.name.quote.source);
    const dup = modelNumbers.get(m.data.number);
    if (dup) issues.push({ file: ctx.file, field: 'number', message: `model number ${m.data.number} also used by "${dup}"` });
    modelNumbers.set(m.data.number, m.id);
    m.data.representatives.value.forEach((caseId, i) => {
      if (!checkRef(ctx, `representatives.value[${i}]`, 'case', caseId, caseIds)) return;
      const c = casesById.get(caseId);
      if (c && c.data.kind !== 'alliance') {
        issues.push({ file: ctx.file, field: `representatives.value[${i}]`, message: `case "${caseId}" is not an alliance` });
      } else if (c && c.data.kind === 'alliance' && !c.data.models.some((x) => x.model === m.id)) {
        issues.push({
          file: ctx.file,
          field: `representatives.value[${i}]`,
          message: `case "${caseId}" does not list model "${m.id}" in its models`,
        });
      }
    });
  }
  for (const c of kb.cases) {
    if (c.data.kind !== 'alliance') continue;
    c.data.models.forEach((ref, i) => {
      const model = kb.models.find((m) => m.id === ref.model);
      if (model && !model.data.representatives.value.includes(c.id)) {
        issues.push({
          file: fileOf('cases', c),
          field: `models[${i}].model`,
          message: `model "${ref.model}" does not list case "${c.id}" among its representatives`,
        });
      }
    });
  }

  // Mechanisms.
  const mechanismNumbers = new Map<number, string>();
  for (const m of kb.mechanisms) {
    const ctx = { issues, file: fileOf('mechanisms', m) };
    checkSameSource(ctx, m.data.source, 'name.quote.source', m.data.name.quote.source);
    const dup = mechanismNumbers.get(m.data.number);
    if (dup) issues.push({ file: ctx.file, field: 'number', message: `mechanism number ${m.data.number} also used by "${dup}"` });
    mechanismNumbers.set(m.data.number, m.id);
  }

  // Practices.
  for (const p of kb.practices) {
    const ctx = { issues, file: fileOf('practices', p) };
    const d = p.data;
    checkSameSource(ctx, d.source, 'name.quote.source', d.name.quote.source);
    d.dimensions.forEach((id, i) => checkRef(ctx, `dimensions[${i}]`, 'dimension', id, dims.byId));
    d.related.forEach((id, i) => {
      if (id === p.id) issues.push({ file: ctx.file, field: `related[${i}]`, message: 'a practice cannot be related to itself' });
      else checkRef(ctx, `related[${i}]`, 'practice', id, practiceIds);
    });
    d.mechanisms.forEach((id, i) => checkRef(ctx, `mechanisms[${i}]`, 'mechanism', id, mechanismIds));
  }

  // Terms.
  for (const t of kb.terms) {
    const ctx = { issues, file: fileOf('terms', t) };
    const d = t.data;
    d.see.forEach((id, i) => {
      if (id === t.id) issues.push({ file: ctx.file, field: `see[${i}]`, message: 'a term cannot refer to itself' });
      else checkRef(ctx, `see[${i}]`, 'term', id, termIds);
    });
    d.practices.forEach((id, i) => checkRef(ctx, `practices[${i}]`, 'practice', id, practiceIds));
    const names = [d.name, ...d.aliases].map(normaliseQuote);
    const named = d.definitions.some((q) => names.some((n) => normaliseQuote(q.text).includes(n)));
    if (d.definitions.length > 0 && !named) {
      issues.push({
        file: ctx.file,
        field: 'definitions',
        message: `no definition quote contains the term "${d.name}"${d.aliases.length ? ` or an alias (${d.aliases.join(', ')})` : ''}`,
      });
    }
  }

  // Events.
  for (const e of kb.events) {
    const ctx = { issues, file: fileOf('events', e) };
    const d = e.data;
    checkSameSource(ctx, d.source, 'date.quote.source', d.date.quote.source);
    checkSameSource(ctx, d.source, 'title.quote.source', d.title.quote.source);
    d.cases.forEach((id, i) => {
      if (!checkRef(ctx, `cases[${i}]`, 'case', id, caseIds)) return;
      const c = casesById.get(id);
      if (d.kind === 'founding' && c && c.data.kind === 'alliance' && c.data.founded.value !== d.date.value) {
        issues.push({
          file: ctx.file,
          field: 'date.value',
          message: `founding date "${d.date.value}" differs from case "${id}" founded "${c.data.founded.value}"`,
        });
      }
    });
  }

  // Comparisons (editorial).
  for (const cmp of kb.comparisons) {
    const ctx = { issues, file: fileOf('comparisons', cmp) };
    const d = cmp.data;
    const leftOk = checkRef(ctx, 'left', 'framework', d.left, frameworkIds);
    const rightOk = checkRef(ctx, 'right', 'framework', d.right, frameworkIds);
    const dimsOf = (fwId: string): Set<string> =>
      new Set(
        kb.frameworks
          .filter((f) => f.id === fwId)
          .flatMap((f) => f.data.dimensions.flatMap((d) => [d.id, ...d.points.map((p) => p.id)])),
      );
    const leftDims = dimsOf(d.left);
    const rightDims = dimsOf(d.right);
    d.pairs.forEach((pair, i) => {
      if (leftOk) checkRef(ctx, `pairs[${i}].left`, `dimension (of framework "${d.left}")`, pair.left, leftDims);
      if (rightOk) checkRef(ctx, `pairs[${i}].right`, `dimension (of framework "${d.right}")`, pair.right, rightDims);
    });
  }

  return issues;
}

/** A term no source defines must at least be used by one: its name or an alias occurs in a raw source. */
export function checkTermsUsed(kb: KnowledgeBase, sources: SourceTexts): ContentIssue[] {
  const texts = Object.values(sources).map((s) => (typeof s === 'string' ? normaliseQuote(s) : s.normalised));
  return kb.terms
    .filter((t) => t.data.definitions.length === 0)
    .filter((t) => ![t.data.name, ...t.data.aliases].some((form) => texts.some((text) => text.includes(normaliseQuote(form)))))
    .map((t) => ({
      file: fileOf('terms', t),
      field: 'name',
      message: `the term "${t.data.name}" has no definition and occurs in no source; a term must be one the sources use`,
    }));
}

/** All checks on a parsed knowledge base. */
export function validateKnowledgeBase(kb: KnowledgeBase, sources: SourceTexts): ContentIssue[] {
  return [...checkIntegrity(kb), ...checkQuotes(kb, sources), ...checkTermsUsed(kb, sources)];
}
