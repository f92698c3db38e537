// Runs a real `astro build` in a child process with the given environment.
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import path from 'node:path';
import { ROOT } from './sites.ts';

export interface BuildResult {
  status: number;
  output: string;
}

export function astroBuild(env: Record<string, string>): BuildResult {
  const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status ?? 1, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}
