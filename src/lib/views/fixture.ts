// Test data for the view tests: the small knowledge fixture, the real source records and a
// handout context built the way the site builds it (src/lib/topics/site-data.ts).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { sourceSchema, type Source } from '../../schemas/source.ts';
import { sourceIds } from '../content/sources.ts';
import { loadFixtureKb } from '../content/test-fixture.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { HandoutContext } from '../topics/site-data.ts';

const SOURCES = resolve(import.meta.dirname, '../../../content/sources');

/** The site's source records by id, in the upstream order. */
export function fixtureSources(): Map<string, Source & { id: string }> {
  const records = sourceIds(resolve(SOURCES, '..')).map((id) => ({ id, ...sourceSchema.parse(parse(readFileSync(join(SOURCES, id, 'source.yaml'), 'utf8'))) }));
  return new Map(records.sort((a, b) => a.order - b.order).map((s) => [s.id, s]));
}

export function fixture(): { kb: KnowledgeBase; sources: Map<string, Source & { id: string }>; ctx: HandoutContext } {
  const kb = loadFixtureKb();
  const sources = fixtureSources();
  const titles = Object.fromEntries([...sources].map(([id, s]) => [id, s.title]));
  return { kb, sources, ctx: { kb, titles, sources, references: Object.fromEntries([...sources.keys()].map((id) => [id, `ref ${id}`])) } };
}
