// remark plugin: marks editor's insertions in source texts.
//
// Ingestion never fills a gap or silently fixes a damaged passage; where the
// editor had to say something inside the text (a gap left by a page break, a
// line of uncertain role), it is written in 〔…〕 brackets. This plugin turns
// each bracketed note into <span class="editorial-mark"> so readers can tell
// editor's words from the source's words, on screen and in print.
import type { Root, PhrasingContent } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';

/** Matches one editor's note: full-width tortoise-shell brackets and their content. */
export const EDITORIAL_MARK = /〔[^〔〕\n]{1,200}〕/g;

export function remarkEditorialMarks() {
  return (tree: Root): void => {
    findAndReplace(tree, [
      [
        EDITORIAL_MARK,
        (match: string): PhrasingContent => ({
          type: 'emphasis',
          data: { hName: 'span', hProperties: { className: ['editorial-mark'], title: '编者注' } },
          children: [{ type: 'text', value: match }],
        }),
      ],
    ]);
  };
}
