import { describe, expect, it } from 'vitest';
import { originOf, originTag } from './origin.ts';

describe('originOf', () => {
  it('tells source texts, derived pages and editors’ pages apart by URL', () => {
    expect(originOf('/sources/wuxi-alliance/')).toBe('source');
    expect(originOf('/guide/chapter-1/')).toBe('source');
    expect(originOf('/glossary/party-building-alliance/')).toBe('derived');
    expect(originOf('/mechanisms/')).toBe('derived');
    expect(originOf('/topics/prompts/')).toBe('editorial');
    expect(originOf('/about/')).toBe('editorial');
    expect(originTag('/topics/x/')).toBe('<meta data-pagefind-filter="origin[content]" content="editorial">');
  });
});
