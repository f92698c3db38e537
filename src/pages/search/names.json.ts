// /search/names.json: the glossary terms and practices the search page offers when a query
// finds nothing (fetched only then; see src/lib/search/suggest.ts).
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../lib/knowledge/site-data.ts';
import { suggestionNames } from '../../lib/search/suggest.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(suggestionNames(await knowledgeBase())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
