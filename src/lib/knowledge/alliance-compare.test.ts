import { describe, expect, it } from 'vitest';
import type { AllianceCase } from '../../schemas/knowledge.ts';
import { loadKnowledge } from '../content/knowledge.ts';
import { compareAlliances } from './alliance-compare.ts';
import type { Entry } from './types.ts';

const { kb } = loadKnowledge();
const alliances = kb.cases.filter((c): c is Entry<AllianceCase> => c.data.kind === 'alliance');

describe('compareAlliances', () => {
  const cmp = compareAlliances(alliances, kb.models);
  it('has one column per alliance, oldest first', () => {
    expect(cmp.alliances).toHaveLength(7);
    const dates = cmp.alliances.map((a) => a.data.founded.value);
    expect([...dates].sort()).toEqual(dates);
  });
  it('has the six rows, each cell as long as the alliances, every fact with its quote', () => {
    expect(cmp.rows.map((r) => r.label)).toEqual(['联盟模式', '成立时间', '牵头单位', '成员规模', '地区', '主要行动']);
    for (const row of cmp.rows) {
      expect(row.cells).toHaveLength(7);
      for (const cell of row.cells) for (const f of cell) expect(f.quote.text.length).toBeGreaterThan(1);
    }
    // Every alliance has a model and a founding date.
    expect(cmp.rows[0]!.cells.every((c) => c.length >= 1)).toBe(true);
    expect(cmp.rows[1]!.cells.every((c) => c.length === 1)).toBe(true);
  });
  it('lists an alliance under each of its models', () => {
    const i = cmp.alliances.findIndex((a) => a.data.listedUnderSeveralModels);
    expect(cmp.rows[0]!.cells[i]!.length).toBeGreaterThan(1);
  });
});
