// A topic's pack as a Word file, written at build time from the same handout model as the pack page.
import type { APIRoute } from 'astro';
import { handoutDocx } from '../../../lib/handouts/docx.ts';
import { SITE_NAME } from '../../../lib/navigation.ts';
import { withBase } from '../../../lib/paths.ts';
import { topicHandout } from '../../../lib/topics/readings.ts';
import { handoutContext, topicEntries } from '../../../lib/topics/site-data.ts';

export async function getStaticPaths() {
  return (await topicEntries()).map((t) => ({ params: { id: t.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const topic = (await topicEntries()).find((t) => t.id === params.id)!;
  const ctx = await handoutContext();
  const h = topicHandout(topic, ctx.kb, ctx.titles, ctx.references);
  const bytes = await handoutDocx(h, { siteName: SITE_NAME, url: (p) => new URL(withBase(p), site).href });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
