import { describe, expect, it } from 'vitest';
import type { Topic } from '../../schemas/topic.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { formatIssue } from './errors.ts';
import { emptyKnowledgeBase, type Entry } from '../knowledge/types.ts';
import { checkTeaching, checkTopics } from './topic-checks.ts';

const kb = emptyKnowledgeBase();
kb.cases.push({ id: 'liangxi-alliance', data: {} as never });
kb.terms.push({ id: 'lead-unit', data: {} as never });
const headings = { 'wuxi-alliance': ['三、无锡党建联盟运行机制'] };
const TEACHING = {
  objectives: ['一', '二'],
  plan: [
    { kind: 'reading', minutes: 50, text: '读' },
    { kind: 'discussion', minutes: 60, text: '论', prompts: [1, 2] },
    { kind: 'report', minutes: 40, text: '报' },
    { kind: 'summary', minutes: 20, text: '结' },
  ],
  points: [
    { prompt: 1, quotes: [{ source: 'wuxi-alliance', text: '原则上每月组织 1次活动' }] },
    { prompt: 2, quotes: [{ source: 'wuxi-alliance', text: '建立联盟联席会议制' }] },
  ],
  board: { text: '板书', table: 'cases-compare' },
};
const SOURCES = { 'wuxi-alliance': '建立联盟联席会议制，……原则上每月组织 1 次活动。' };

function topic(readings: unknown[], order = 1, id = 't'): Entry<Topic> {
  const data = topicSchema.parse({ title: 'T', order, editorial: { intro: '编者', selection: '选材', prompts: ['一', '二'] }, readings, teaching: TEACHING });
  return { id, data, file: `content/topics/${id}.yaml` };
}

describe('checkTopics', () => {
  it('accepts known ids and headings', () => {
    expect(checkTopics([topic([{ case: 'liangxi-alliance' }, { term: 'lead-unit' }, { section: { source: 'wuxi-alliance', heading: '三、无锡党建联盟运行机制' } }])], kb, headings)).toEqual([]);
  });

  it('names the file, the field and the valid values of an unknown id or heading', () => {
    const issues = checkTopics([topic([{ case: 'no-such-case' }, { term: 'lead-unit' }, { section: { source: 'wuxi-alliance', heading: '三、运行机制' } }])], kb, headings).map(formatIssue);
    expect(issues).toEqual([
      'content/topics/t.yaml: field "readings[0].case": unknown case id "no-such-case"; valid ids: liangxi-alliance',
      'content/topics/t.yaml: field "readings[2].section.heading": "三、运行机制" is not a heading of source "wuxi-alliance"; valid headings: 三、无锡党建联盟运行机制',
    ]);
  });

  it('names the sources there are when a section names an unknown one', () => {
    const issues = checkTopics([topic([{ case: 'liangxi-alliance' }, { term: 'lead-unit' }, { section: { source: 'wuxi', heading: '三、无锡党建联盟运行机制' } }])], kb, headings).map(formatIssue);
    expect(issues).toEqual([
      'content/topics/t.yaml: field "readings[2].section.source": unknown source id "wuxi"; expected a folder under content/sources/ with raw.txt and source.yaml, one of "wuxi-alliance"',
    ]);
  });

  it('rejects a reading listed twice and two topics in one position', () => {
    const issues = checkTopics([topic([{ case: 'liangxi-alliance' }, { term: 'lead-unit' }, { case: 'liangxi-alliance' }]), topic([{ term: 'lead-unit' }, { case: 'liangxi-alliance' }, { section: { source: 'wuxi-alliance', heading: '三、无锡党建联盟运行机制' } }], 1, 'u')], kb, headings);
    expect(issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'readings[2]: the reading case:liangxi-alliance is listed twice',
      'order: order 1 is also used by topic "t"; each topic needs its own position',
    ]);
  });

  it('the schema wants one reference per reading, editorial intro and at least two prompts', () => {
    expect(topicSchema.safeParse({ title: 'T', order: 1, editorial: { intro: 'x', prompts: ['a'] }, readings: [{ case: 'a' }, { case: 'b' }, { case: 'c' }] }).success).toBe(false);
    expect(topicSchema.safeParse({ title: 'T', order: 1, editorial: { intro: 'x', prompts: ['a', 'b'] }, readings: [{ case: 'a', term: 'b' }, { case: 'b' }, { case: 'c' }] }).success).toBe(false);
  });
});

describe('reserved topic ids', () => {
  it('rejects a topic named like the page of prompts', () => {
    const t = topic([{ case: 'liangxi-alliance' }, { term: 'lead-unit' }, { section: { source: 'wuxi-alliance', heading: '三、无锡党建联盟运行机制' } }], 1, 'prompts');
    expect(checkTopics([t], kb, headings).map(formatIssue)).toEqual(['content/topics/prompts.yaml: field "(file)": "prompts" is a page of its own under /topics/; rename the file']);
  });
});

describe('checkTeaching', () => {
  const base = topic([{ case: 'liangxi-alliance' }, { term: 'lead-unit' }, { case: 'x' }]).data;
  const t = (teaching: object): Entry<Topic> => ({ id: 't', file: 'content/topics/t.yaml', data: { ...base, teaching } as Topic });
  it('accepts a half-day plan that discusses every prompt, with quoted points', () => {
    expect(checkTeaching([t(TEACHING)], SOURCES)).toEqual([]);
  });

  it('names a plan too long, a prompt not discussed or without points, and a point not in its source', () => {
    const bad = {
      ...TEACHING,
      plan: [{ kind: 'reading', minutes: 120, text: '读' }, { kind: 'discussion', minutes: 120, text: '论', prompts: [1, 3] }, ...TEACHING.plan.slice(2)],
      points: [{ prompt: 1, quotes: [{ source: 'wuxi-alliance', text: '原文没有这句' }] }],
    };
    expect(checkTeaching([t(bad)], SOURCES).map(formatIssue)).toEqual([
      'content/topics/t.yaml: field "teaching.plan": the steps add up to 300 minutes; a half-day class takes 150–240',
      'content/topics/t.yaml: field "teaching.plan[1].prompts": 研讨题 3 does not exist; the topic has 2',
      'content/topics/t.yaml: field "teaching.plan": 研讨题 2 is discussed in no step',
      'content/topics/t.yaml: field "teaching.points": 研讨题 2 has no reference points',
      expect.stringContaining('content/topics/t.yaml: field "teaching.points[0].quotes[0].text": quote not found in source "wuxi-alliance"'),
    ]);
  });
});
