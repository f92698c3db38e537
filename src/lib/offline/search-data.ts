// The search page's data files in the offline edition. They are the served site's files, with
// one change: page addresses end at a file ("/sources/x/" → "/sources/x/index.html"), since the
// search page joins them onto a base relative to itself and no server adds index.html. That
// touches each Pagefind fragment (gzip, "pagefind_dcd" signature, JSON with the page's url) and
// names.json; every other file is delivered byte for byte.
import { gunzipSync, gzipSync } from 'fflate';
import { fileFormOf } from './links.ts';

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** Files under pagefind/ the search page reads (Pagefind's own UI, scripts and WebAssembly are not shipped). */
export function isSearchData(sitePath: string): boolean {
  if (sitePath === 'search/names.json') return true;
  if (!sitePath.startsWith('pagefind/')) return false;
  return /\.(json|pf_meta|pf_index|pf_fragment|pf_filter)$/.test(sitePath);
}

/** A Pagefind fragment with its page url in file form; gzip without a time stamp, so builds repeat. */
export function offlineFragment(bytes: Uint8Array): Uint8Array {
  const plain = gunzipSync(bytes);
  for (let i = 0; i < SIGNATURE.length; i++) {
    if (plain[i] !== SIGNATURE[i]) throw new Error('Pagefind fragment: missing "pagefind_dcd" signature');
  }
  const fragment = JSON.parse(new TextDecoder().decode(plain.subarray(SIGNATURE.length))) as { url?: unknown };
  if (typeof fragment.url !== 'string') throw new Error('Pagefind fragment: no url');
  fragment.url = fileFormOf(fragment.url);
  const json = new TextEncoder().encode(JSON.stringify(fragment));
  const out = new Uint8Array(SIGNATURE.length + json.length);
  out.set(SIGNATURE, 0);
  out.set(json, SIGNATURE.length);
  return gzipSync(out, { level: 9, mtime: 0 });
}
