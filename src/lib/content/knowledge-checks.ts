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
// What each kind references and checks is declared with the kind (src/lib/knowledge/kinds/);
// this module loops over the kinds.
import { indexDimensions } from '../knowledge/frameworks.ts';
import { KINDS, entriesOf } from '../knowledge/kinds/index.ts';
import { findQuote, indexRaw, longestMatchingPrefix, normaliseQuote, quotePreview, type IndexedRaw } from '../knowledge/quote.ts';
import { collectQuotes } from '../knowledge/quotes.ts';
import type { ContentIssue } from './errors.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';

export type SourceTexts = Readonly<Record<string, string | IndexedRaw>>;

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fileOf(collection: string, entry: Entry<unknown>): string {
  return entry.file ?? `content/${collection}/${entry.id}.yaml`;
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
              `quote not found in source "${quote.source}": "${quotePreview(quote.text)}"` +
              ` (the source matches only its first ${prefix.length} characters` +
              (prefix.length ? `, up to "${quotePreview(prefix.slice(-20), 20)}"` : '') +
              ')',
          });
        }
      }
    }
  }
  return issues;
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

/** The ids at a reference's field, each with its field path (`models[].model` → `models[2].model`). */
export function idsAt(data: unknown, field: string): [string, string][] {
  const walk = (value: unknown, segments: readonly string[], at: string): [string, string][] => {
    if (segments.length === 0) {
      if (Array.isArray(value)) return value.flatMap((v, i) => (typeof v === 'string' ? [[`${at}[${i}]`, v] as [string, string]] : []));
      return typeof value === 'string' ? [[at, value]] : [];
    }
    const [segment, ...rest] = segments as [string, ...string[]];
    const list = segment.endsWith('[]');
    const key = list ? segment.slice(0, -2) : segment;
    const next = (value as Record<string, unknown> | undefined)?.[key];
    const path = at ? `${at}.${key}` : key;
    if (next === undefined) return [];
    return list && Array.isArray(next) ? next.flatMap((item, i) => walk(item, rest, `${path}[${i}]`)) : walk(next, rest, path);
  };
  return walk(data, field.split('.'), '');
}

/** The quote object at a path (`name.quote`). */
function quoteAt(data: unknown, path: string): { source: string } | undefined {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data) as { source: string } | undefined;
}

/**
 * Checks ids, references and the agreement between facts: for each kind (src/lib/knowledge/kinds/),
 * its quotes from the entry's own source, its references, and its own checks.
 */
export function checkIntegrity(kb: KnowledgeBase): ContentIssue[] {
  const issues: ContentIssue[] = [];
  checkIds(kb, issues);
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

  /** The valid ids a reference may name: a kind's entries, or the frameworks' dimensions and sub-points. */
  const validIds = new Map<string, ReadonlySet<string> | ReadonlyMap<string, unknown>>([['dimension', dims.byId]]);
  for (const kind of KINDS) validIds.set(kind.name, new Set(entriesOf(kb, kind).map((e) => e.id)));

  for (const kind of KINDS) {
    for (const entry of entriesOf(kb, kind)) {
      const file = fileOf(kind.collection, entry);
      const report = (field: string, message: string): void => {
        issues.push({ file, field, message });
      };
      const source = kind.source?.(entry.data);
      for (const path of kind.sameSource ?? []) {
        const quote = quoteAt(entry.data, path);
        if (source !== undefined && quote && quote.source !== source) {
          report(`${path}.source`, `quote is from source "${quote.source}" but the entry's source is "${source}"`);
        }
      }
      for (const ref of kind.references ?? []) {
        const valid = validIds.get(ref.to);
        if (!valid) throw new Error(`kind "${kind.name}": a reference names "${ref.to}", which is no kind`);
        for (const [field, id] of idsAt(entry.data, ref.field)) {
          if (ref.self && id === entry.id) report(field, ref.self);
          else if (!valid.has(id)) {
            const list = [...valid.keys()].sort();
            report(field, `unknown ${ref.to} id "${id}"; valid ids: ${list.length ? list.join(', ') : '(none)'}`);
          }
        }
      }
      kind.check?.(entry, { kb, dims, report });
    }
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
