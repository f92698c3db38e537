// A pack's running foot: the topic's name and the page number in the bottom margin of every
// printed page. CSS @page margin boxes cannot read text from the document, so each pack links
// this small stylesheet of its own (no inline style: the Content-Security-Policy forbids it).
// Chromium prints margin boxes from version 131; older browsers print the pack without the foot.
import type { APIRoute } from 'astro';
import { printFootCss } from '../../../lib/handouts/print-foot.ts';
import { topicPaths, type TopicPageProps } from '../../../lib/topics/site-data.ts';

export const getStaticPaths = topicPaths;

export const GET: APIRoute<TopicPageProps> = ({ props }) =>
  new Response(printFootCss(props.handout), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
