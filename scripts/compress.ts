// The build's last step (scripts/build.ts): beside each text file of the build, its brotli
// (name.br, quality 10) and gzip (name.gz, level 9) forms, so the server sends compressed bytes
// without compressing on every request (scripts/serve.ts; nginx: gzip_static). Written only when
// smaller than the file. Deterministic: the same input gives the same bytes (gzip carries no
// time stamp or file name), so two builds stay byte-for-byte identical.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { mapLimit } from './serve/map-limit.ts';
import { isCompressible } from './serve/policy.ts';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export interface CompressionSummary {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

export function gzipBytes(body: Buffer): Promise<Buffer> {
  return gzip(body, { level: 9 });
}

/**
 * Brotli quality 10: on this site's 3.8 MB of text it gives 812 KB for 1.2 s of CPU, where the
 * maximum (11) gives 796 KB for 3.5 s and quality 9 gives 873 KB for 1.8 s.
 */
export const BROTLI_QUALITY = 10;

export function brotliBytes(body: Buffer): Promise<Buffer> {
  const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
  return brotli(body, { params: { [BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT, [BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** Writes name.br and name.gz beside every compressible file under `dir`; returns the totals. */
export async function compressSite(dir: string): Promise<CompressionSummary> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile() && isCompressible(d.name))
    .map((d) => path.join(d.parentPath, d.name));
  const summary: CompressionSummary = { files: names.length, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  // zlib runs these on libuv's thread pool, so every core is used.
  await mapLimit(names, 32, async (file) => {
    const body = await readFile(file);
    const [gz, br] = await Promise.all([gzipBytes(body), brotliBytes(body)]);
    summary.bytes += body.length;
    summary.gzipBytes += Math.min(gz.length, body.length);
    summary.brotliBytes += Math.min(br.length, body.length);
    if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
    if (br.length < body.length) await writeFile(`${file}.br`, br);
  });
  return summary;
}
