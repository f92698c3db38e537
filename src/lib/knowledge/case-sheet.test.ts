import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../content/knowledge.ts';
import { caseSheet, guideCaseNotice } from './case-sheet.ts';

const { kb } = loadKnowledge();
const byId = (id: string) => {
  const c = kb.cases.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c.data;
};

describe('caseSheet', () => {
  it('marks the name and a value stated twice as repeats (shown, left out of the search index)', () => {
    const rows = caseSheet(byId('xinwu-soe-alliance'));
    expect(rows.find((r) => r.key === 'name')!.facts[0]!.repeat).toBe(true);
    expect(rows.find((r) => r.key === 'aliases')!.facts[0]!.repeat).toBeUndefined();
    const distinction = rows.find((r) => r.key === 'distinctions')!.facts[0]!;
    expect(distinction.text).toBe(rows.find((r) => r.key === 'aliases')!.facts[0]!.text);
    expect(distinction.repeat).toBe(true);
  });

  it('gives an alliance its stated facts with the date at its precision', () => {
    const rows = caseSheet(byId('hongfan-alliance'));
    const keys = rows.map((r) => r.key);
    expect(keys.slice(0, 5)).toEqual(['name', 'founded', 'leadUnits', 'members', 'region']);
    const founded = rows.find((r) => r.key === 'founded')!.facts[0]!;
    expect(founded).toMatchObject({ text: '2018 年 4 月', datetime: '2018-04' });
    expect(rows.find((r) => r.key === 'actions')!.list).toBe(true);
    // Every fact carries its quote.
    for (const r of rows) for (const f of r.facts) expect(f.quote.text.length).toBeGreaterThan(1);
  });

  it('gives a guide case its chapter and original page, and says the case text is not held', () => {
    const c = byId('guide-zunyi');
    const rows = caseSheet(c);
    expect(rows.find((r) => r.key === 'chapter')!.facts[0]!.text).toBe('第七章　创新基层党组织和党员联系群众方式');
    expect(rows.find((r) => r.key === 'page')!.facts[0]!.text).toBe('第 216 页');
    if (c.kind !== 'guide-case') throw new Error('expected a guide case');
    expect(guideCaseNotice(c)).toBe(
      '本站所据的指南节选只收录了全书目录，不含本案例正文。案例正文见原书第七章“创新基层党组织和党员联系群众方式”，第 216 页，案例点评在第 221 页。',
    );
  });

  it('gives a historical case its account as a list', () => {
    const rows = caseSheet(byId('sanwan-reorganisation'));
    expect(rows.map((r) => r.key)).toEqual(['name', 'account']);
    expect(rows[1]!.facts.length).toBe(4);
  });
});
