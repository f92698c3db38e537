// Builds a nested table of contents from the flat heading list Astro gives for MDX.

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Nests headings of depth minDepth..maxDepth; deeper or shallower ones are skipped. */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: { depth: number; entry: TocEntry }[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const entry: TocEntry = { slug: h.slug, text: h.text, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.entry.children : root).push(entry);
    stack.push({ depth: h.depth, entry });
  }
  return root;
}
