import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it('separates the YAML block from the body', () => {
    expect(splitFrontmatter('---\na: 1\n---\nbody')).toEqual({ frontmatter: 'a: 1', body: 'body' });
    expect(splitFrontmatter('---\na: 1\n---')).toEqual({ frontmatter: 'a: 1', body: '' });
    expect(splitFrontmatter('---\r\na: 1\r\n---\r\nbody')).toEqual({ frontmatter: 'a: 1', body: 'body' });
    expect(splitFrontmatter('no frontmatter')).toBeUndefined();
  });
});
