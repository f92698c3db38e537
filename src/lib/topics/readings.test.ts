import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../content/knowledge.ts';
import { loadTopics } from '../content/topics.ts';
import { topicHandout } from './readings.ts';
import { countChars, readingMinutes, READING_RATE } from '../handouts/reading-time.ts';
import { matchForm } from '../sources/paragraphs.ts';

const { kb } = loadKnowledge();
const { topics, issues } = loadTopics('content', kb);
const titles = { 'wuxi-alliance': '新时代基层党组织建设探索研究', 'four-dimensions': '四维度', 'urban-integration': '融合推进', 'multi-dimensions': '多维度', 'practice-guide': '新时期 新任务 新思路' };

describe('topics', () => {
  it('load without problems: at least six, each with its readings and questions', () => {
    expect(issues).toEqual([]);
    expect(topics.length).toBeGreaterThanOrEqual(6);
  });

  it.each(topics.map((t) => [t.id, t] as const))('%s: every item has text, every fact its original paragraph holding the quote', (_id, topic) => {
    // (answers: the paragraph holding the quote, linked by its address)
    const h = topicHandout(topic, kb, titles, {});
    expect(h.items).toHaveLength(topic.data.readings.length);
    for (const item of h.items) {
      expect(item.chars, item.title).toBeGreaterThan(0);
      expect(item.minutes).toBe(readingMinutes(item.chars));
      if (item.kindLabel === '原文章节') expect(item.text.length, item.title).toBeGreaterThan(0);
      else expect(item.facts.length, item.title).toBeGreaterThan(0);
    }
    expect(h.minutes).toBe(Math.ceil(h.items.reduce((n, i) => n + i.chars, 0) / READING_RATE));
    expect(h.questions.length).toBeLessThanOrEqual(topic.data.questions);
    expect(h.questions.length).toBeGreaterThanOrEqual(5);
    for (const q of h.questions) {
      // Contents lines are rendered without their dot leaders; the reading text sets , ; ? ( ) between Chinese full-width.
      const bare = (t: string): string => matchForm(t).replace(/[.…]{2,}/g, '');
      expect(bare(q.paragraph.text), q.question).toContain(bare(q.quote));
      expect(q.paragraph.href).toMatch(/^\/(sources|guide)\/[a-z0-9-]+\/#(p\d+|[^#]+)$/);
    }
  });
});

describe('reading time', () => {
  it('counts every character but whitespace and rounds minutes up', () => {
    expect(countChars('党建 联盟\n（2018）')).toBe(10);
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(READING_RATE)).toBe(1);
    expect(readingMinutes(READING_RATE + 1)).toBe(2);
  });
});

describe('pack layout', async () => {
  const { startsPage, noteLineCount } = await import('../handouts/text.ts');
  const { isHeadingOf } = await import('../handouts/items.ts');
  it('starts a page for a source text and for the first short reading after one; short readings flow on', () => {
    const items = [{ source: 's' }, { source: undefined }, { source: undefined }, { source: 's' }, { source: undefined }];
    expect(items.map((_, i) => startsPage(items, i))).toEqual([true, true, false, true, true]);
    expect(startsPage([{ source: undefined }, { source: undefined }], 0)).toBe(true);
    expect(noteLineCount({ source: 's' })).toBeGreaterThan(noteLineCount({ source: undefined }));
  });

  it('gives a fact that is a heading its address instead of listing the heading again', () => {
    expect(isHeadingOf({ text: '一、首抓“主体党建”，构建党建主体“层、线、面”的相结合' }, '主体党建')).toBe(true);
    expect(isHeadingOf({ text: '2018年4月，惠山区税务局牵头，联合区内11家单位组建红帆党建联盟。这一联盟……' }, '红帆党建联盟')).toBe(false);
  });

  it.each(topics.map((t) => [t.id, t] as const))('%s: a paragraph a source text of the pack prints is not printed again', (_id, topic) => {
    const h = topicHandout(topic, kb, titles, {});
    const printed = new Set(h.items.filter((i) => i.source).flatMap((i) => i.text.map((b) => `${i.source}#${b.id}`)));
    for (const item of h.items.filter((i) => !i.source)) {
      for (const p of item.paragraphs) expect(printed.has(`${p.source}#${p.href.split('#')[1]}`), p.href).toBe(false);
      for (const f of item.facts) if (f.paragraph >= 0) expect(item.paragraphs[f.paragraph], f.text).toBeDefined();
    }
  });
});
