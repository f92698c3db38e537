// Writes the offline edition: dist/ post-processed into dist-offline/ (pages opened from disk,
// search included; see README 离线版) and a zip of it named with the build date. The logic of
// each step is pure and lives in src/lib/offline/; this file reads and writes the files:
//   pages (.html)          → offlinePage(): relative file links, CSP meta, classic scripts
//   search data files      → x.js beside where x was (data-script.ts), fragments/names in file form
//   module scripts         → bundled by rolldown into classic (IIFE) scripts of the same name
//                            (their shared chunks are inlined, so the chunks themselves are not shipped)
//   sitemaps, .gz/.br      → left out (for crawlers / for servers)
//   everything else        → copied (CSS, Word files, printable packs, raw texts, icons)
//
//   node scripts/offline/edition.ts [dist] [dist-offline]
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { rolldown } from 'rolldown';
import { listFiles } from '../../src/lib/files.ts';
import { buildDate, isEditionZip, zipName, type BuildDate } from '../../src/lib/offline/edition.ts';
import { offlinePage, offlineNames } from '../../src/lib/offline/html.ts';
import { dataScript, dataScriptPath } from '../../src/lib/offline/data-script.ts';
import { isSearchData, offlineFragment } from '../../src/lib/offline/search-data.ts';
import { siteBase, siteUrl } from '../../src/lib/site-env.ts';
import { UI } from '../../src/lib/ui/zh-CN.ts';

export interface EditionReport {
  dir: string;
  zip: string;
  files: number;
  bytes: number;
  zipBytes: number;
  /** Bytes of the served site the edition was made from (.gz/.br left out). */
  servedBytes: number;
  date: BuildDate;
}

/** Precompressed copies another step may write for servers: never part of the edition. */
const isServerOnly = (f: string): boolean => /\.(gz|br)$/.test(f) || /^sitemap[^/]*\.xml$/.test(f);

/** Files that are already compressed: stored in the zip as they are. */
const isCompressed = (f: string): boolean => /\.(docx|zip|png|jpe?g|gif|webp|woff2?)$/.test(f);

/** JavaScript Vite built (astro.config.mjs: build.assets): module scripts and their chunks, replaced by bundles. */
const isBuiltModule = (f: string): boolean => f.startsWith('_assets/') && f.endsWith('.js');

/** Bundles a module script (and the chunks it imports) into one classic script. */
async function classicScript(file: string): Promise<string> {
  const bundle = await rolldown({ input: file, platform: 'browser', logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

export async function writeOfflineEdition(dist: string, outDir: string, env: Record<string, string | undefined> = process.env): Promise<EditionReport> {
  const base = siteBase(env);
  const date = buildDate(env);
  const all = listFiles(dist);
  const files = all.filter((f) => !isServerOnly(f));
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const write = (rel: string, data: string | Uint8Array): void => {
    const target = path.join(staging, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  };

  // What pages may link to: search data ships as scripts, read by the search page, never linked.
  const linkable = new Set(files.filter((f) => !isSearchData(f)));
  /** Module scripts the pages load (Vite's shared chunks are bundled into each of them). */
  const scripts = new Set<string>();
  const problems: string[] = [];
  const onlineUrl = env.SITE_URL ? `${siteUrl(env)}${base}` : undefined;
  const shownDate = UI.date.day(date.year, date.month, date.day);

  for (const f of files) {
    const source = path.join(dist, f);
    if (f.endsWith('.html')) {
      const result = offlinePage(readFileSync(source, 'utf8'), {
        from: f,
        base,
        files: linkable,
        home: f === 'index.html' ? { date: shownDate, onlineUrl } : undefined,
      });
      for (const url of result.missing) problems.push(`${f}: ${url} names no file of the site`);
      for (const script of result.scripts) scripts.add(script);
      write(f, result.html);
    } else if (isSearchData(f)) {
      let bytes: Uint8Array = readFileSync(source);
      if (f.endsWith('.pf_fragment')) bytes = offlineFragment(bytes);
      else if (f === 'search/names.json') bytes = new TextEncoder().encode(offlineNames(new TextDecoder().decode(bytes)));
      write(dataScriptPath(f), dataScript(f, bytes));
    } else if (!isBuiltModule(f)) {
      write(f, readFileSync(source));
    }
  }
  for (const script of [...scripts].sort()) write(script, await classicScript(path.join(dist, script)));
  if (problems.length > 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`offline edition: ${problems.length} links name no file:\n  ${problems.slice(0, 20).join('\n  ')}`);
  }

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  // Rename, as the build swaps dist/: a half-written edition never stands where the finished one goes.
  renameSync(staging, outDir);

  // The zip: files at its root (a folder is made when it is unpacked; every entry name is
  // ASCII, which every unzip tool reads alike), sorted, all dated the build date.
  const edition = listFiles(outDir);
  const mtime = new Date(Date.UTC(date.year, date.month - 1, date.day, 0, 0, 0));
  const entries: Zippable = {};
  let bytes = 0;
  for (const f of edition) {
    const data = readFileSync(path.join(outDir, f));
    bytes += data.length;
    entries[f] = [data, { mtime, level: isCompressed(f) ? 0 : 9 }];
  }
  const zipDir = path.dirname(outDir);
  for (const old of readdirSync(zipDir)) if (isEditionZip(old)) rmSync(path.join(zipDir, old), { force: true });
  const zip = path.join(zipDir, zipName(date));
  const zipped = zipSync(entries);
  writeFileSync(zip, zipped);
  const servedBytes = all.filter((f) => !/\.(gz|br)$/.test(f)).reduce((n, f) => n + statSync(path.join(dist, f)).size, 0);
  return { dir: outDir, zip, files: edition.length, bytes, zipBytes: zipped.length, servedBytes, date };
}

/** One line for the build log: where, how big, against the served site. */
export function describeEdition(r: EditionReport, cwd = process.cwd()): string {
  const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
  return (
    `build: ${path.relative(cwd, r.dir) || '.'}/ updated (offline edition, ${r.files} files, ${mb(r.bytes)}, ` +
    `${(r.bytes / r.servedBytes).toFixed(2)}× the served site); zip ${path.relative(cwd, r.zip)} (${mb(r.zipBytes)}).`
  );
}

if (import.meta.main) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const out = path.resolve(process.argv[3] ?? `${dist}-offline`);
  console.log(describeEdition(await writeOfflineEdition(dist, out)));
}
