import { describe, expect, it } from 'vitest';
import { directiveWords, fragmentToFollow, idOf } from './landing-probe.ts';

const href = `/sources/wuxi-alliance/#p94:~:text=${encodeURIComponent('参加“')}-,${encodeURIComponent('三会一课')},-${encodeURIComponent('”等')}`;

describe('following a link on its page', () => {
  it('follows a link with a text directive by the directive alone, when asked', () => {
    expect(fragmentToFollow(href, true)).toBe(`#${href.slice(href.indexOf(':~:'))}`);
    expect(fragmentToFollow(href, false)).toBe(href.slice(href.indexOf('#')));
    expect(fragmentToFollow('/cases/x/#p12', true)).toBe('#p12');
    expect(fragmentToFollow('/cases/x/', true)).toBe('');
  });

  it('reads the words a directive highlights and the id a link names', () => {
    expect(directiveWords(href)).toBe('三会一课');
    expect(directiveWords(`/x/#:~:text=${encodeURIComponent('联席轮值')}`)).toBe('联席轮值');
    expect(directiveWords('/x/#p1')).toBe('');
    expect(idOf(href)).toBe('p94');
  });
});
