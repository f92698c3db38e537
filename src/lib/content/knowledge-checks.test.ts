import { describe, expect, it } from 'vitest';
import { checkIntegrity, checkQuotes, checkTermsUsed, validateKnowledgeBase } from './knowledge-checks.ts';
import { loadFixtureKb } from './test-fixture.ts';
import { formatIssue } from './errors.ts';
import { emptyKnowledgeBase } from '../knowledge/types.ts';

describe('checkQuotes (pure: sources passed in memory)', () => {
  it('reports file, field and the quote when a quote is not in its source', () => {
    const kb = emptyKnowledgeBase();
    kb.terms.push({
      id: 't',
      data: { name: '甲', aliases: [], definitions: [{ source: 'wuxi-alliance', text: '甲乙丙' }], see: [], practices: [], noAutoLink: false, excludes: [] },
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
      data: { name: '甲', aliases: [], definitions: [{ source: 'practice-guide', text: '甲' }], see: [], practices: [], noAutoLink: false, excludes: [] },
    });
    expect(checkQuotes(kb, {}).map(formatIssue)[0]).toMatch(/field "definitions\[0\]\.source": unknown source id "practice-guide"/);
  });
});

describe('checkTermsUsed', () => {
  const term = (name: string, definitions: { source: 'wuxi-alliance'; text: string }[] = []) => ({
    id: 't',
    data: { name, aliases: [], definitions, see: [], practices: [], noAutoLink: false, excludes: [] },
  });
  it('accepts a term no source defines when a source uses it', () => {
    const kb = emptyKnowledgeBase();
    kb.terms.push(term('三会一课'));
    expect(checkTermsUsed(kb, { 'wuxi-alliance': '参加“三会\n一课”等组织生活' })).toEqual([]);
  });
  it('rejects a term that is neither defined nor used by any source', () => {
    const kb = emptyKnowledgeBase();
    kb.terms.push(term('学习型党组织'));
    expect(checkTermsUsed(kb, { 'wuxi-alliance': '参加“三会一课”' }).map(formatIssue)).toEqual([
      'content/terms/t.yaml: field "name": the term "学习型党组织" has no definition and occurs in no source; a term must be one the sources use',
    ]);
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
