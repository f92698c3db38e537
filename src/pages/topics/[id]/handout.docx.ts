// A topic's pack as a Word file, written at build time from the same handout model as the pack page.
import type { APIRoute } from 'astro';
import { handoutDocx } from '../../../lib/handouts/docx.ts';
import { SITE_NAME } from '../../../lib/navigation.ts';
import { withBase } from '../../../lib/paths.ts';
import { topicPaths, type TopicPageProps } from '../../../lib/topics/site-data.ts';

export const getStaticPaths = topicPaths;

export const GET: APIRoute<TopicPageProps> = async ({ props, site }) => {
  const bytes = await handoutDocx(props.handout, { siteName: SITE_NAME, url: (p) => new URL(withBase(p), site).href });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
