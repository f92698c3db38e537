import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../content/knowledge.ts';
import { loadTopics } from '../content/topics.ts';
import { collectPrompts, promptAnchor } from './prompts.ts';

describe('collectPrompts', () => {
  const { kb } = loadKnowledge();
  const { topics } = loadTopics('content', kb);
  const groups = collectPrompts(topics, kb);
  it('collects every editors’ prompt exactly once, grouped, topics first', () => {
    expect(groups[0]!.label).toBe('专题');
    const collected = groups.flatMap((g) => g.entries.flatMap((e) => e.prompts));
    const expected = [
      ...topics.flatMap((t) => t.data.editorial.prompts),
      ...Object.values(kb).flatMap((entries) => (entries as { data: { editorial?: { prompts?: string[] } | true } }[]).flatMap((e) => (typeof e.data.editorial === 'object' ? (e.data.editorial.prompts ?? []) : []))),
    ];
    expect(collected.sort()).toEqual(expected.sort());
    for (const g of groups) for (const e of g.entries) expect(e.href).toMatch(/^\/[a-z]+\//);
  });

  it('gives every entry a distinct heading anchor, for search results to land on', () => {
    const anchors = groups.flatMap((g) => g.entries.map((e) => e.anchor));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(promptAnchor('/cases/hongfan/')).toBe('prompts-cases-hongfan');
  });
});
