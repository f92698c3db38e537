// `npm install --omit=dev && npm start` must work on a server (README "快速开始"): everything the
// build and the server import — astro.config.mjs, scripts/build.ts, scripts/serve.ts and what
// they import, and every file under src/ that Astro builds — comes from "dependencies", never
// from a devDependency. (Type-only imports are erased and need nothing at run time.)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** Specifiers a module imports at run time (import … from, import '…', import('…'), export … from). */
export function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*import\s+(?!type\s)(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/gm,
    /^\s*export\s+(?!type\s)[\w*{}\s,$]+\s+from\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]!);
  return found;
}

/** The npm package a bare specifier names ("@astrojs/mdx/x" → "@astrojs/mdx"), or undefined for files, built-ins and virtual modules. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:') || specifier.startsWith('astro:') || specifier.startsWith('virtual:')) return undefined;
  if (builtinModules.includes(specifier.split('/')[0]!)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.mjs`, `${base}.js`, path.join(base, 'index.ts')].find((f) => existsSync(f) && !readdirSafe(f));
}
function readdirSafe(f: string): boolean {
  try {
    readdirSync(f);
    return true;
  } catch {
    return false;
  }
}

/** Every module reachable through relative imports from the entry points, with the packages each imports. */
function packagesUsedBy(entries: string[]): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      const name = packageOf(specifier);
      if (name) {
        if (!used.has(name)) used.set(name, new Set());
        used.get(name)!.add(path.relative(ROOT, file));
      } else if (specifier.startsWith('.')) {
        const local = resolveLocal(file, specifier);
        if (local && !local.includes('node_modules')) queue.push(local);
      }
    }
  }
  return used;
}

const siteSources = readdirSync(path.join(ROOT, 'src'), { recursive: true })
  .map(String)
  .filter((f) => /\.(ts|mjs|js|astro)$/.test(f) && !/\.test\.ts$/.test(f))
  .map((f) => path.join(ROOT, 'src', f));

describe('what npm start needs', () => {
  it('imports only packages from "dependencies"', () => {
    const used = packagesUsedBy([path.join(ROOT, 'astro.config.mjs'), path.join(ROOT, 'scripts/build.ts'), path.join(ROOT, 'scripts/serve.ts'), path.join(ROOT, 'scripts/node.mjs'), ...siteSources]);
    expect(used.has('astro')).toBe(true);
    expect(used.has('negotiator')).toBe(true);
    const notDependencies = [...used].filter(([name]) => !(name in pkg.dependencies)).map(([name, files]) => `${name} (${[...files].join(', ')})`);
    expect(notDependencies).toEqual([]);
  });

  it('keeps test and benchmark tools out of "dependencies"', () => {
    for (const tool of ['vitest', 'lighthouse', 'puppeteer-core', 'playwright-core', '@sparticuz/chromium', 'chrome-aws-lambda', 'autocannon', 'axe-core', 'typescript']) {
      expect(pkg.dependencies, tool).not.toHaveProperty(tool);
    }
  });
});

describe('runtimeImports and packageOf', () => {
  it('finds value imports, skips type-only ones, and names the package', () => {
    const source = "import a from 'astro/config';\nimport type { Root } from 'mdast';\nimport { x } from './x.ts';\nimport '@scope/pkg/style.css';\nexport { y } from 'yaml';\nconst m = await import('negotiator');";
    expect(runtimeImports(source).map(packageOf)).toEqual(['astro', undefined, '@scope/pkg', 'yaml', 'negotiator']);
    expect(packageOf('node:fs')).toBeUndefined();
    expect(packageOf('fs')).toBeUndefined();
    expect(packageOf('astro:content')).toBeUndefined();
  });
});
