// The comparison table of /frameworks/compare/ as a Word file named by the table, written at build
// time from the same rows as the page (src/lib/handouts/tables.ts).
import type { APIRoute } from 'astro';
import { knowledgeBase, sourceInfos } from '../../../lib/knowledge/site-data.ts';
import { frameworkTable, tableDocxHref } from '../../../lib/handouts/tables.ts';
import { tableDocx } from '../../../lib/handouts/docx.ts';
import { printedUrl } from '../../../lib/handouts/address.ts';
import { DOCX_TYPE } from '../../../lib/handouts/files.ts';
import { SITE_NAME } from '../../../lib/navigation.ts';

export async function getStaticPaths() {
  const table = frameworkTable(await knowledgeBase(), await sourceInfos());
  return [{ params: { file: tableDocxHref(table).split('/').pop()! }, props: { table } }];
}

export const GET: APIRoute = async ({ props }) => {
  const bytes = await tableDocx(props.table, { siteName: SITE_NAME, url: printedUrl });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': DOCX_TYPE } });
};
