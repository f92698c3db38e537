import { describe, expect, it } from 'vitest';
import { collectQuotes, formatPath } from './quotes.ts';

describe('collectQuotes', () => {
  it('finds every quote with its field path, in order', () => {
    const data = {
      name: { value: 'x', quote: { source: 'a', text: 't1' } },
      quotes: [{ source: 'b', text: 't2' }],
      nested: { list: [{ value: 1, quote: { source: 'c', text: 't3' } }] },
      other: { source: 'not a quote' },
    };
    expect(collectQuotes(data).map((q) => `${q.field}=${q.quote.text}`)).toEqual([
      'name.quote=t1',
      'quotes[0]=t2',
      'nested.list[0].quote=t3',
    ]);
  });
});

describe('formatPath', () => {
  it('formats zod paths', () => {
    expect(formatPath(['models', 0, 'quote', 'text'])).toBe('models[0].quote.text');
    expect(formatPath([])).toBe('(entry)');
  });
});
