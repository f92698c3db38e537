import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, normalizeQueryText, parseQuery, SHOWN_QUERY_CHARS, shownQuery, tokenFor } from './query.ts';

const include = new Set([',', '。', '-']);
const keys = (q: string) => parseQuery(q, include).terms.map((t) => t.tokens.map((k) => (k ? k.form : null)));

describe('parseQuery', () => {
  it('makes one term per space-separated word (ASCII, full-width and no-break spaces)', () => {
    expect(keys('联席轮值 双报到\u3000三会一课\u00a0党')).toEqual([
      ['联', '席', '轮', '值'],
      ['双', '报', '到'],
      ['三', '会', '一', '课'],
      ['党'],
    ]);
  });

  it('lower-cases Latin letters, folds full-width ones and drops repeated terms', () => {
    expect(keys('APP app Ａpp')).toEqual([['a', 'p', 'p']]);
  });

  it('keeps indexed punctuation and marks characters no page can contain', () => {
    // The full-width comma folds to the ASCII one (fold.ts); the site's table adds its own forms.
    expect(keys('联盟，机制')).toEqual([['联', '盟', ',', '机', '制']]);
    expect(keys('党建？')).toEqual([['党', '建', null]]);
  });

  it('indexes accented letters under their base letter, keeping the exact form', () => {
    expect(tokenFor('É', include)).toEqual({ key: 'e', form: 'é' });
    expect(tokenFor('😀', include)).toEqual({ key: '😀', form: '😀' });
    expect(tokenFor('<', include)).toBeNull();
  });

  it('ignores format characters and cuts very long input', () => {
    expect(keys('\u200B党\u200D建\uFEFF')).toEqual([['党', '建']]);
    const long = parseQuery('党'.repeat(1000), include);
    expect(long.truncated).toBe(true);
    expect(long.terms[0]!.tokens).toHaveLength(MAX_QUERY_CHARS);
    expect(parseQuery('   ', include).terms).toEqual([]);
  });

  it('normalises the query text for the URL', () => {
    expect(normalizeQueryText('  联席\u3000 轮值  ')).toBe('联席 轮值');
  });
});

describe('shownQuery', () => {
  it('shows short queries whole and cuts long ones with an ellipsis', () => {
    expect(shownQuery('联席轮值')).toBe('联席轮值');
    const long = '党'.repeat(1000);
    expect(shownQuery(long)).toBe(`${'党'.repeat(SHOWN_QUERY_CHARS)}…`);
    expect(shownQuery('党'.repeat(SHOWN_QUERY_CHARS))).toBe('党'.repeat(SHOWN_QUERY_CHARS));
  });
});
