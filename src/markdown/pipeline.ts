// The Markdown/MDX pipeline of the site, in one place: astro.config.mjs passes it to
// `unified()` from @astrojs/markdown-remark (Astro 7's default engine ignores remark
// plugins), and the unit test runs MDX through exactly these plugins.
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import type { PluggableList } from 'unified';
import { remarkEditorialMarks } from './remark-editorial-marks.ts';

export const remarkPlugins: PluggableList = [remarkGfm, remarkEditorialMarks];
export const rehypePlugins: PluggableList = [rehypeSlug];
