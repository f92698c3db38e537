// remark plugin: links the first occurrence of each glossary term on a page to the term's
// own page (/glossary/<term-id>/), which gives its definition (if a source gives one) and
// every place the sources use it.
//
// - Terms come from the validated knowledge model (src/lib/content/) when the plugin is
//   constructed: the term's name and its aliases are matched; terms with `noAutoLink: true`
//   are never linked.
// - Only the first occurrence of a term on a page (one Markdown/MDX file) is linked.
// - Never inside headings, links, block quotes (Markdown or <blockquote> in MDX), footnote
//   definitions, editors' marks (〔…〕, see remark-editorial-marks) or code.
// - Where terms overlap, the longest wins ("区域党建联盟" over "党建联盟"); a term already
//   linked still claims its text, so a shorter term is not linked inside it.
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { knowledgeOf } from '../lib/content/knowledge.ts';
import type { KnowledgeBase } from '../lib/knowledge/types.ts';
import { joinBase } from '../lib/paths.ts';
import { termPageHref } from '../lib/routes.ts';

export interface GlossaryTerm {
  /** The term's id (its file name): its page is /glossary/<id>/. */
  id: string;
  /** The name and the aliases: every written form that is linked. */
  forms: string[];
  /** Longer words containing a form that mean something else: a form inside one is not matched. */
  excludes?: readonly string[];
  /** Matched only to claim its text (a longer name another pass links): never returned. */
  claimOnly?: boolean;
}

export interface GlossaryLinkOptions {
  /** The site's base path ("/", "/kb/"). */
  base: string;
  /** Terms given directly (tests); when not set, they come from the content's knowledge model. */
  terms?: GlossaryTerm[];
  /** Names that claim their text, so no term is linked inside one (case, practice … names); from the knowledge model when terms are not given. */
  claims?: string[];
}

/** Markdown node types whose text is never linked. */
const SKIP_NODES = new Set(['heading', 'link', 'linkReference', 'blockquote', 'footnoteDefinition', 'code', 'inlineCode', 'html', 'definition']);
/** MDX JSX elements whose text is never linked. */
const SKIP_ELEMENTS = new Set(['a', 'blockquote', 'q', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'abbr', 'dfn']);

