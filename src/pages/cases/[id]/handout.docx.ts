// A case's handout as a Word file, written at build time from the same handout model the
// case page prints.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { caseHandout } from '../../../lib/handouts/case-handout.ts';
import { handoutDocx } from '../../../lib/handouts/docx.ts';
import { SITE_NAME } from '../../../lib/navigation.ts';
import { withBase } from '../../../lib/paths.ts';
import { handoutContext } from '../../../lib/topics/site-data.ts';

export async function getStaticPaths() {
  return (await getCollection('cases')).map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const ctx = await handoutContext();
  const entry = ctx.kb.cases.find((c) => c.id === params.id)!;
  const bytes = await handoutDocx(caseHandout(entry, ctx.kb, ctx.titles, ctx.references), { siteName: SITE_NAME, url: (p) => new URL(withBase(p), site).href });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
