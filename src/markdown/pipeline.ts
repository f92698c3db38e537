// The Markdown/MDX pipeline of the site, in one place: astro.config.mjs passes it to
// `unified()` from @astrojs/markdown-remark (Astro 7's default engine ignores remark
// plugins), and the unit test runs MDX through exactly these plugins.
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import type { PluggableList } from 'unified';
import { remarkEditorialMarks } from './remark-editorial-marks.ts';
import { remarkGlossaryLinks, type GlossaryLinkOptions } from './remark-glossary-links.ts';
import { remarkMentions, type MentionOptions } from './remark-mentions.ts';
import { remarkParagraphIds } from './remark-paragraph-ids.ts';
import { rehypeParagraphMarks } from './rehype-paragraph-marks.ts';
import { rehypeTextAnchors } from './rehype-text-anchors.ts';

export interface PipelineOptions {
  /** The site's base path ("/", "/kb/"): glossary links are built with it. */
  base: string;
  /** Overrides for the glossary plugin (terms given directly in tests). */
  glossary?: Omit<GlossaryLinkOptions, 'base'>;
  /** Overrides for the mentions plugin (targets given directly in tests). */
  mentions?: Omit<MentionOptions, 'base'>;
}

/**
 * The remark plugins. Paragraph ids first (they remove the address comments before any other
 * plugin reads the text); links after the editorial marks so they never enter a 〔…〕 note.
 * Mention links (cases, models, mechanisms, practices) come before glossary links, so a
 * name such as 红帆党建联盟 links whole to its case and the term 党建联盟 is not cut out of it.
 */
export function remarkPlugins(options: PipelineOptions): PluggableList {
  return [
    remarkGfm,
    remarkParagraphIds,
    remarkEditorialMarks,
    [remarkMentions, { ...options.mentions, base: options.base }],
    [remarkGlossaryLinks, { ...options.glossary, base: options.base }],
  ];
}
/** Sentence and quote anchors go in before the ¶ marks, so the marks stay outside the text they count. */
export const rehypePlugins: PluggableList = [rehypeSlug, rehypeTextAnchors, rehypeParagraphMarks];
