import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { elementKinds, pageKind, renderingSample } from './axe-sample.ts';

const kinds = (body: string) => elementKinds(fromHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`));

describe('elementKinds', () => {
  it('names each element with its ancestors, classes, ARIA attributes and whether it holds text', () => {
    expect([...kinds('<main class="b a"><p>text <a href="/x" aria-current="page">link</a></p><p></p></main>')].sort()).toEqual([
      'body',
      'body > main.a.b',
      'body > main.a.b > p',
      'body > main.a.b > p +text',
      'body > main.a.b > p > a[ariaCurrent] +text',
    ]);
  });

  it('tells the same element apart by its context', () => {
    const a = kinds('<aside class="editorial"><p>x</p></aside>');
    const b = kinds('<main><p>x</p></main>');
    expect([...a].some((k) => b.has(k) && k.endsWith('p +text'))).toBe(false);
  });
});

describe('pageKind', () => {
  it('is the first segment and the depth', () => {
    expect(pageKind('/')).toBe('/0');
    expect(pageKind('/glossary/')).toBe('glossary/1');
    expect(pageKind('/glossary/x/')).toBe('glossary/2');
    expect(pageKind('/cases/region/r1/')).toBe('cases/3');
  });
});

describe('renderingSample', () => {
  it('takes the first page of each kind, then covers every element kind', () => {
    const pages = new Map([
      ['/g/a/', new Set(['p', 'a'])],
      ['/g/b/', new Set(['p', 'a'])],
      ['/g/c/', new Set(['p', 'table'])],
      ['/h/', new Set(['p'])],
    ]);
    expect(renderingSample(pages)).toEqual(['/g/a/', '/h/', '/g/c/']);
  });

  it('covers every kind of every page', () => {
    const pages = new Map<string, Set<string>>();
    for (let i = 0; i < 40; i++) pages.set(`/x/${i}/`, new Set([`k${i % 7}`, `j${i % 11}`, ...(i === 33 ? ['rare'] : [])]));
    const chosen = renderingSample(pages);
    const covered = new Set(chosen.flatMap((p) => [...pages.get(p)!]));
    for (const set of pages.values()) for (const k of set) expect(covered.has(k), k).toBe(true);
    expect(chosen).toContain('/x/33/');
    expect(chosen.length).toBeLessThan(15);
  });
});
