// Where a link landed, probed in the page itself: the browser-side half of landing.test.ts
// (search results), quote-links.test.ts (出处 links) and the search benchmark (text directives).
// `follow` is serialised into the page, so it is self-contained and runs in every browser the
// tests drive (Chromium 86 and Firefox ESR included).

/** Page furniture: a link must never land here. */
export const FURNITURE = '.site-header, .site-footer, nav, .toc, .related, .source-reference, .pager';

export interface Visit {
  /** The link's URL (absolute, or relative to the page). */
  url: string;
  /** The texts looked for: the link lands when one of them does (the words of a query, a quote). */
  needles: string[];
  /** The id the link names ('' for none). */
  id: string;
  /**
   * The page is already at this URL, reached by a real navigation (a click). Otherwise the visit
   * is a fragment navigation from the top of the page: the page must be the link's own.
   */
  here?: boolean;
}

export interface Probe {
  /** The text looked for (the needle, or the longest run of it the page shows). */
  found: string;
  occurrences: number;
  /** Occurrences in the body text whose start is on screen. */
  onScreen: number;
  /** …of which inside the element the link names (or, for a heading, in the text after it). */
  onScreenInTarget: number;
  target: string | null;
  landed: boolean;
}

/**
 * Runs in the page: for each visit (navigating to it first unless it is `here`), waits until the
 * link has landed or 5 s have passed, and reports where the needle is. A link lands when the
 * needle's start is on screen in the body text, inside the element the link names, and that
 * element is the :target (after a text directive the :target is the element holding the match,
 * not the named one: then the match in the named element suffices).
 */
export async function follow(args: { visits: Visit[]; furniture: string }): Promise<Probe[]> {
  const squash = (s: string) => s.replace(/[\s\u200b]+/gu, '');
  const main = document.querySelector('main')!;
  const skip = `${args.furniture}, .paragraph-mark, [data-footnote-ref], [data-footnote-backref]`;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let flat = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.parentElement?.closest(skip)) continue;
    const d = n.data;
    for (let i = 0; i < d.length; i++) {
      if (/[\s\u200b]/u.test(d[i]!)) continue;
      flat += d[i];
      nodes.push(n);
      offsets.push(i);
    }
  }
  const probe = (needleText: string, id: string, viaDirective: boolean): Probe => {
    // The raw text may differ from the page at its edges (a contents line's leader dots, a
    // renumbered heading): then the longest run of it starting in its first four characters.
    let needle = squash(needleText);
    if (!flat.includes(needle)) {
      let best = '';
      for (let s = 0; s < Math.min(4, needle.length); s++) {
        let lo = 0;
        let hi = needle.length - s;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (flat.includes(needle.slice(s, s + mid))) lo = mid;
          else hi = mid - 1;
        }
        if (lo > best.length) best = needle.slice(s, s + lo);
      }
      needle = best.length >= Math.min(4, needle.length) ? best : '';
    }
    const target = document.querySelector(':target');
    // The element the link names. A block or quote address (p12, p12-3, p133-c0-28) must hold
    // the match; a heading, or another id (a table caption on a knowledge page), may name the
    // part of the page it opens.
    const named = id ? document.getElementById(id) : null;
    const address = /^p\d+(-c?\d+)*$/.test(id);
    const inNamed = (node: Node): boolean => {
      if (!named) return false;
      if (named.contains(node)) return true;
      return !address && (named.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    };
    let occurrences = 0;
    let onScreen = 0;
    let onScreenInTarget = 0;
    for (let at = needle ? flat.indexOf(needle) : -1; at >= 0; at = flat.indexOf(needle, at + 1)) {
      occurrences++;
      const range = document.createRange();
      range.setStart(nodes[at]!, offsets[at]!);
      range.setEnd(nodes[at + needle.length - 1]!, offsets[at + needle.length - 1]! + 1);
      const first = range.getClientRects()[0];
      if (!first || first.width === 0) continue;
      if (first.top >= -2 && first.bottom <= window.innerHeight + 2) {
        onScreen++;
        if (inNamed(nodes[at]!)) onScreenInTarget++;
      }
    }
    const landed = id ? onScreenInTarget > 0 && (target?.id === id || viaDirective) : onScreen > 0;
    return { found: needle, occurrences, onScreen, onScreenInTarget, target: target?.id ?? null, landed };
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const out: Probe[] = [];
  for (const v of args.visits) {
    if (!v.here) {
      history.replaceState(null, '', location.pathname + location.search);
      window.scrollTo(0, 0);
      // A link without a fragment opens its page at the top: nothing to navigate to.
      if (v.url.includes('#')) location.href = v.url;
    }
    const viaDirective = v.url.includes(':~:');
    const probeAll = () => {
      const probes = v.needles.map((n) => probe(n, v.id, viaDirective));
      return probes.find((x) => x.landed) ?? probes[0]!;
    };
    let p = probeAll();
    // Up to 5 s for the browser to scroll (a busy machine can be slow; a landed link stops at once).
    for (const until = Date.now() + 5000; !p.landed && Date.now() < until; ) {
      await frame();
      await new Promise((r) => setTimeout(r, 25));
      p = probeAll();
    }
    out.push(p);
  }
  return out;
}

/** The id a link names: its fragment without a text directive, decoded. */
export function idOf(href: string): string {
  const hash = href.split('#')[1] ?? '';
  return decodeURIComponent(hash.split(':~:')[0]!);
}

/**
 * The fragment a link is followed with on its own page: with `directiveAlone`, a text directive
 * without the block address before it, so that the directive itself must find the match (beside
 * the address, a directive that matches nothing is hidden by the browser falling back to the
 * block); otherwise the link's own fragment.
 */
export function fragmentToFollow(href: string, directiveAlone: boolean): string {
  const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
  const at = hash.indexOf(':~:');
  return directiveAlone && at >= 0 ? `#${hash.slice(at)}` : hash;
}

/** The words a text directive highlights (its text, without prefix and suffix), decoded; '' without one. */
export function directiveWords(href: string): string {
  const m = /:~:text=([^&#]*)/.exec(href);
  if (!m) return '';
  const parts = m[1]!.split(',').filter((p) => !p.endsWith('-') && !p.startsWith('-'));
  return parts.map((p) => decodeURIComponent(p)).join('');
}

/** What following links needs of a tab (playwright-core's Page and the tests' TestPage both have it). */
export interface Tab {
  goto(url: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/**
 * Follows links (absolute URLs) on their own pages, each page opened once for all of its links,
 * as fragment navigations from its top; `visit` says what each link is followed with and looked
 * for. Returns each link with where it landed.
 */
export async function followOnTheirPages<L extends { href: string }>(tab: Tab, links: readonly L[], visit: (link: L, page: string) => Visit): Promise<{ link: L; probe: Probe }[]> {
  const out: { link: L; probe: Probe }[] = [];
  for (const [page, group] of Map.groupBy(links, (l) => l.href.split('#')[0]!)) {
    await tab.goto(page);
    const probes = await tab.evaluate(follow, { visits: group.map((l) => visit(l, page)), furniture: FURNITURE });
    group.forEach((link, k) => out.push({ link, probe: probes[k]! }));
  }
  return out;
}
