import { describe, expect, it } from 'vitest';
import { checkIntegrity, checkQuotes, validateKnowledgeBase } from './validate.ts';
import { loadFixtureKb } from './test-fixture.ts';
import { emptyKnowledgeBase, formatIssue } from './types.ts';

describe('checkQuotes (pure: sources passed in memory)', () => {
  it('reports file, field and the quote when a quote is not in its source', () => {
    const kb = emptyKnowledgeBase();
    kb.terms.push({
      id: 't',
      data: { name: '甲', aliases: [], definitions: [{ source: 'wuxi-alliance', text: '甲乙丙' }], see: [], practices: [], noAutoLink: false },
    });
    expect(checkQuotes(kb, { 'wuxi-alliance': '甲乙\n丙' })).toEqual([]);
    const issues = checkQuotes(kb, { 'wuxi-alliance': '甲乙丁' }).map(formatIssue);
    expect(issues).toEqual([
      'content/terms/t.yaml: field "definitions[0].text": quote not found in source "wuxi-alliance": "甲乙丙" (the source matches only its first 2 characters, up to "甲乙")',
    ]);
  });

  it('reports a quote whose source text is not available', () => {
    const kb = emptyKnowledgeBase();
    kb.terms.push({
      id: 't',
      data: { name: '甲', aliases: [], definitions: [{ source: 'practice-guide', text: '甲' }], see: [], practices: [], noAutoLink: false },
    });
    expect(checkQuotes(kb, {}).map(formatIssue)[0]).toMatch(/field "definitions\[0\]\.source": unknown source id "practice-guide"/);
  });
});

describe('checkIntegrity', () => {
  it('passes the valid fixture and fails once a reference breaks', () => {
    const kb = loadFixtureKb();
    expect(checkIntegrity(kb)).toEqual([]);
    kb.practices[0]!.data.mechanisms.push('nope');
    expect(checkIntegrity(kb).map(formatIssue)).toEqual([
      expect.stringMatching(/field "mechanisms\[1\]": unknown mechanism id "nope"; valid ids: rotation$/),
    ]);
  });

  it('rejects a practice related to itself', () => {
    const kb = loadFixtureKb();
    kb.practices[0]!.data.related.push(kb.practices[0]!.id);
    expect(checkIntegrity(kb).map(formatIssue).join('\n')).toContain('a practice cannot be related to itself');
  });

  it('validateKnowledgeBase runs both checks', () => {
    const kb = loadFixtureKb();
    expect(validateKnowledgeBase(kb, {}).length).toBeGreaterThan(0); // no sources: every quote fails
  });
});
