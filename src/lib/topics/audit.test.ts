// The whole generated set of self-test questions, audited (audit.ts): every topic of the site's
// content, no defect. And the audit itself catches each kind of defect it names.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { knowledgeOf } from '../content/knowledge.ts';
import { assertTopicsValid } from '../content/topics.ts';
import { loadSourceTexts } from '../content/sources.ts';
import { fixtureSources } from '../views/fixture.ts';
import { auditQuestions, auditSummary, longestCommon } from './audit.ts';
import { selfTestQuestions } from './questions.ts';
import type { SelfTestQuestion } from '../handouts/model.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const kb = knowledgeOf(path.join(ROOT, 'content'));
const topics = assertTopicsValid(path.join(ROOT, 'content'), kb, ROOT);
const raws = loadSourceTexts(path.join(ROOT, 'content/sources'));
const titles = Object.fromEntries([...fixtureSources()].map(([id, s]) => [id, s.title]));
const sets = topics.map((t) => ({ topic: t.id, questions: selfTestQuestions(t, kb, titles) }));

describe('the generated self-tests', () => {
  it('pass the audit: no question gives its answer away, repeats another, or lacks support', () => {
    const defects = auditQuestions(sets, kb, raws, titles);
    const total = sets.reduce((n, s) => n + s.questions.length, 0);
    console.info(`self-test audit: ${total} questions in ${sets.length} topics, ${defects.length} defects`, auditSummary(defects));
    expect(defects).toEqual([]);
  });

  it('give every topic at least five questions of at least three kinds, each with a quote and paragraph', () => {
    for (const s of sets) {
      expect(s.questions.length, s.topic).toBeGreaterThanOrEqual(5);
      expect(new Set(s.questions.map((q) => q.basis?.kind)).size, s.topic).toBeGreaterThanOrEqual(3);
      for (const q of s.questions) expect(q.paragraph.href, q.question).toMatch(/#(p\d+|[^#]+)$/);
    }
  });

  it('ask the joint-meeting rotation rule with both its bodies in the answer', () => {
    const q = sets.flatMap((s) => s.questions).find((x) => x.basis?.kind === 'rule' && x.basis.id === 'joint-meeting-rotation' && x.basis.aspect === 'body');
    expect(q?.answer).toContain('联盟联席会议制');
    expect(q?.answer).toContain('联盟轮值制');
  });
});

describe('auditQuestions', () => {
  const para = { source: 'wuxi-alliance', text: '2017 年 9月，无锡中心城区首个区域化党建联盟梁溪党建联盟成立', href: '/sources/wuxi-alliance/#p1', address: 'p1', citation: 'c' };
  const q = (over: Partial<SelfTestQuestion>): SelfTestQuestion => ({ question: '原文所述的联盟中，哪一个是中心城区首个区域化党建联盟？', answer: '梁溪党建联盟', quote: '无锡中心城区首个区域化党建联盟梁溪党建联盟成立', paragraph: para, basis: { kind: 'fact', id: 'liangxi-alliance' }, ...over });
  const rules = (qs: SelfTestQuestion[]): string[] => auditQuestions([{ topic: 't', questions: qs }], kb, raws, titles).map((d) => d.rule);

  it('finds a question that holds its answer or most of it', () => {
    expect(rules([q({ question: '“政治维度”是哪一项？', answer: '政治维度' })])).toContain('gives-away');
    expect(rules([q({ question: '四个维度依次是政治、组织、制度、技术与治理，怎样排？', answer: '政治维度、组织维度、制度维度、技术与治理维度' })])).toContain('gives-away');
    expect(longestCommon('abcde', 'xbcdy')).toBe(3);
  });

  it('finds 解释 answered by a heading, an incomplete rule, an uncleaned quote, a made-up quotation', () => {
    expect(rules([q({ question: '原文怎样解释“双覆盖”？', answer: '四、实现党的组织设置和党的工作的“双覆盖”', quote: '四、实现党的组织设置和党的工作的“双覆盖”' })])).toContain('not-a-definition');
    expect(rules([q({ question: '按照联席轮值机制，要建立什么机构或制度？', answer: '建立联盟联席会议制', quote: '建立联盟联席会议制' })])).toContain('incomplete');
    expect(rules([q({ quote: '无锡中心城区首个区域化党建联盟,梁溪党建联盟成立' })])).toContain('not-cleaned');
    expect(rules([q({ question: '“政治、组织、制度、技术与治理四个维度”的第一项是什么？', answer: '梁溪党建联盟' })])).toContain('made-up-quotation');
    expect(rules([q({ answer: '红帆党建联盟' })])).toContain('answer-unsupported');
  });

  it('finds repeats in a set, a date quiz and a set of one kind', () => {
    const a = q({});
    const b = q({ question: '另一问？', quote: '首个区域化党建联盟梁溪党建联盟成立' });
    expect(rules([a, b])).toEqual(expect.arrayContaining(['same-answer', 'same-quote', 'one-kind']));
    const d = (n: number): SelfTestQuestion => q({ question: `联盟${n}于何时成立？`, answer: `2017 年 9 月`, quote: '2017 年 9月，无锡中心城区首个区域化党建联盟梁溪党建联盟成立', basis: { kind: 'date', id: 'x' } });
    expect(rules([d(1), d(2)])).toContain('date-quiz');
  });
});
