// The index-only copy of a page: the same HTML with U+200B between neighbouring characters
// of its body text, so that Pagefind indexes every character as a word of its own, at its own
// position. A query term is then found as a run of consecutive positions — exact substring
// matching, independent of how a word segmenter would cut the text. Served pages are unchanged;
// only the copy handed to Pagefind's Node API looks like this.
//
// The copy also records where the indexed text is not what the page shows, so that a result link's
// text directive takes its words only from text the browser shows in one piece (text-fragment.ts):
// - a gap marker (an empty element with id GAP_ID, which Pagefind records as an anchor at its word
//   position) wherever the indexed text is interrupted: at the edges of blocks (a table cell, a
//   list item, a <br>) and wherever an element left out of the index (data-pagefind-ignore: a 出处
//   link, a label) stood between two pieces of indexed text;
// - the page's furniture text (in the id of an empty element after the title, FURNITURE_PREFIX):
//   what the page shows besides the
//   indexed text (header, contents, ignored labels, reading-list details), so a directive that would
//   match there first is not made.
import { graphemes, isAlphanumeric, isPictographic, isWhitespace, ZWSP } from './text.ts';
import { TITLE_LENGTH_FILTER } from './facets.ts';
import { FURNITURE_PREFIX, FURNITURE_SEPARATOR, GAP_ID } from './pagefind-format.ts';

export { FURNITURE_PREFIX, GAP_ID };
const GAP_TAG = `<span id="${GAP_ID}"></span>`;

/** Elements inside a line of text: no block edge at their tags. */
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var ruby rt rp img wbr'.split(' '),
);
/** Elements that never have an end tag. */
const VOID_TAGS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));

/** Elements whose content is not markup (the HTML "raw text" and "escapable raw text" elements). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

// A tag: `<name …>` or `</name>`, attribute values may hold `>` inside quotes.
const TAG = /<\/?[A-Za-z][^\s/>]*(?:[^"'>]|"[^"]*"|'[^']*')*>/y;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/y;
const DECLARATION = /<[!?][^>]*>/y;
const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;
const NBSP_ENTITY = /^&(?:nbsp|#160|#[xX]0*[aA]0);$/;

const BASIC_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes numeric and basic named character references; unknown names give undefined. */
export function decodeEntity(ref: string): string | undefined {
  const body = ref.slice(1, -1);
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
    return String.fromCodePoint(code);
  }
  return BASIC_ENTITIES[body];
}

/** Splits a text node (still HTML-escaped) into units: whole character references or graphemes. */
function textUnits(text: string): { unit: string; char: string | undefined; space: boolean }[] {
  const units: { unit: string; char: string | undefined; space: boolean }[] = [];
  let last = 0;
  const pushPlain = (plain: string) => {
    for (const g of graphemes(plain)) units.push({ unit: g, char: g, space: isWhitespace(g) });
  };
  for (const m of text.matchAll(ENTITY)) {
    if (m.index > last) pushPlain(text.slice(last, m.index));
    const char = decodeEntity(m[0]);
    units.push({ unit: m[0], char, space: NBSP_ENTITY.test(m[0]) || (char !== undefined && isWhitespace(char)) });
    last = m.index + m[0].length;
  }
  if (last < text.length) pushPlain(text.slice(last));
  return units;
}

/**
 * Characters that are neither letters/digits nor whitespace (punctuation, symbols). Pagefind
 * only indexes them when told to (`includeCharacters`); the index build collects them from the
 * pages so that a query containing punctuation is matched exactly, too.
 */
export function isExtraIndexCharacter(char: string): boolean {
  return [...char].length === 1 && !isWhitespace(char) && !isAlphanumeric(char) && !isPictographic(char) && char !== ZWSP;
}

/** Where the index copy is written: plain strings, plus the units of the page title (for marking). */
interface CopyOutput {
  parts: string[];
  /** Indices in `parts` of the title's (first h1's) non-whitespace units, while it is being read. */
  title: number[] | undefined;
  /** Whether the text being read is indexed (inside the indexed region, outside ignored elements). */
  indexed: boolean;
  /** Whether the text being read is shown but not indexed (in <body>, not indexed). */
  furniture: boolean;
  /** A gap marker is due before the next indexed character. */
  gapDue: boolean;
  /** Indexed text has come since the last gap or block anchor. */
  textSince: boolean;
  /** The indexed characters (no whitespace), to leave out furniture the index holds anyway. */
  indexedText: string[];
  /** Where in `parts` the title's length was recorded (the furniture goes there too). */
  titleAt: number | undefined;
  /** The furniture segment being read, and those finished. */
  segment: string;
  segments: string[];
}

/** Inserts U+200B before every non-whitespace unit that follows another non-whitespace unit or starts a text node. */
function separateText(text: string, out: CopyOutput, extraChars: Set<string> | undefined, textChars: Set<string> | undefined): void {
  let prevSpace = true;
  let first = true;
  for (const { unit, char, space } of textUnits(text)) {
    if (out.furniture) out.segment += space ? ' ' : (char ?? unit);
    if (!space && out.indexed && out.gapDue) {
      out.parts.push(GAP_TAG);
      out.gapDue = false;
    }
    if (!space && out.indexed) {
      out.textSince = true;
      out.indexedText.push(char ?? unit);
    }
    if (!space && (!prevSpace || first)) out.parts.push(ZWSP);
    if (!space && extraChars && char !== undefined && isExtraIndexCharacter(char)) extraChars.add(char);
    if (!space && textChars && char !== undefined) textChars.add(char);
    if (!space && out.title) out.title.push(out.parts.length);
    out.parts.push(unit);
    prevSpace = space;
    first = false;
  }
}

/**
 * Records the title's length (its non-whitespace characters, one index position each) as a
 * filter, so that the search can tell a page titled exactly the query (match.ts).
 */
