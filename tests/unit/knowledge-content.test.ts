// The real knowledge content: counts, every quote verbatim in its source, integrity,
// and the specific facts the sources state.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/lib/content/knowledge.ts';
import { loadSourceTexts } from '../../src/lib/content/sources.ts';
import { findQuote, indexRaw, normaliseQuote } from '../../src/lib/knowledge/quote.ts';
import { collectQuotes } from '../../src/lib/knowledge/quotes.ts';
import { countPoints } from '../../src/lib/knowledge/frameworks.ts';
import { formatIssue } from '../../src/lib/content/errors.ts';
import type { Entry } from '../../src/lib/knowledge/types.ts';
import type { AllianceCase, Case } from '../../src/schemas/knowledge.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { kb, issues } = loadKnowledge({ root: ROOT });
const alliances = kb.cases.filter((c): c is Entry<AllianceCase> & Entry<Case> => c.data.kind === 'alliance');
const byId = <T>(list: Entry<T>[], id: string): T => {
  const e = list.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e.data;
};

describe('knowledge content is valid', () => {
  it('has no schema, reference or quote problems', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });
});

describe('every quote occurs verbatim in its raw source (whitespace removed on both sides)', () => {
  const sources = loadSourceTexts(join(ROOT, 'content/sources'));
  const indexed = Object.fromEntries(Object.entries(sources).map(([id, raw]) => [id, indexRaw(raw)]));
  const all = (Object.entries(kb) as [string, Entry<unknown>[]][]).flatMap(([collection, entries]) =>
    entries.flatMap((e) => collectQuotes(e.data).map((q) => ({ file: e.file ?? `${collection}/${e.id}`, ...q }))),
  );

  it('finds many quotes to check', () => {
    expect(all.length).toBeGreaterThan(400);
  });

  it('finds each one', () => {
    const missing = all
      .filter(({ quote }) => {
        const raw = indexed[quote.source];
        return !raw || !findQuote(raw, quote.text);
      })
      .map(({ file, field, quote }) => `${file} ${field} [${quote.source}] ${quote.text}`);
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('the raw sources are the byte-identical originals this check relies on', () => {
    // A quote test passes trivially if a raw file is emptied; guard the sizes.
    const sizes = Object.fromEntries(
      Object.keys(sources).map((id) => [id, readFileSync(join(ROOT, 'content/sources', id, 'raw.txt')).length]),
    );
    expect(sizes).toEqual({
      'wuxi-alliance': 15450,
      'four-dimensions': 28292,
      'urban-integration': 24290,
      'multi-dimensions': 16520,
      'practice-guide': 19432,
    });
  });
});

describe('counts', () => {
  it('7 Wuxi alliances', () => {
    expect(alliances.length).toBe(7);
    expect(alliances.every((c) => c.data.source === 'wuxi-alliance')).toBe(true);
  });
  it('4 alliance models', () => expect(kb.models.length).toBe(4));
  it('7 operating mechanisms', () => expect(kb.mechanisms.length).toBe(7));
  it('12 sub-points in four-dimensions and 12 in multi-dimensions', () => {
    const fd = byId(kb.frameworks, 'fd-four-dimensions');
    const md = byId(kb.frameworks, 'md-four-dimensions');
    expect([fd.source, fd.dimensions.length, countPoints(fd)]).toEqual(['four-dimensions', 4, 12]);
    expect([md.source, md.dimensions.length, countPoints(md)]).toEqual(['multi-dimensions', 4, 12]);
    for (const d of [...fd.dimensions, ...md.dimensions]) expect(d.points.length, d.id).toBe(3);
  });
  it('at least 30 practices, drawn from all five sources', () => {
    expect(kb.practices.length).toBeGreaterThanOrEqual(30);
    expect(new Set(kb.practices.map((p) => p.data.source)).size).toBe(5);
  });
  it('at least 30 terms', () => expect(kb.terms.length).toBeGreaterThanOrEqual(30));
  it('9 guide cases, one per chapter, none holding the case text', () => {
    const guide = kb.cases.filter((c) => c.data.kind === 'guide-case');
    expect(guide.length).toBe(9);
    const chapters = guide.map((c) => (c.data.kind === 'guide-case' ? c.data.chapter.value.number : 0)).sort((a, b) => a - b);
    expect(chapters).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(guide.every((c) => c.data.kind === 'guide-case' && c.data.hasCaseText === false)).toBe(true);
  });
});

describe('facts the sources state', () => {
  it('names the seven alliances', () => {
    expect(alliances.map((c) => normaliseQuote(c.data.name.value)).sort()).toEqual(
      [
        '红帆党建联盟',
        '无锡高新区（新吴区）国企党建联盟',
        '无锡“融·媒+”党建联盟',
        '“校企（社）党建联盟”',
        '梁溪党建联盟',
        '无锡市民营企业“非公党建·红色先锋”商会党建联盟',
        '锡山区“为尚”党建联盟',
      ].sort(),
    );
  });

  it('gives founding dates at the precision stated', () => {
    const founded = Object.fromEntries(alliances.map((c) => [c.id, c.data.founded.value]));
    expect(founded).toEqual({
      'hongfan-alliance': '2018-04',
      'xinwu-soe-alliance': '2018-11',
      'rongmei-alliance': '2019-06',
      'school-enterprise-alliance': '2015-12',
      'liangxi-alliance': '2017-09',
      'red-pioneer-chamber-alliance': '2018-06',
      'weishang-alliance': '2019-06-19',
    });
  });

  it('lists 融·媒+ under models 1 and 2 and flags it; no other alliance is flagged', () => {
    const rongmei = byId(kb.cases, 'rongmei-alliance') as AllianceCase;
    expect(rongmei.models.map((m) => m.model)).toEqual(['model-service-environment', 'model-supply-side']);
    expect(rongmei.listedUnderSeveralModels).toBe(true);
    expect(alliances.filter((c) => c.data.listedUnderSeveralModels).map((c) => c.id)).toEqual(['rongmei-alliance']);
  });

  it('gives each model its representative alliances', () => {
    const reps = Object.fromEntries(kb.models.map((m) => [m.data.number, m.data.representatives.value]));
    expect(reps).toEqual({
      1: ['hongfan-alliance', 'xinwu-soe-alliance', 'rongmei-alliance'],
      2: ['rongmei-alliance', 'school-enterprise-alliance'],
      3: ['liangxi-alliance'],
      4: ['red-pioneer-chamber-alliance', 'weishang-alliance'],
    });
  });

  it('states the mechanisms’ concrete rules', () => {
    const rules = (id: string): string => byId(kb.mechanisms, id).rules.map((r) => normaliseQuote(r.quote.text)).join('|');
    expect(rules('joint-meeting-rotation')).toContain('原则上每季度召开1次联盟联席会议');
    expect(rules('joint-meeting-rotation')).toContain('由1-2个成员单位作为轮值单位');
    expect(rules('joint-meeting-rotation')).toContain('原则上每月组织1次活动');
    expect(rules('resource-sharing')).toContain('约20名党员（不少于10名）组成的党务工作人才库');
    expect(rules('dynamic-management')).toContain('对连续6个月未参与联盟各项活动或主动要求退出的成员单位');
    expect(kb.mechanisms.map((m) => m.data.number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('places the guide cases that name a place', () => {
    const places = Object.fromEntries(
      kb.cases.filter((c) => c.data.kind === 'guide-case' && c.data.region).map((c) => [c.id, c.data.region?.value]),
    );
    expect(Object.values(places).sort()).toEqual(['上海', '山东临朐县', '贵州遵义', '青岛开发区'].sort());
  });

  it('holds the practices the brief names', () => {
    const names = kb.practices.map((p) => normaliseQuote(p.data.name.value));
    for (const n of ['双报到', '支部建在项目上', '支部建在连上', '公推直选', '两推一选', '党员议事会', '民主恳谈会', '党员首议制',
      '网格化党建', '联席轮值', '三会一课', '党建+', '一表统管', '进编不离岗', '双线互动', '智慧党建', '红色物业']) {
      expect(names.some((x) => x.includes(n)), n).toBe(true);
    }
  });

  it('tags every practice with a dimension and a domain, and every practice quote is from a source', () => {
    for (const p of kb.practices) {
      expect(p.data.dimensions.length, p.id).toBeGreaterThan(0);
      expect(p.data.domains.length, p.id).toBeGreaterThan(0);
    }
  });

  it('dates the timeline events the sources state', () => {
    const dates = kb.events.map((e) => e.data.date.value);
    for (const d of ['1850-03', '2017-01-22', '2021-03', '2019-06-19', '2010-03']) expect(dates).toContain(d);
  });

  it('frameworks of urban-integration: four levels with responsibilities, three problems, four countermeasures', () => {
    const levels = byId(kb.frameworks, 'ui-four-level-linkage');
    expect(levels.dimensions.map((d) => d.name.value)).toEqual(['市', '区', '街道', '社区']);
    expect(levels.dimensions.every((d) => d.responsibility)).toBe(true);
    expect(byId(kb.frameworks, 'ui-problems').dimensions.length).toBe(3);
    expect(byId(kb.frameworks, 'ui-countermeasures').dimensions.length).toBe(4);
    expect(byId(kb.frameworks, 'wa-significance').dimensions.length).toBe(3);
    expect(byId(kb.frameworks, 'wa-values').dimensions.length).toBe(4);
  });

  it('the framework comparison is marked editorial (编者对照) and pairs the two four-dimension schemes', () => {
    expect(kb.comparisons.length).toBe(1);
    const cmp = kb.comparisons[0]!.data;
    expect([cmp.editorial, cmp.label, cmp.left, cmp.right]).toEqual([true, '编者对照', 'fd-four-dimensions', 'md-four-dimensions']);
    expect(cmp.pairs.every((p) => p.rationale.length > 0)).toBe(true);
  });
});
