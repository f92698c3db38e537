// The YAML frontmatter block of an MDX file: the one splitter the reading-text reader
// (src/lib/content/texts.ts) and the tests share.

/** Splits a file into its YAML frontmatter and its body; undefined when there is no frontmatter block. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  return { frontmatter: m[1]!, body: text.slice(m[0].length) };
}
