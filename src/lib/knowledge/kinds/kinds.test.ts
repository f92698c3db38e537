import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_COLLECTIONS } from '../../../schemas/knowledge.ts';
import { topicReadingSchema } from '../../../schemas/topic.ts';
import { idsAt } from '../../content/knowledge-checks.ts';
import { KINDS, READING_KINDS, kindNamed } from './index.ts';

describe('the table of kinds', () => {
  it('declares every knowledge collection once, in the schemas’ order, with its own name', () => {
    expect(KINDS.map((k) => k.collection)).toEqual(KNOWLEDGE_COLLECTIONS);
    expect(new Set(KINDS.map((k) => k.name)).size).toBe(KINDS.length);
  });

  it('lets a topic read exactly the kinds that declare a reading', () => {
    for (const kind of KINDS) {
      expect(topicReadingSchema.safeParse({ [kind.name]: 'some-id' }).success, kind.name).toBe(Boolean(kind.reading));
    }
    expect(READING_KINDS.map((k) => k.name)).toEqual(['case', 'mechanism', 'framework', 'practice', 'term']);
  });

  it('references only kinds (or framework dimensions)', () => {
    for (const kind of KINDS) for (const ref of kind.references ?? []) expect(ref.to === 'dimension' || kindNamed(ref.to) !== undefined, `${kind.name} → ${ref.to}`).toBe(true);
  });

  it('routes entries to their pages', () => {
    expect(KINDS.map((k) => k.href('x'))).toEqual(['/cases/x/', '/cases/#x', '/mechanisms/#x', '/frameworks/x/', '/practices/x/', '/glossary/x/', '/timeline/#x', '/frameworks/compare/']);
  });
});

describe('idsAt', () => {
  it('finds the ids a reference names, with their field paths', () => {
    const data = { practices: ['a', 'b'], models: [{ model: 'm1' }, { model: 'm2' }], representatives: { value: ['c'] }, left: 'fw' };
    expect(idsAt(data, 'practices')).toEqual([['practices[0]', 'a'], ['practices[1]', 'b']]);
    expect(idsAt(data, 'models[].model')).toEqual([['models[0].model', 'm1'], ['models[1].model', 'm2']]);
    expect(idsAt(data, 'representatives.value')).toEqual([['representatives.value[0]', 'c']]);
    expect(idsAt(data, 'left')).toEqual([['left', 'fw']]);
    expect(idsAt(data, 'missing[].x')).toEqual([]);
  });
});
