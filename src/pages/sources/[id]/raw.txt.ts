// The raw text of each source, served byte for byte at /sources/<id>/raw.txt.
import type { APIRoute } from 'astro';
import { sourcePaths } from '../../../lib/knowledge/site-data.ts';
import { rawTextOf } from '../../../lib/content/sources.ts';

export const getStaticPaths = sourcePaths;

export const GET: APIRoute = ({ params }) => {
  const raw = rawTextOf(params.id ?? '');
  if (raw === undefined) return new Response('not found', { status: 404 });
  return new Response(raw, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