function titleLengthTag(units: readonly number[]): string {
  return `<meta data-pagefind-filter="${TITLE_LENGTH_FILTER}[content]" content="${units.length}">`;
}

/**
 * Returns the index-only copy of an HTML page: the text of its `<body>` with U+200B between
 * neighbouring characters; markup, comments, `<head>` and raw-text elements are left alone.
 * The length of the first h1 (the page title) is recorded after it (titleLengthTag).
 * Characters Pagefind would otherwise skip (punctuation, symbols) are added to `extraChars`,
 * every character of the text to `textChars` (for the variant-form table, fold.ts).
 * `titleTags` (more hidden filters, such as the page's origin: origin.ts) go beside the title's length.
 */
export function indexCopy(html: string, extraChars?: Set<string>, textChars?: Set<string>, titleTags = ''): string {
  const bodyAt = html.search(/<body[\s>]/i);
  let i = bodyAt >= 0 ? bodyAt : 0;
  const out: CopyOutput = { parts: [html.slice(0, i)], title: undefined, indexed: false, furniture: false, gapDue: false, textSince: false, indexedText: [], titleAt: undefined, segment: '', segments: [] };
  // Pagefind indexes the data-pagefind-body elements when a page has one, otherwise all of <body>.
  const hasBody = /\sdata-pagefind-body[\s=>]/.test(html);
  /** Open elements: name, whether it starts the indexed region, whether it is left out of the index. */
  const stack: { name: string; body: boolean; ignore: boolean }[] = [];
  let inBody = false;
  const endSegment = () => {
    const text = out.segment.replace(/\s+/gu, ' ').trim();
    if (text) out.segments.push(text);
    out.segment = '';
  };
  const updateMode = () => {
    const inRegion = inBody && (!hasBody || stack.some((e) => e.body));
    const ignored = stack.some((e) => e.ignore);
    out.indexed = inRegion && !ignored;
    const furniture = inBody && !out.indexed;
    if (!furniture && out.furniture) endSegment();
    out.furniture = furniture;
  };
  let titleDone = false;
  let rawUntil: string | undefined;
  while (i < html.length) {
    if (rawUntil) {
      const close = new RegExp(`</${rawUntil}`, 'ig');
      close.lastIndex = i;
      const stop = close.exec(html)?.index ?? html.length;
      out.parts.push(html.slice(i, stop));
      i = stop;
      rawUntil = undefined;
      continue;
    }
    if (html[i] === '<') {
      let m: RegExpExecArray | null = null;
      for (const re of [COMMENT, DECLARATION, TAG]) {
        re.lastIndex = i;
        m = re.exec(html);
        if (m) break;
      }
      if (m) {
        const open = /^<(\/?)([A-Za-z][^\s/>]*)/.exec(m[0]);
        const name = open?.[2]?.toLowerCase();
        if (name) {
          const closing = Boolean(open![1]);
          const ignore = !closing && /\sdata-pagefind-ignore[\s=>]/.test(m[0]);
          // The indexed text is interrupted here: at a block's edge, or by an element left out.
          if (ignore || !INLINE_TAGS.has(name)) {
            if (out.textSince) out.gapDue = true;
            out.textSince = false;
            if (out.furniture) endSegment();
          }
          // A block with an id is an anchor of its own: no marker needed at its start.
          if (!closing && !INLINE_TAGS.has(name) && /\sid=/.test(m[0])) out.gapDue = false;
          if (name === 'body') inBody = !closing;
          else if (!closing && !VOID_TAGS.has(name) && !m[0].endsWith('/>')) {
            stack.push({ name, body: /\sdata-pagefind-body[\s=>]/.test(m[0]), ignore });
          } else if (closing) {
            const at = stack.map((e) => e.name).lastIndexOf(name);
            if (at >= 0) stack.length = at;
          }
          updateMode();
        }
        out.parts.push(m[0]);
        i += m[0].length;
        if (name === 'h1' && !titleDone) {
          if (!open![1]) out.title = [];
          else if (out.title) {
            out.titleAt = out.parts.length;
            out.parts.push(titleLengthTag(out.title) + titleTags);
            out.title = undefined;
            titleDone = true;
          }
        }
        if (name && !open![1] && RAW_TEXT.has(name) && !m[0].endsWith('/>')) rawUntil = name;
        continue;
      }
    }
    // Text up to the next '<' (a lone '<' that starts no tag is text).
    let next = html.indexOf('<', i + 1);
    if (next < 0) next = html.length;
    separateText(html.slice(i, next), out, extraChars, textChars);
    i = next;
  }
  endSegment();
  const furniture = furnitureTag(out.segments, out.indexedText.join(''));
  if (furniture && out.titleAt !== undefined) out.parts[out.titleAt] += furniture;
  return out.parts.join('');
}

/**
 * The page's furniture text as an empty element whose id holds it: its segments, each once,
 * without those the indexed text holds anyway (contents entries, breadcrumbs naming headings).
 * Whitespace is left out (directives are compared without it). '' when there is none.
 */
function furnitureTag(segments: readonly string[], indexed: string): string {
  if (segments.length === 0 || !indexed) return '';
  const squash = (t: string) => t.replace(/[\s\u200B]+/gu, '');
  const kept = [...new Set(segments.map(squash))].filter((t) => t && /[\p{L}\p{N}]/u.test(t) && !indexed.includes(t));
  if (kept.length === 0) return '';
  const value = kept.join(FURNITURE_SEPARATOR).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<span id="${FURNITURE_PREFIX}${value}"></span>`;
}

/** The URL Pagefind should give a built file: "about/index.html" → "/about/". */
export function urlForFile(relativePath: string): string {
  const rel = relativePath.split(/[\\/]+/).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}
