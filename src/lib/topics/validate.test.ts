import { describe, expect, it } from 'vitest';
import type { Topic } from '../../schemas/topic.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { formatIssue } from '../content/errors.ts';
import { emptyKnowledgeBase, type Entry } from '../knowledge/types.ts';
import { checkTopics } from './validate.ts';

const kb = emptyKnowledgeBase();
kb.cases.push({ id: 'liangxi-alliance', data: {} as never });
kb.terms.push({ id: 'lead-unit', data: {} as never });
const headings = { 'wuxi-alliance': ['三、无锡党建联盟运行机制'] };

function topic(readings: unknown[], order = 1, id = 't'): Entry<Topic> {
  const data = topicSchema.parse({ title: 'T', order, editorial: { intro: '编者', prompts: ['一', '二'] }, readings });
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
