import { describe, expect, it } from 'vitest';
import { joinBase, stripBase } from './paths.ts';

describe('joinBase', () => {
  it('joins under the root', () => expect(joinBase('/', '/cases/')).toBe('/cases/'));
  it('joins under a sub-path', () => expect(joinBase('/kb/', '/cases/?a=1#x')).toBe('/kb/cases/?a=1#x'));
  it('accepts a base without trailing slash', () => expect(joinBase('/kb', 'search/')).toBe('/kb/search/'));
});

describe('stripBase', () => {
  it('removes the base', () => expect(stripBase('/kb/', '/kb/cases/')).toBe('/cases/'));
  it('leaves other paths alone', () => expect(stripBase('/kb/', '/other/')).toBe('/other/'));
});
