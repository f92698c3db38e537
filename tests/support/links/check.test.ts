import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkLinks, cssUrls, fileToUrlPath, formatBroken, fragmentId, resolveUrlPath } from './check.ts';
import { htmlFiles } from '../../../src/lib/files.ts';
import { pageFacts, srcsetUrls } from './html.ts';
import { sitemapLocs } from './sitemap.ts';

const page = (body: string): string => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`;

let dir: string;
function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(dir, 'site-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'links-test-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('pageFacts', () => {
  it('collects ids, legacy anchors and URL attributes with a real parser', () => {
    const facts = pageFacts(
      page(`<h2 id="a">x</h2><a name="legacy"></a><a href="/x/">x</a>
        <img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt="">
        <!-- <a href="/commented/">not a link</a> -->
        <script src="/s.js"></script><form action="/search/"></form>
        <p>text mentioning href="/fake/" is not a link</p><p id="a">dup</p>`),
    );
    expect([...facts.ids].sort()).toEqual(['a', 'legacy']);
    expect(facts.duplicateIds).toEqual(['a']);
    expect(facts.links.map((l) => `${l.tag}[${l.attr}]=${l.url}`)).toEqual([
      'a[href]=/x/',
      'img[src]=/i.png',
      'img[srcset]=/i-1.png',
      'img[srcset]=/i-2.png',
      'script[src]=/s.js',
      'form[action]=/search/',
    ]);
  });

  it('splits srcset candidates', () => {
    expect(srcsetUrls(' a.png 1x,b.png 2x , c.png')).toEqual(['a.png', 'b.png', 'c.png']);
  });
});

describe('url helpers', () => {
  it('maps built files to served paths', () => {
    expect(fileToUrlPath('/kb/', 'index.html')).toBe('/kb/');
    expect(fileToUrlPath('/kb/', 'cases/a/index.html')).toBe('/kb/cases/a/');
    expect(fileToUrlPath('/', '404.html')).toBe('/404.html');
  });

  it('reads element ids out of fragments, text fragments need none', () => {
    expect(fragmentId('')).toBeUndefined();
    expect(fragmentId('#')).toBeUndefined();
    expect(fragmentId('#:~:text=%E5%8F%8C%E6%8A%A5%E5%88%B0')).toBeUndefined();
    expect(fragmentId('#sec-1:~:text=x')).toBe('sec-1');
    expect(fragmentId('#%E7%AC%AC%E4%B8%80%E7%AB%A0')).toBe('第一章');
  });

  it('resolves URL paths like a static server with directory indexes', () => {
    const root = site({ 'index.html': page(''), 'a/index.html': page(''), 'f.txt': 'x', '中文/index.html': page('') });
    expect(resolveUrlPath(root, '/kb/', '/kb/')).toEqual({ ok: true, file: 'index.html' });
    expect(resolveUrlPath(root, '/kb/', '/kb/a/')).toEqual({ ok: true, file: 'a/index.html' });
    expect(resolveUrlPath(root, '/kb/', '/kb/f.txt')).toEqual({ ok: true, file: 'f.txt' });
    expect(resolveUrlPath(root, '/kb/', '/kb/%E4%B8%AD%E6%96%87/')).toEqual({ ok: true, file: '中文/index.html' });
    expect(resolveUrlPath(root, '/kb/', '/a/')).toMatchObject({ ok: false, reason: expect.stringContaining('outside the base') });
    expect(resolveUrlPath(root, '/kb/', '/kb/a')).toMatchObject({ ok: false, reason: expect.stringContaining('trailing slash') });
    expect(resolveUrlPath(root, '/kb/', '/kb/b/')).toMatchObject({ ok: false, reason: expect.stringContaining('b/index.html') });
  });
});

describe('checkLinks', () => {
  it('passes a consistent site and counts what it checked', () => {
    const root = site({
      'index.html': page(
        `<a href="#main">skip</a><main id="main"><a href="/kb/a/">a</a><a href="a/#sec">sec</a>
         <a href="/kb/a/#:~:text=%E5%8F%8C">text fragment</a><a href="/kb/search/?q=x">q</a>
         <a href="https://example.org/">external</a><a href="mailto:x@example.org">mail</a>
         <link rel="canonical" href="https://kb.example.cn/kb/"></main>`,
      ),
      'a/index.html': page('<h2 id="sec">s</h2><a href="../">up</a><img src="../f.png" alt="">'),
      'search/index.html': page('<form action="/kb/search/"></form>'),
      'f.png': 'png',
      '404.html': page('<a href="/kb/">home</a><a href="#x">top</a><p id="x"></p>'),
    });
    const report = checkLinks({ dir: root, base: '/kb/', origin: 'https://kb.example.cn' });
    expect(formatBroken(report.broken)).toBe('');
    expect(report.pages).toBe(4);
    expect(report.links).toBe(11);
    expect(report.fragments).toBe(3);
    expect(report.external).toEqual([{ page: '/kb/', target: 'https://example.org/' }]);
    expect(htmlFiles(root)).toEqual(['404.html', 'a/index.html', 'index.html', 'search/index.html']);
  });

  it('reports each broken link with its page, target and reason', () => {
    const root = site({
      'index.html': page(
        `<a href="/kb/missing/">1</a><a href="/kb/a/#nope">2</a><a href="#gone">3</a><a href="/a/">4</a>
         <img src="https://cdn.example.org/x.png" alt=""><a href="/kb/a">6</a><a href="javascript:void(0)">7</a>
         <a href="/kb/f.txt#x">8</a>`,
      ),
      'a/index.html': page('<h2 id="sec">s</h2>'),
      'f.txt': 'x',
      '404.html': page('<a href="a/">relative</a>'),
    });
    const report = checkLinks({ dir: root, base: '/kb/' });
    const summary = report.broken.map((b) => `${b.page} ${b.target}`);
    expect(summary).toEqual([
      '/kb/404.html a/',
      '/kb/ /kb/missing/',
      '/kb/ /kb/a/#nope',
      '/kb/ #gone',
      '/kb/ /a/',
      '/kb/ https://cdn.example.org/x.png',
      '/kb/ /kb/a',
      '/kb/ javascript:void(0)',
      '/kb/ /kb/f.txt#x',
    ]);
    expect(formatBroken(report.broken)).toContain('/kb/: a[href] "/kb/a/#nope" — no element with id "nope" in a/index.html');
    expect(formatBroken(report.broken, 2)).toContain('… and 7 more broken targets');
    const grouped = formatBroken([1, 2, 3, 4, 5].map((n) => ({ page: `/p${n}/`, target: '/x/', where: 'a[href]', reason: 'gone' })));
    expect(grouped).toBe('  /p1/, /p2/, /p3/ and 2 more pages: a[href] "/x/" — gone');
  });
});

describe('stylesheets', () => {
  it('reads url() and @import references, ignoring comments', () => {
    expect(cssUrls(`@import "a.css"; /* url(/commented.png) */ .x{background:url( '../i.png' )} @font-face{src:url(/_assets/f.woff2) format("woff2"), url("data:font/woff2;base64,AA")}`)).toEqual([
      '../i.png',
      '/_assets/f.woff2',
      'data:font/woff2;base64,AA',
      'a.css',
    ]);
  });

  it('checks what built stylesheets load against the base path', () => {
    const root = site({
      'index.html': page('<link rel="stylesheet" href="/kb/_assets/a.css">'),
      '_assets/a.css': '.a{background:url(/kb/_assets/ok.png)} .b{background:url(/_assets/ok.png)} .c{background:url(https://cdn.example.org/f.woff2)} .d{background:url(data:image/png;base64,AA)}',
      '_assets/ok.png': 'png',
    });
    const report = checkLinks({ dir: root, base: '/kb/' });
    expect(report.broken.map((b) => `${b.page} ${b.where} ${b.target}`)).toEqual([
      '/kb/_assets/a.css css[url] /_assets/ok.png',
      '/kb/_assets/a.css css[url] https://cdn.example.org/f.woff2',
    ]);
    expect(report.links).toBe(3);
  });
});

describe('sitemapLocs', () => {
  it('reads <loc> elements and decodes XML entities', () => {
    const xml = '<urlset><url><loc>https://x.cn/a/?b=1&amp;c=2</loc></url><url><loc> https://x.cn/%E4%B8%AD/ </loc></url></urlset>';
    expect(sitemapLocs(xml)).toEqual(['https://x.cn/a/?b=1&c=2', 'https://x.cn/%E4%B8%AD/']);
  });
});
