import { describe, expect, it } from 'vitest';
import { quietBundlerLog } from './build-logs.ts';

const mdxDirective = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use astro:head-inject" in "content/texts/a/text.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

function passed(level: string, log: { code?: string; message: string }): boolean {
  let seen = false;
  quietBundlerLog(level, log, () => (seen = true));
  return seen;
}

describe('quietBundlerLog', () => {
  it("drops Astro's MDX head-inject directive warning", () => {
    expect(passed('warn', mdxDirective)).toBe(false);
  });

  it('passes on every other warning, including other module-level directives', () => {
    expect(passed('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved when bundling.' })).toBe(true);
    expect(passed('warn', { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency' })).toBe(true);
    expect(passed('error', mdxDirective)).toBe(true);
  });
});
