// How the search page reads its data files (Pagefind's index, kb-fold.json, names.json).
// Served over HTTP it fetches them. The offline edition is opened from disk, where browsers
// refuse fetch (a file:// page has an opaque origin) but still run classic scripts from nearby
// files: there every data file `x` has a companion script `x.js` that hands its bytes, base64,
// to a global function (see data-script.ts). A script element is added when a query needs the
// file, so the index is still read a chunk at a time.

/** The global function a data script calls: kbOfflineFile("pagefind/index/….pf_index", "<base64>"). */
export const REGISTER_FUNCTION = 'kbOfflineFile';
/** The companion script of data file `x` is `x` + this suffix. */
export const DATA_SCRIPT_SUFFIX = '.js';
/** Attribute on <html> marking the offline edition: data files come as scripts even if it is served. */
export const OFFLINE_ATTRIBUTE = 'data-offline-edition';

/** Reads a data file by URL (relative to the page or absolute). */
export type ReadFile = (url: string) => Promise<Uint8Array>;

/** Decodes base64 (atob exists in every supported browser; Uint8Array.fromBase64 does not). */
export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Whether a data script delivered at `scriptUrl` may carry the file named `name`. */
export function deliveredAs(scriptUrl: string, name: string): boolean {
  return scriptUrl.endsWith(`/${name}${DATA_SCRIPT_SUFFIX}`) || scriptUrl.endsWith(`/${encodeURI(name)}${DATA_SCRIPT_SUFFIX}`);
}

const fetchFile: ReadFile = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
};

type Register = (name: string, base64: string) => void;

/** What each data script handed over, by its script element (so concurrent loads cannot mix). */
const delivered = new WeakMap<Element, { name: string; base64: string }>();

function installRegister(): void {
  const w = window as unknown as Record<string, Register | undefined>;
  if (w[REGISTER_FUNCTION]) return;
  w[REGISTER_FUNCTION] = (name, base64) => {
    const script = document.currentScript;
    if (script) delivered.set(script, { name, base64 });
  };
}

const scriptFile: ReadFile = (url) => {
  installRegister();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(`${url}${DATA_SCRIPT_SUFFIX}`, location.href).href;
    const done = () => script.remove();
    script.onload = () => {
      done();
      const data = delivered.get(script);
      if (!data || !deliveredAs(script.src, data.name)) reject(new Error(`${script.src}: not a data file of this site`));
      else resolve(decodeBase64(data.base64));
    };
    script.onerror = () => {
      done();
      reject(new Error(`${script.src}: could not be loaded`));
    };
    document.head.append(script);
  });
};

/** Whether this page is the offline edition's (or any page opened from disk). */
export function isOfflinePage(): boolean {
  return location.protocol === 'file:' || document.documentElement.hasAttribute(OFFLINE_ATTRIBUTE);
}

/** The reader for this page: scripts from disk or in the offline edition, fetch otherwise. */
export function siteFileReader(): ReadFile {
  return isOfflinePage() ? scriptFile : fetchFile;
}
