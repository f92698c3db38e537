// The files every search reads before its first query — the index entry, the index metadata, the
// filter chunks, the variant-form table and the phrase table — packed into one file, START_FILE,
// which the search page preloads with a single request.
//
// Why: the search page is served over HTTP/1.1, where a browser opens at most six connections to
// a host. Eight separate preloads took four of them as soon as the page arrived, so the search
// script (which is needed before anything else can happen) and the stylesheets waited for
// connections and shared the bandwidth with eight small files. One file leaves the connections
// to the stylesheets and scripts. The separate files stay in the bundle as Pagefind wrote them
// (Pagefind's own reader and the tests read them); the engine reads this file first and falls
// back to them file by file when it is missing.
//
// Format (JSON, so that the server sends it compressed like the other JSON files): text files
// as strings, binary files (Pagefind's gzipped .pf_meta and .pf_filter) in base64, each under its
// path relative to the bundle: { "text": { "kb-fold.json": "…" }, "base64": { "pagefind.x.pf_meta": "…" } }.
import { decodeBase64 } from '../offline/transport.ts';

/** The startup bundle, next to pagefind-entry.json. */
export const START_FILE = 'kb-start.json';

export interface StartFile {
  text: Record<string, string>;
  base64: Record<string, string>;
}

/** Files whose bytes are UTF-8 text (stored as strings; everything else in base64). */
const isText = (path: string) => path.endsWith('.json');

/** The bundle's JSON text for `files` (path relative to the bundle → bytes), in the given order. Run by the build (Node). */
export function encodeStartFile(files: Iterable<readonly [string, Uint8Array]>): string {
  const out: StartFile = { text: {}, base64: {} };
  for (const [path, bytes] of files) {
    if (isText(path)) out.text[path] = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    else out.base64[path] = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  }
  return JSON.stringify(out);
}

/** The files of a bundle (its JSON, parsed): path → bytes. Throws on anything else. */
export function decodeStartFile(json: unknown): Map<string, Uint8Array> {
  const bad = () => new Error(`${START_FILE}: expected { text: { path: text }, base64: { path: base64 } }`);
  if (!json || typeof json !== 'object') throw bad();
  const { text, base64 } = json as Partial<StartFile>;
  const isMap = (m: unknown): m is Record<string, string> => !!m && typeof m === 'object' && !Array.isArray(m) && Object.values(m).every((v) => typeof v === 'string');
  if (!isMap(text) || !isMap(base64)) throw bad();
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const [path, t] of Object.entries(text)) files.set(path, encoder.encode(t));
  for (const [path, b] of Object.entries(base64)) files.set(path, decodeBase64(b));
  return files;
}
