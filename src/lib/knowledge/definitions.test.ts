import { describe, expect, it } from 'vitest';
import { knowledgeOf } from '../content/knowledge.ts';
import { occurrencesOf } from '../sources/occurrences.ts';
import { definesTerm } from './definitions.ts';

describe('definesTerm', () => {
  it('knows a sentence that says what the term is', () => {
    expect(definesTerm('党委办事机构一般指党委为加强……而设立的常设办事机构', ['党委办事机构'])).toBe(true);
    expect(definesTerm('其中，政治判断力具体指党员于复杂环境当中去识别政治问题的那种能力', ['政治判断力'])).toBe(true);
    expect(definesTerm('当前基层党建关键要做好“两个全覆盖”工作，即推动……的全覆盖', ['两个全覆盖'])).toBe(true);
    expect(definesTerm('系统论观点认为，系统是由相互间具有有机联系的诸要素构成的整体', ['系统'])).toBe(true);
  });
  it('does not take a heading, a founding or a passing use for a definition', () => {
    expect(definesTerm('四、实现党的组织设置和党的工作的“双覆盖”', ['双覆盖'])).toBe(false);
    expect(definesTerm('（二）避免把党建孤立化，使党建、业务“两张皮”的做法', ['两张皮'])).toBe(false);
    expect(definesTerm('无锡中心城区首个区域化党建联盟梁溪党建联盟成立', ['区域化党建联盟'])).toBe(false);
  });
});

describe('the terms of the knowledge model', () => {
  const kb = knowledgeOf();
  it('quote as definitions only sentences that define the term, or that an editor judged to', () => {
    const not = kb.terms.flatMap((t) =>
      t.data.definitions.filter((d) => !d.judgement && !definesTerm(d.text, [t.data.name, ...t.data.aliases])).map((d) => `${t.id}: ${d.text}`),
    );
    expect(not).toEqual([]);
  });

  it('keep each term within its own boundaries (系统 is not 系统性; 社会组织 is not 社会组织形式)', () => {
    const term = (id: string) => kb.terms.find((t) => t.id === id)!.data;
    const system = occurrencesOf({ forms: [term('system').name, ...term('system').aliases], excludes: term('system').excludes });
    for (const l of system) for (const h of l.hits) expect(l.sentence.slice(h.start, h.end + 1), l.sentence).not.toMatch(/^系统[性化]/);
    expect(system.some((l) => /信息系统|行业、系统/.test(l.sentence) && l.hits.length === 1 && /信息系统|行业、系统/.test(l.sentence.slice(l.hits[0]!.start - 3, l.hits[0]!.end)))).toBe(false);
    const social = occurrencesOf({ forms: [term('social-organisations').name], excludes: term('social-organisations').excludes });
    for (const l of social) for (const h of l.hits) expect(l.sentence.slice(h.start, h.end + 2)).not.toBe('社会组织形式');
  });

  it('have entries for the everyday terms the texts use', () => {
    const names = new Set(kb.terms.map((t) => t.data.name));
    for (const name of ['两学一做', '服务型党组织', '学习型党组织', '领导核心作用', '党内政治生活', '创先争优']) {
      expect(names.has(name), name).toBe(true);
      expect(occurrencesOf({ forms: [name] }).length, name).toBeGreaterThan(0);
    }
  });
});
