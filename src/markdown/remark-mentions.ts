// remark plugin: links the first mention, in each section of a reading text, of a case, an
// alliance model, an operating mechanism or a practice to its page (红帆党建联盟 → /cases/
// hongfan-alliance/, 联席轮值机制 → /mechanisms/#joint-meeting-rotation).
//
// - Names come from the validated knowledge model (src/lib/content/) when the plugin is
//   constructed: each case's, model's, mechanism's and practice's name and aliases, with
//   quotation marks and spaces taken off (“联席轮值” → 联席轮值).
// - A section runs from one heading to the next; each name is linked once per section.
// - Never inside headings, links, block quotes
//   and their citations (<figcaption>), footnote definitions, editors' marks or code.
// - Where names overlap the longest wins, as for glossary terms.
import type { Root } from 'mdast';
import { knowledgeOf } from '../lib/content/knowledge.ts';
import type { KnowledgeBase } from '../lib/knowledge/types.ts';
import { joinBase } from '../lib/paths.ts';
import { linkTermsInText, type GlossaryTerm } from './remark-glossary-links.ts';

export interface MentionTarget {
  /** Site path without base (/cases/<id>/, /mechanisms/#<id> …). */
  href: string;
  /** Written forms that are linked. */
  forms: string[];
}

export interface MentionOptions {
  base: string;
  /** Targets given directly (tests); when not set, they come from the content's knowledge model. */
  targets?: MentionTarget[];
}

/** Element names (MDX JSX) whose text is never linked, beyond the glossary plugin's. */
const SKIP_ELEMENTS = new Set(['figcaption', 'cite', 'sup']);

/** The form a name takes in running text: no quotation marks, no spaces. */
export function mentionForm(name: string): string {
  return name.replace(/[“”"‘’「」]/g, '').replace(/\s+/g, '');
}

type Named = { id: string; data: { name: { value: string }; aliases?: { value: string }[] | undefined } };

/** The mention targets of a knowledge model: cases, alliance models, mechanisms and practices by name and aliases. */
export function mentionTargets(kb: Pick<KnowledgeBase, 'cases' | 'models' | 'mechanisms' | 'practices'>): MentionTarget[] {
  const groups: [readonly Named[], (id: string) => string][] = [
    [kb.cases, (id) => `/cases/${id}/`],
    [kb.models, (id) => `/cases/#${id}`],
    [kb.mechanisms, (id) => `/mechanisms/#${id}`],
    [kb.practices, (id) => `/practices/${id}/`],
  ];
  const targets: MentionTarget[] = [];
  for (const [entries, href] of groups) {
    for (const { id, data } of entries) {
      const names = [data.name.value, ...(data.aliases ?? []).map((a) => a.value)];
      const forms = [...new Set(names.map(mentionForm))].filter((f) => f.length >= 3 && !/[、，]/.test(f));
      if (forms.length > 0) targets.push({ href: href(id), forms });
    }
  }
  return targets;
}

/** Links the first mention of each target in each section (mutates the tree); returns how many links were made. */
export function linkMentions(tree: Root, targets: readonly MentionTarget[], base: string): number {
  const terms: GlossaryTerm[] = targets.map((t, i) => ({ id: String(i), forms: t.forms }));
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
  });
  return count;
}

/** The plugin. Targets are read once, when the processor is constructed. */
export function remarkMentions(options: MentionOptions) {
  const targets = options.targets ?? mentionTargets(knowledgeOf());
  return (tree: Root): void => {
    if (targets.length > 0) linkMentions(tree, targets, options.base);
  };
}
