// The raw text of each source, served byte for byte at /sources/<id>/raw.txt.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { rawTextOf } from '../../../lib/sources/texts.ts';

export const getStaticPaths = (async () => {
  const sources = await getCollection('sources');
  return sources.map((s) => ({ params: { id: s.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const raw = rawTextOf(params.id ?? '');
  if (raw === undefined) return new Response('not found', { status: 404 });
  return new Response(raw, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
