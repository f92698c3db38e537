// Reads the URLs of a built site's sitemap (@astrojs/sitemap: sitemap-index.xml → sitemap-N.xml).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return ENTITIES[name.toLowerCase()] ?? `&${name};`;
  });
}

/** The text of every <loc> element of a sitemap or sitemap index document. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) => decodeXml(m[1]!));
}

/** Every page URL listed by `dir/sitemap-index.xml`, in sitemap order. */
export function readSitemap(dir: string): string[] {
  const index = readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8');
  const urls: string[] = [];
  for (const loc of sitemapLocs(index)) {
    const file = path.join(dir, path.posix.basename(new URL(loc).pathname));
    urls.push(...sitemapLocs(readFileSync(file, 'utf8')));
  }
  return urls;
}
