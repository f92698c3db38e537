// remark plugin: links the first mention, in each section of a reading text, of a case, an
// alliance model, an operating mechanism or a practice to its page (红帆党建联盟 → /cases/
// hongfan-alliance/, 联席轮值机制 → /mechanisms/#joint-meeting-rotation).
//
// - Names are read from content/{cases,models,mechanisms,practices}/*.yaml (or
//   $SITE_CONTENT_DIR) when the plugin is constructed: each entry's name and aliases, with
//   quotation marks and spaces taken off (“联席轮值” → 联席轮值).
// - A section runs from one heading to the next; each name is linked once per section.
// - Never inside headings, links, block quotes
//   and their citations (<figcaption>), footnote definitions, editors' marks or code.
// - Where names overlap the longest wins, as for glossary terms.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { parse } from 'yaml';
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
  contentDir?: string;
  /** Targets given directly (tests); when set, nothing is read from disk. */
  targets?: MentionTarget[];
}

/** Element names (MDX JSX) whose text is never linked, beyond the glossary plugin's. */
const SKIP_ELEMENTS = new Set(['figcaption', 'cite', 'sup']);

/** The form a name takes in running text: no quotation marks, no spaces. */
export function mentionForm(name: string): string {
  return name.replace(/[“”"‘’「」]/g, '').replace(/\s+/g, '');
}

const COLLECTIONS: { dir: string; href: (id: string) => string }[] = [
  { dir: 'cases', href: (id) => `/cases/${id}/` },
  { dir: 'models', href: (id) => `/cases/#${id}` },
  { dir: 'mechanisms', href: (id) => `/mechanisms/#${id}` },
  { dir: 'practices', href: (id) => `/practices/${id}/` },
];

const valueOf = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'string' ? (v as { value: string }).value : undefined;

/** Reads the mention targets from the content directory. */
export function loadMentionTargets(contentDir: string): MentionTarget[] {
  const targets: MentionTarget[] = [];
  for (const { dir, href } of COLLECTIONS) {
    const full = path.resolve(contentDir, dir);
    if (!existsSync(full)) continue;
    for (const file of readdirSync(full).filter((f) => f.endsWith('.yaml')).sort()) {
      const data = parse(readFileSync(path.join(full, file), 'utf8')) as { name?: unknown; aliases?: unknown } | null;
      const names = [valueOf(data?.name), ...(Array.isArray(data?.aliases) ? data.aliases.map(valueOf) : [])];
      const forms = [...new Set(names.filter((n): n is string => Boolean(n)).map(mentionForm))].filter((f) => f.length >= 3 && !/[、，]/.test(f));
      if (forms.length > 0) targets.push({ href: href(file.slice(0, -'.yaml'.length)), forms });
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

/** The plugin. Targets are loaded once, when the processor is constructed. */
export function remarkMentions(options: MentionOptions) {
  const contentDir = options.contentDir ?? process.env.SITE_CONTENT_DIR ?? './content';
  const targets = options.targets ?? loadMentionTargets(contentDir);
  return (tree: Root): void => {
    if (targets.length > 0) linkMentions(tree, targets, options.base);
  };
}
