// remark plugin: links the first mention, in each section of a reading text, of a case, an
// alliance model, an operating mechanism or a practice to its page (红帆党建联盟 → /cases/
// hongfan-alliance/, 联席轮值机制 → /mechanisms/#joint-meeting-rotation).
//
// - Names come from the validated knowledge model (src/lib/content/) when the plugin is
//   constructed: the names of every kind declared `mentions: 'link'` (src/lib/knowledge/kinds/:
//   cases with their other names, models, mechanisms, practices). They match
//   with or without their quotation marks, middle dots and spaces: 锡山区“为尚”党建联盟 and
//   锡山区为尚党建联盟 alike (names and text are compared with those left out).
// - Whole names only: a name inside a longer name is not linked — the longer name of another
//   entry, a glossary term (区域化党建联盟 holds 党建联盟), or a longer word an entry
//   excludes (`excludes`: 城乡一体党员动态管理机制 is not the alliances' 动态管理机制).
// - A section runs from one heading to the next; each name is linked once per section.
// - Never inside headings, links, block quotes
//   and their citations (<figcaption>), footnote definitions, editors' marks or code.
// - Where names overlap the longest wins, as for glossary terms.
import type { Root } from 'mdast';
import { knowledgeOf } from '../lib/content/knowledge.ts';
import { KINDS, entriesOf } from '../lib/knowledge/kinds/index.ts';
import type { KnowledgeBase } from '../lib/knowledge/types.ts';
import { joinBase } from '../lib/paths.ts';
import { linkTermsInText, type FoldedText, type GlossaryTerm } from './remark-glossary-links.ts';

export interface MentionTarget {
  /** Site path without base (/cases/<id>/, /mechanisms/#<id> …). */
  href: string;
  /** Written forms that are linked (in mention form: see mentionForm). */
  forms: string[];
  /** Longer words holding a form that name something else. */
  excludes?: string[];
}

export interface MentionOptions {
  base: string;
  /** Targets given directly (tests); when not set, they come from the content's knowledge model. */
  targets?: MentionTarget[];
  /** Longer names that claim their text (glossary terms); from the knowledge model when not set. */
  claims?: string[];
}

/** Element names (MDX JSX) whose text is never linked, beyond the glossary plugin's. */
const SKIP_ELEMENTS = new Set(['figcaption', 'cite', 'sup']);

/** Quotation marks, middle dots and spaces: written in some places, left out in others. */
const FOLDED = /[“”"‘’「」『』·•・\s]/u;

/** The form a name is matched in: no quotation marks, middle dots or spaces. */
export function mentionForm(name: string): string {
  return [...name].filter((c) => !FOLDED.test(c)).join('');
}

/** A text in mention form, with the offset each kept character had. */
export function foldText(text: string): FoldedText {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (FOLDED.test(text[i]!)) continue;
    out += text[i];
    offsets.push(i);
  }
  return { text: out, offsets };
}

/** The mention targets of a knowledge model: the names (and excluded longer words) of every kind that links its mentions (src/lib/knowledge/kinds/). */
export function mentionTargets(kb: KnowledgeBase): MentionTarget[] {
  const targets: MentionTarget[] = [];
  for (const kind of KINDS.filter((k) => k.mentions === 'link')) {
    for (const { id, data } of entriesOf(kb, kind)) {
      const forms = [...new Set((kind.names?.(data) ?? []).map(mentionForm))].filter((f) => f.length >= 3 && !/[、，]/.test(f));
      const excludes = (kind.excludes?.(data) ?? []).map(mentionForm);
      if (forms.length > 0) targets.push({ href: kind.href(id), forms, ...(excludes.length > 0 ? { excludes } : {}) });
    }
  }
  return targets;
}

/** The written forms, in mention form, of the kinds whose names only claim their text (glossary terms): a name inside one of them is not linked. */
export function termClaims(kb: KnowledgeBase): string[] {
  return KINDS.filter((k) => k.mentions === 'claim').flatMap((kind) => entriesOf(kb, kind).flatMap((e) => kind.names?.(e.data) ?? [])).map(mentionForm);
}

/** Links the first mention of each target in each section (mutates the tree); returns how many links were made. */
export function linkMentions(tree: Root, targets: readonly MentionTarget[], base: string, claims: readonly string[] = []): number {
  const terms: GlossaryTerm[] = targets.map((t, i) => ({ id: String(i), forms: t.forms, ...(t.excludes ? { excludes: t.excludes } : {}) }));
  if (claims.length > 0) terms.push({ id: 'claims', forms: [...claims], claimOnly: true });
  let inSection = new Set<string>();
  let count = 0;
  linkTermsInText(tree, terms, {
    linkFor: (id) => (inSection.has(id) ? undefined : { url: joinBase(base, targets[Number(id)]!.href), className: 'mention-link' }),
    linked: (id) => {
      inSection.add(id);
      count++;
    },
    heading: () => {
      inSection = new Set();
    },
    alsoSkip: SKIP_ELEMENTS,
    fold: foldText,
  });
  return count;
}

/** The plugin. Targets are read once, when the processor is constructed. */
export function remarkMentions(options: MentionOptions) {
  const kb = options.targets ? undefined : knowledgeOf();
  const targets = options.targets ?? mentionTargets(kb!);
  const claims = options.claims ?? (kb ? termClaims(kb) : []);
  return (tree: Root): void => {
    if (targets.length > 0) linkMentions(tree, targets, options.base, claims);
  };
}
