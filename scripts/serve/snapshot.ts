// A whole build, read into memory at once, and the watch that replaces it when a new build
// lands. `npm run build` builds into a staging directory and renames it over dist/ (see
// scripts/build.ts), so a new build is a new directory: the server notices that dist/ is a
// different directory, reads the complete new build, and only then switches to it. A
// response therefore always comes from one build, never from a mix of two.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { mapLimit } from './map-limit.ts';
import { cacheControl, contentType, isCompressible, type Encoding } from './policy.ts';

export interface Variant {
  body: Buffer;
  etag: string;
}

export interface SnapshotFile {
  type: string;
  cacheControl: string;
  lastModified: string;
  identity: Variant;
  gzip?: Variant | undefined;
  br?: Variant | undefined;
  /** Encodings this file can be sent in, best first. */
  encodings: Encoding[];
}

export interface Snapshot {
  dir: string;
  /** The directory's identity on disk (device and inode): a new build is a new directory. */
  id: string;
  /** Keys are site paths without the base: "index.html", "_assets/x.css". */
  files: Map<string, SnapshotFile>;
  bytes: number;
  loadedAt: Date;
}

async function directoryId(dir: string): Promise<string> {
  const s = await stat(dir);
  if (!s.isDirectory()) throw new Error(`${dir} is not a directory`);
  return `${s.dev}:${s.ino}`;
}

function variant(body: Buffer, tag: string, suffix = ''): Variant {
  return { body, etag: `"${tag}${suffix}"` };
}

/** The compressed form in `file`, if it decodes to `body` exactly; a stale or broken one is left out. */
async function checkedVariant(file: string, body: Buffer, decode: (data: Buffer) => Buffer, tag: string, suffix: string): Promise<Variant | undefined> {
  const data = await readFile(file);
  try {
    return decode(data).equals(body) ? variant(data, tag, suffix) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads every file under `dir`. `name.gz` / `name.br` written by the build beside a file are
 * its compressed forms, not files of their own — used only when they decode to the file itself
 * (a file edited or copied over after the build keeps no stale compressed twin). A text file
 * without a valid .gz gets one made here (gzip is fast), so any directory is served compressed.
 */
export async function loadSnapshot(dir: string): Promise<Snapshot> {
  const id = await directoryId(dir);
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
  const present = new Set(names);
  const isVariant = (name: string) => /\.(gz|br)$/.test(name) && present.has(name.slice(0, -3));
  const files = new Map<string, SnapshotFile>();
  let bytes = 0;
  await mapLimit(
    names.filter((name) => !isVariant(name)),
    64,
    async (name) => {
      const full = path.join(dir, name);
      const [body, info] = await Promise.all([readFile(full), stat(full)]);
      const tag = createHash('sha1').update(body).digest('base64url').slice(0, 20);
      const file: SnapshotFile = {
        type: contentType(name),
        cacheControl: cacheControl(name),
        lastModified: info.mtime.toUTCString(),
        identity: variant(body, tag),
        encodings: [],
      };
      if (present.has(`${name}.br`)) file.br = await checkedVariant(`${full}.br`, body, brotliDecompressSync, tag, '-br');
      if (present.has(`${name}.gz`)) file.gzip = await checkedVariant(`${full}.gz`, body, gunzipSync, tag, '-gz');
      if (!file.gzip && isCompressible(name)) {
        const gz = gzipSync(body, { level: 6 });
        if (gz.length < body.length) file.gzip = variant(gz, tag, '-gz');
      }
      file.encodings = [...(file.br ? (['br'] as const) : []), ...(file.gzip ? (['gzip'] as const) : []), 'identity'];
      bytes += body.length + (file.br?.body.length ?? 0) + (file.gzip?.body.length ?? 0);
      files.set(name, file);
    },
  );
  // Renamed away (another build swapped in) while being read: the caller tries again.
  if ((await directoryId(dir)) !== id) throw new Error(`${dir} was replaced while being read`);
  return { dir, id, files, bytes, loadedAt: new Date() };
}

export interface BuildWatch {
  /** Reads the directory again now (SIGHUP), switching only when the read is complete. */
  reload(): Promise<Snapshot | undefined>;
  stop(): void;
}

/**
 * Checks every `intervalMs` whether `dir` is a different directory than the one `current`
 * was read from; if so, reads the new build and hands it to `onSnapshot`. While dist/ is
 * missing (between the two renames of a swap) or a read fails, the old build stays.
 */
export function watchBuilds(
  current: () => Snapshot,
  onSnapshot: (snapshot: Snapshot) => void,
  { intervalMs = 1000, onError = (_error: Error) => {} } = {},
): BuildWatch {
  let busy = false;
  const load = async (force: boolean): Promise<Snapshot | undefined> => {
    if (busy) return undefined;
    busy = true;
    try {
      const dir = current().dir;
      const id = await directoryId(dir).catch(() => undefined);
      if (id === undefined || (!force && id === current().id)) return undefined;
      const next = await loadSnapshot(dir);
      onSnapshot(next);
      return next;
    } catch (error) {
      onError(error as Error);
      return undefined;
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void load(false), intervalMs);
  timer.unref();
  return { reload: () => load(true), stop: () => clearInterval(timer) };
}
