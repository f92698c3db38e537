// A topic's pack as a Word file named by the topic (…·讲义.docx), written at build time from the
// same handout model as the pack page.
import type { APIRoute } from 'astro';
import { handoutDocx } from '../../../lib/handouts/docx.ts';
import { printedUrl } from '../../../lib/handouts/address.ts';
import { SITE_NAME } from '../../../lib/navigation.ts';
import { topicPaths, type TopicPageProps } from '../../../lib/topics/site-data.ts';
import { DOCX_TYPE } from '../../../lib/handouts/files.ts';

export async function getStaticPaths() {
  return (await topicPaths()).map(({ params, props }) => ({ params: { ...params, file: props.handout.docx.split('/').pop()! }, props }));
}

export const GET: APIRoute<TopicPageProps> = async ({ props }) => {
  const bytes = await handoutDocx(props.handout, { siteName: SITE_NAME, url: printedUrl });
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': DOCX_TYPE } });
};
