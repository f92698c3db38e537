// A case's handout as a Word file named by the case (…·案例讲义.docx), written at build time
// from the same handout model the case page prints.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { caseDocxName, caseHandout } from '../../../lib/handouts/case-handout.ts';
import { handoutDocx } from '../../../lib/handouts/docx.ts';
import { printedUrl } from '../../../lib/handouts/address.ts';
import { DOCX_TYPE } from '../../../lib/handouts/files.ts';
import { SITE_NAME } from '../../../lib/navigation.ts';
import { handoutContext } from '../../../lib/topics/site-data.ts';

export async function getStaticPaths() {
  return (await getCollection('cases')).map((c) => ({ params: { id: c.id, file: caseDocxName(c.data.name.value) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const ctx = await handoutContext();
  const entry = ctx.kb.cases.find((c) => c.id === params.id)!;
  const bytes = await handoutDocx(caseHandout(entry, ctx.kb, ctx.titles, ctx.references), { siteName: SITE_NAME, url: printedUrl });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': DOCX_TYPE } });
};
