// remark plugin: paragraph addresses. Ingestion opens each block of a source text with an
// address comment (`{/*p12*/}`); this plugin moves each one onto its block (the logic lives in
// src/lib/ingest/paragraph-address.ts, which the paragraph index shares).
import type { Root } from 'mdast';
import { applyParagraphIds } from '../lib/ingest/paragraph-address.ts';

export function remarkParagraphIds() {
  return (tree: Root): void => applyParagraphIds(tree);
}
