// `npm run build`: runs `astro build` into a staging directory, writes the compressed forms of
// its text files there (scripts/compress.ts), and swaps it into place only when the build
// succeeded, so a failed build (bad content, a type error in a page …) leaves the previous site
// untouched, and a server watching dist/ (scripts/serve.ts) only ever sees complete builds.
// Honours SITE_OUT_DIR (default dist/); other arguments are passed on to `astro build`.
//
//   node scripts/build.ts [astro build options]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SITE_URL } from '../src/lib/site-env.ts';
import { compressSite } from './compress.ts';
import { describeEdition, writeOfflineEdition } from './offline/edition.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Files a complete build always contains; a "successful" build without them is a failure. */
export const REQUIRED_OUTPUT = ['index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind-entry.json'];

/**
 * Where to build before swapping: inside .tmp/ when that is on the same file system as the
 * output directory (so the swap is a rename), next to the output directory otherwise.
 */
export function stagingDirFor(outDir: string, root = ROOT, id = String(process.pid)): string {
  const parent = path.dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tmp = path.join(root, '.tmp', 'build-staging');
  mkdirSync(tmp, { recursive: true });
  const name = `${path.basename(outDir)}-${id}`;
  return statSync(tmp).dev === statSync(parent).dev ? path.join(tmp, name) : path.join(parent, `.${name}.staging`);
}

/** Replaces `outDir` with `staging` (two renames; the old output is removed afterwards). */
export function swapInto(staging: string, outDir: string): void {
  const old = `${outDir}.old-${process.pid}`;
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, old);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadOld) renameSync(old, outDir);
    throw error;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

/** A warning when the public address is not set, or undefined. */
export function siteUrlWarning(env: Record<string, string | undefined>): string | undefined {
  if (env.SITE_URL) return undefined;
  return (
    `build: 提示——未设置 SITE_URL：打印讲义和 Word 文件中的网址只写站内路径（如 /cases/hongfan-alliance/#p88），规范网址和站点地图用 ${DEFAULT_SITE_URL}。\n` +
    'build: 请设置读者访问本站的地址，例如 SITE_URL=https://dangjian.example.cn npm run build（或 SITE_URL=http://内网地址:4321 npm start）'
  );
}

async function main(): Promise<number> {
  const warning = siteUrlWarning(process.env);
  if (warning) console.warn(warning);
  const outDir = path.resolve(ROOT, process.env.SITE_OUT_DIR ?? 'dist');
  const staging = stagingDirFor(outDir);
  rmSync(staging, { recursive: true, force: true });
  const cleanUp = (): void => rmSync(staging, { recursive: true, force: true });
  process.on('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });

  const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: staging },
  });
  const relOut = path.relative(process.cwd(), outDir) || '.';
  const status = run.status ?? 1;
  const missing = status === 0 ? REQUIRED_OUTPUT.filter((f) => !existsSync(path.join(staging, f))) : [];
  if (status !== 0 || missing.length > 0) {
    cleanUp();
    const why = status !== 0 ? `astro build exited with ${run.signal ?? status} (the error is printed above)` : `the build lacks ${missing.join(', ')}`;
    console.error(`\nbuild: FAILED — ${why}.\nbuild: ${relOut}/ was left unchanged.`);
    return status !== 0 ? status : 1;
  }
  const started = performance.now();
  let packed;
  try {
    packed = await compressSite(staging);
  } catch (error) {
    cleanUp();
    console.error(`\nbuild: FAILED — compressing the build: ${(error as Error).message}.\nbuild: ${relOut}/ was left unchanged.`);
    return 1;
  }
  const kb = (n: number) => `${Math.round(n / 1000).toLocaleString('en')} KB`;
  console.log(
    `build: ${packed.files} text files compressed in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(${kb(packed.bytes)} → brotli ${kb(packed.brotliBytes)}, gzip ${kb(packed.gzipBytes)}).`,
  );
  swapInto(staging, outDir);
  console.log(`build: ${relOut}/ updated.`);
  // The offline edition (opened from disk, search included) beside it: dist-offline/ and a dated zip.
  try {
    console.log(describeEdition(await writeOfflineEdition(outDir, `${outDir}-offline`)));
  } catch (error) {
    console.error(`\nbuild: the offline edition FAILED — ${(error as Error).message}`);
    return 1;
  }
  if (warning) console.warn(warning.split('\n')[0]);
  return 0;
}

if (import.meta.main) process.exit(await main());
