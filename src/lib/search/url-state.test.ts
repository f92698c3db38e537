import { describe, expect, it } from 'vitest';
import { readState, sameState, toggleFilter, writeState } from './url-state.ts';

describe('URL state', () => {
  it('round-trips query and filters', () => {
    const state = readState('?q=%E8%81%94%E5%B8%AD+%E8%BD%AE%E5%80%BC&type=%E6%A1%88%E4%BE%8B&source=B&source=A&x=1');
    expect(state).toEqual({ q: '联席 轮值', filters: { type: ['案例'], source: ['A', 'B'] } });
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ q: '', filters: {} })).toBe('');
  });

  it('normalises whitespace and keeps hostile text as plain data', () => {
    const q = '"><img src=x onerror=alert(1)>';
    const state = readState(new URLSearchParams({ q: `  ${q}\u3000` }));
    expect(state.q).toBe(q);
    expect(readState(writeState(state)).q).toBe(q);
  });

  it('toggles filter values and compares states', () => {
    const a = toggleFilter({ q: '党建', filters: {} }, 'type', '案例', true);
    expect(a.filters).toEqual({ type: ['案例'] });
    expect(toggleFilter(a, 'type', '案例', false).filters).toEqual({});
    expect(sameState(a, readState(writeState(a)))).toBe(true);
    expect(sameState(a, { q: '党建', filters: {} })).toBe(false);
  });
});
