// Turns one page of the served site into its offline form, on the parsed HTML (parse5):
// internal links, assets and form actions become relative paths to files; the page carries the
// edition's Content-Security-Policy and the offline marker on <html>; module scripts become the
// classic scripts (module scripts do not load from file://; the caller bundles each one);
// what only a server or a crawler uses (canonical, sitemap, fetch preloads) goes; the search
// page's data attributes point at the edition's own files; the home page says which edition it is.
import { defaultTreeAdapter as tree, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { fileFormOf, offlineUrl, rootFrom, type SiteFiles } from './links.ts';
import { OFFLINE_ATTRIBUTE } from './transport.ts';
import { OFFLINE_CSP } from './edition.ts';
import { OFFLINE_TEXT } from '../ui/zh-CN.ts';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

const HTML_NS = 'http://www.w3.org/1999/xhtml' as Parameters<typeof tree.createElement>[1];
const URL_ATTRIBUTES = ['href', 'src', 'action'];
/** <link rel> values with no use from disk (crawlers, or preloads of files read by fetch). */
const DROPPED_LINKS = new Set(['canonical', 'sitemap', 'preload', 'modulepreload']);

export interface PageOptions {
  /** The page's path in the site ("sources/x/index.html"). */
  from: string;
  /** The served site's base path ("/", "/kb/"). */
  base: string;
  files: SiteFiles;
  /** On the home page: the build date as shown, and the online address when known. */
  home?: { date: string; onlineUrl?: string | undefined } | undefined;
}

export interface PageResult {
  html: string;
  /** URLs that name no file of the edition. */
  missing: string[];
  /** Site paths ("_assets/a.js") of the module scripts the page now loads as classic scripts. */
  scripts: string[];
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function setAttr(el: Element, name: string, value: string): void {
  const a = el.attrs.find((x) => x.name === name);
  if (a) a.value = value;
  else el.attrs.push({ name, value });
}

function removeAttr(el: Element, name: string): void {
  el.attrs = el.attrs.filter((a) => a.name !== name);
}

function isElement(node: ChildNode | ParentNode): node is Element {
  return 'tagName' in node;
}

function elements(node: ParentNode, out: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    out.push(child);
    elements(child.tagName === 'template' ? tree.getTemplateContent(child as DefaultTreeAdapterMap['template']) : child, out);
  }
  return out;
}

function hasClass(el: Element, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

function element(tag: string, attrs: Record<string, string>, children: (Element | string)[] = []): Element {
  const el = tree.createElement(tag, HTML_NS, Object.entries(attrs).map(([name, value]) => ({ name, value })));
  for (const c of children) {
    if (typeof c === 'string') tree.insertText(el, c);
    else tree.appendChild(el, c);
  }
  return el;
}

/** The home page's notice: 离线版：…构建日期：…。在线版网址：<a>…</a>。 */
function homeNotice(home: NonNullable<PageOptions['home']>): Element {
  const children: (Element | string)[] = [element('strong', {}, [OFFLINE_TEXT.label]), OFFLINE_TEXT.notice(home.date)];
  if (home.onlineUrl) children.push(OFFLINE_TEXT.online, element('a', { href: home.onlineUrl }, [home.onlineUrl]), OFFLINE_TEXT.end);
  return element('p', { 'data-offline-notice': '' }, children);
}

function insertAfter(ref: Element, node: Element): void {
  const parent = ref.parentNode!;
  const i = parent.childNodes.indexOf(ref);
  const next = parent.childNodes[i + 1];
  if (next) tree.insertBefore(parent, node, next);
  else tree.appendChild(parent, node);
}

/** Site path of an asset URL as written in the served page ("/kb/_assets/a.js" → "_assets/a.js"). */
function sitePathOf(url: string, base: string): string | undefined {
  return url.startsWith(base) ? url.slice(base.length) : undefined;
}

export function offlinePage(source: string, options: PageOptions): PageResult {
  const { from, base, files } = options;
  const doc = parse(source);
  const missing: string[] = [];
  const scripts: string[] = [];
  const all = elements(doc);
  const root = rootFrom(from);

  for (const el of all) {
    if (el.tagName === 'html') setAttr(el, OFFLINE_ATTRIBUTE, '');
    if (el.tagName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).some((r) => DROPPED_LINKS.has(r))) {
      tree.detachNode(el);
      continue;
    }
    const src = el.tagName === 'script' && attr(el, 'type') === 'module' ? attr(el, 'src') : undefined;
    const site = src === undefined ? undefined : sitePathOf(src, base);
    if (site !== undefined) {
      // A classic script with defer runs when a module script would: after parsing, in order.
      removeAttr(el, 'type');
      setAttr(el, 'defer', '');
      scripts.push(site);
    }
    for (const name of URL_ATTRIBUTES) {
      const value = attr(el, name);
      if (value === undefined) continue;
      const mapped = offlineUrl(value, from, base, files);
      if (mapped === undefined) missing.push(value);
      else setAttr(el, name, mapped);
    }
    if (attr(el, 'data-base') !== undefined) setAttr(el, 'data-base', root);
    if (attr(el, 'data-pagefind-url') !== undefined) setAttr(el, 'data-pagefind-url', `${root}pagefind/`);
  }

  const head = all.find((el) => el.tagName === 'head');
  if (head) {
    const csp = element('meta', { 'http-equiv': 'Content-Security-Policy', content: OFFLINE_CSP });
    const charset = head.childNodes.find((n) => isElement(n) && n.tagName === 'meta' && attr(n, 'charset') !== undefined);
    if (charset && isElement(charset)) insertAfter(charset, csp);
    else if (head.childNodes[0]) tree.insertBefore(head, csp, head.childNodes[0]);
    else tree.appendChild(head, csp);
  }

  if (options.home) {
    const notice = homeNotice(options.home);
    const hero = all.find((el) => hasClass(el, 'home-hero'));
    const inHero = hero ? elements(hero) : [];
    const lead = inHero.find((el) => hasClass(el, 'lead')) ?? inHero.find((el) => el.tagName === 'h1');
    const main = all.find((el) => el.tagName === 'main');
    if (lead) insertAfter(lead, notice);
    else if (main) tree.appendChild(main, notice);
  }
  return { html: serialize(doc), missing, scripts };
}

/** names.json with its page addresses in file form (the search page joins them onto its relative base). */
export function offlineNames(json: string): string {
  const names = JSON.parse(json) as { href?: string }[];
  return JSON.stringify(names.map((n) => (typeof n.href === 'string' ? { ...n, href: fileFormOf(n.href) } : n)));
}
