// Astro configuration: wiring only. Logic lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import contentCheck from './src/integrations/content-check.ts';
import { siteBase, siteUrl } from './src/lib/site-env.ts';
import { BROWSER_TARGETS } from './src/lib/browser-support.ts';
import { quietBundlerLog } from './src/lib/build-logs.ts';

const env = process.env;

/**
 * No module-preload helper around dynamic imports in the browser's scripts: the search page
 * preloads its scripts and the chunks they import with links the index build writes
 * (src/lib/search/preload.ts), and the helper builds absolute URLs from import.meta.url, which
 * the offline edition's classic scripts do not have. (Astro sets build.modulePreload for every
 * environment, so it is switched off here, for the client environment only.)
 */
function noModulePreloadHelper() {
  return {
    name: 'kb:no-module-preload-helper',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
    },
  };
}
const base = siteBase(env);

export default defineConfig({
  site: siteUrl(env),
  base,
  trailingSlash: 'always',
  outDir: env.SITE_OUT_DIR ?? './dist',
  cacheDir: env.SITE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never', assets: '_assets' },
  devToolbar: { enabled: false },
  // No inline scripts or styles, so a strict Content-Security-Policy holds (see README).
  // Built JavaScript and CSS run in the oldest supported browsers (Vite's default target is far newer:
  // its CSS minifier would turn min-width queries into range syntax that Chromium 86 drops).
  // The bundler's one known harmless warning (Astro's MDX directive) is not printed: src/lib/build-logs.ts.
  vite: {
    build: { assetsInlineLimit: 0, target: [...BROWSER_TARGETS], rolldownOptions: { onLog: quietBundlerLog } },
    plugins: [noModulePreloadHelper()],
  },
  markdown: {
    // SmartyPants off: source quotations must stay byte-for-byte as in the sources.
    processor: unified({
      remarkPlugins: remarkPlugins({ base }),
      rehypePlugins,
      // GFM footnotes in Chinese (the default label and back-link text are English).
      remarkRehype: { footnoteLabel: '注释', footnoteBackLabel: '返回正文' },
      smartypants: false,
    }),
  },
  integrations: [contentCheck(), mdx(), sitemap(), pagefindIndex()],
});