/** The linkable terms of a knowledge model: each term's name and aliases (`noAutoLink` terms left out). */
export function glossaryTerms(kb: Pick<KnowledgeBase, 'terms'>): GlossaryTerm[] {
  return kb.terms.filter((t) => !t.data.noAutoLink).map((t) => ({ id: t.id, forms: [t.data.name, ...t.data.aliases] }));
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

/**
 * Non-overlapping term occurrences in a text, longest first: every occurrence of every
 * form is a candidate; candidates are taken by length (then position), skipping any that
 * overlaps one already taken. Returned in text order.
 */
export function matchTerms(text: string, terms: readonly GlossaryTerm[], fold?: (text: string) => FoldedText): TermMatch[] {
  const folded = fold ? fold(text) : { text, offsets: undefined };
  const candidates: (TermMatch & { claim: boolean })[] = [];
  const add = (id: string, words: readonly string[], claim: boolean, minLength: number): void => {
    for (const word of words) {
      if (word.length < minLength) continue;
      for (let at = folded.text.indexOf(word); at !== -1; at = folded.text.indexOf(word, at + 1)) {
        const start = folded.offsets ? folded.offsets[at]! : at;
        const end = folded.offsets ? folded.offsets[at + word.length - 1]! + 1 : at + word.length;
        candidates.push({ id, ...(folded.offsets ? balanced(text, start, end) : { start, end }), claim });
      }
    }
  };
  for (const term of terms) {
    add(term.id, term.forms, term.claimOnly === true, 2);
    // An excluded longer word claims its text first, so the form inside it is not matched.
    add(term.id, term.excludes ?? [], true, 2);
  }
  // Longest first; of two as long, the one to link.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.claim) - Number(b.claim) || a.start - b.start);
  const taken: (TermMatch & { claim: boolean })[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken
    .filter((t) => !t.claim)
    .map(({ id, start, end }) => ({ id, start, end }))
    .sort((a, b) => a.start - b.start);
}

const PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』']];

/**
 * A folded match widened over a quotation mark just outside it when the match holds the mark's
 * partner alone (“五步直通工作法”推动… links from the opening mark, not from inside the quote).
 */
function balanced(text: string, start: number, end: number): { start: number; end: number } {
  for (const [open, close] of PAIRS) {
    const inner = text.slice(start, end);
    const opens = inner.split(open).length - 1;
    const closes = inner.split(close).length - 1;
    if (closes > opens && text[start - 1] === open) start--;
    else if (opens > closes && text[end] === close) end++;
  }
  return { start, end };
}

/** A text with some characters left out for matching, and where each kept character came from. */
export interface FoldedText {
  text: string;
  offsets: number[];
}

function isEditorialMark(node: RootContent): boolean {
  const props = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties;
  const cls = props?.className;
  return Array.isArray(cls) ? cls.includes('editorial-mark') : cls === 'editorial-mark';
}

/** True for nodes whose text is never linked (headings, links, quotes, notes, code, editors' marks). */
export function skipped(node: RootContent): boolean {
  if (SKIP_NODES.has(node.type)) return true;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && SKIP_ELEMENTS.has(node.name)) {
    return true;
  }
  return isEditorialMark(node);
}

/** What a text-linking pass decides: which matches to link, where to, and what to remember. */
export interface TextLinker {
  /** The link's address for a match of this term id, or undefined to leave the match as text. */
  linkFor(id: string): { url: string; className: string } | undefined;
  /** Called when a match has been linked. */
  linked(id: string): void;
  /** Called at every heading (headings themselves are never linked). */
  heading?(): void;
  /** MDX elements whose text this pass also leaves alone, beyond those `skipped` names. */
  alsoSkip?: ReadonlySet<string>;
  /** Matches on the text with some characters left out (quotation marks in names, say). */
  fold?: (text: string) => FoldedText;
}

/**
 * Links matches of `terms` in the tree's linkable text (mutates it): each text node is split at
 * the first match of each term it holds that `linker` wants linked. Text inside headings, links,
 * quotations, notes, code and editors' marks is left alone (see `skipped`).
 */
export function linkTermsInText(tree: Root, terms: readonly GlossaryTerm[], linker: TextLinker): void {
  const splitText = (node: Text): PhrasingContent[] | undefined => {
    const matches = matchTerms(node.value, terms, linker.fold).filter((m, i, all) => all.findIndex((x) => x.id === m.id) === i);
    const out: PhrasingContent[] = [];
    let pos = 0;
    for (const m of matches) {
      const target = linker.linkFor(m.id);
      if (!target) continue;
      if (m.start > pos) out.push({ type: 'text', value: node.value.slice(pos, m.start) });
      const link: Link = {
        type: 'link',
        url: target.url,
        title: null,
        children: [{ type: 'text', value: node.value.slice(m.start, m.end) }],
        data: { hProperties: { className: [target.className] } },
      };
      out.push(link);
      linker.linked(m.id);
      pos = m.end;
    }
    if (out.length === 0) return undefined;
    if (pos < node.value.length) out.push({ type: 'text', value: node.value.slice(pos) });
    return out;
  };

  const walk = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i] as RootContent;
      if (child.type === 'heading') linker.heading?.();
      if (child.type === 'text') {
        const parts = splitText(child);
        if (parts) {
          parent.children.splice(i, 1, ...(parts as RootContent[]));
          i += parts.length - 1;
        }
        continue;
      }
      if (skipped(child)) continue;
      if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name && linker.alsoSkip?.has(child.name)) continue;
      if ('children' in child) walk(child as Parent);
    }
  };
  walk(tree);
}

/** Links the first occurrence of each term in a tree (mutates it); returns the ids linked. */
export function linkGlossaryTerms(tree: Root, terms: readonly GlossaryTerm[], base: string): string[] {
  const linked = new Set<string>();
  linkTermsInText(tree, terms, {
    // Only a term's first occurrence on the page.
    linkFor: (id) => (linked.has(id) ? undefined : { url: joinBase(base, termPageHref(id)), className: 'glossary-link' }),
    linked: (id) => linked.add(id),
  });
  return [...linked];
}

/** The plugin. Terms are read once, when the processor is constructed. */
/**
 * The names of cases, alliance models, mechanisms and practices, as written and without their
 * quotation marks: a term is never linked inside one (红帆党建联盟 holds 党建联盟), linked or not.
 */
export function entryNames(kb: Pick<KnowledgeBase, 'cases' | 'models' | 'mechanisms' | 'practices'>): string[] {
  const names = [...kb.cases, ...kb.models, ...kb.mechanisms, ...kb.practices].flatMap((e) => [
    e.data.name.value,
    ...((e.data as { aliases?: { value: string }[] }).aliases ?? []).map((a) => a.value),
  ]);
  return [...new Set(names.flatMap((n) => [n, n.replace(/[“”"‘’「」·]/g, '')]))].filter((n) => n.length >= 3);
}

export function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  const kb = options.terms ? undefined : knowledgeOf();
  const claims = options.claims ?? (kb ? entryNames(kb) : []);
  const terms = [...(options.terms ?? glossaryTerms(kb!)), ...(claims.length > 0 ? [{ id: 'claims', forms: claims, claimOnly: true }] : [])];
  return (tree: Root): void => {
    if (terms.length > 0) linkGlossaryTerms(tree, terms, options.base);
  };
}
