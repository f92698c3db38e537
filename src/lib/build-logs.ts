// Which bundler messages the build keeps quiet, and why (README "npm 脚本"): a newcomer should
// see no warning they have to interpret.
//
// Astro's MDX support marks every compiled .mdx module with the directive
// "use astro:head-inject"; Vite 8's bundler (Rolldown) warns that module-level directives
// may not survive bundling. The directive is read by Astro's own plugins before bundling, so
// losing it afterwards changes nothing — a known, harmless Astro bug (withastro/astro#18087),
// printed once per MDX text (7 blocks, ~70 lines). Only that exact message is dropped; every
// other warning, including other MODULE_LEVEL_DIRECTIVE ones, still shows.

/** The part of a bundler log this filter reads (Rolldown's RollupLog). */
export interface BundlerLog {
  code?: string;
  message: string;
}

/** True for the one known harmless warning the build does not print. */
export function isKnownHarmless(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** A Vite `build.rolldownOptions.onLog` that drops the known harmless warning and passes on the rest. */
export function quietBundlerLog<Level extends string, Log extends BundlerLog>(
  level: Level,
  log: Log,
  handler: (level: Level, log: Log) => void,
): void {
  if (level === 'warn' && isKnownHarmless(log)) return;
  handler(level, log);
}
