// Unpacks a Chromium shipped as an npm package (the layout of @sparticuz/chromium and chrome-aws-lambda: bin/chromium.br plus
// bin/*.tar.br holding its shared libraries, SwiftShader and fonts, all brotli-compressed) into a
// cache folder, once per package version. Lets the tests run on a machine without a system Chromium.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export interface UnpackedChromium {
  executablePath: string;
  /** Folders with the package's own shared libraries, for LD_LIBRARY_PATH. */
  libraryPath: string[];
}

/** Unpacks `packageDir` into `cacheDir` unless that version is already there; returns the executable. */
export function unpackChromium(packageDir: string, cacheDir: string): UnpackedChromium {
  const { name, version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
  const stamp = path.join(cacheDir, '.unpacked');
  const result = { executablePath: path.join(cacheDir, 'chromium'), libraryPath: [path.join(cacheDir, 'lib'), cacheDir] };
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${name}@${version}`) return result;

  // Unpack beside the cache folder and rename, so an interrupted run never leaves half a browser.
  const staging = `${cacheDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const bin = path.join(packageDir, 'bin');
  writeFileSync(path.join(staging, 'chromium'), brotliDecompressSync(readFileSync(path.join(bin, 'chromium.br'))));
  chmodSync(path.join(staging, 'chromium'), 0o755);
  for (const archive of readdirSync(bin).filter((f) => f.endsWith('.tar.br'))) {
    // Through a file, not a pipe: tar stops reading at the end-of-archive marker, before the padding.
    const tarFile = path.join(staging, '.unpack.tar');
    writeFileSync(tarFile, brotliDecompressSync(readFileSync(path.join(bin, archive))));
    const tar = spawnSync('tar', ['-x', '--no-same-owner', '-f', tarFile, '-C', staging]);
    rmSync(tarFile);
    if (tar.status !== 0) throw new Error(`Unpacking ${name}/bin/${archive} failed: ${tar.stderr.toString() || tar.error?.message}`);
  }
  writeFileSync(path.join(staging, '.unpacked'), `${name}@${version}`);
  // Another process may have unpacked the same version meanwhile, and may be running it.
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${name}@${version}`) {
    rmSync(staging, { recursive: true, force: true });
    return result;
  }
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(path.dirname(cacheDir), { recursive: true });
  renameSync(staging, cacheDir);
  return result;
}
