// Artefacts of PDF extraction must not reach a page: over the source text of every built
// source and guide page, no running page header, no characters spaced apart by the layout,
// no traditional-character OCR text, and no ASCII space between two Chinese characters
// (U+3000, the ideographic space a keep-space repair sets, is deliberate typography).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/sites.ts';
import { loadHtml, repairsOf, SOURCES_DIR, sourceIds, sourceTextElements, textNodes } from './source-pages.ts';

const CJK = '[\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\u2014\\u2018\\u2019\\u201C\\u201D\\u2026\\u00B7]';
const CJK_SPACE_CJK = new RegExp(`${CJK}[ \\t\\u00A0]+${CJK}`, 'gu');
/** Two or more single Han characters separated by whitespace, touching no other Han character. */
const SPACED_APART = /(?<!\p{Script=Han})\p{Script=Han}(?:\s\p{Script=Han}){1,}(?!\p{Script=Han})/gu;
/** Traditional-only characters (their simplified forms differ), common in Party texts. */
const TRADITIONAL = [...'黨層組織礎員隊靈質關係執設長實們這個來為與會國說時對開經過進還學歷義區門問題見現話頭業書軍車東邊並從產務團結據當總氣應戰權幹議論傳統級覺創將樣麼點發導體紀領險譽變證鄉鎮區縣幫興戶'];

const pages = (): string[] => {
  const out = sourceIds().map((id) => `sources/${id}`);
  const guide = path.join(DIST, 'guide');
  if (existsSync(guide)) for (const d of readdirSync(guide)) if (existsSync(path.join(guide, d, 'index.html'))) out.push(`guide/${d}`);
  return out;
};

function bodyTexts(page: string): string[] {
  return sourceTextElements(loadHtml(DIST, page)).flatMap((e) => textNodes(e));
}

describe('artefact checks', () => {
  it('the rules are not vacuous: the raw texts do have every kind of artefact', () => {
    const raw = sourceIds().map((id) => readFileSync(path.join(SOURCES_DIR, id, 'raw.txt'), 'utf8')).join('\n');
    expect(raw.match(SPACED_APART)?.length).toBeGreaterThan(5);
    expect(raw.match(CJK_SPACE_CJK)?.length).toBeGreaterThan(5);
    expect(TRADITIONAL.filter((c) => raw.includes(c)).length).toBeGreaterThan(10);
    expect(sourceIds().flatMap((id) => repairsOf(id).repairs.filter((r) => r.kind === 'running-header')).length).toBeGreaterThan(0);
  });

  it('pages with source text are there', () => {
    expect(pages().length).toBeGreaterThanOrEqual(5 + 10);
    for (const p of pages().filter((p) => p.startsWith('sources/'))) expect(bodyTexts(p).join('').length, p).toBeGreaterThan(1000);
  });

  it.each(pages())('%s: no running header inside the body', (page) => {
    const body = bodyTexts(page).join('').replace(/\s+/gu, '');
    for (const id of sourceIds()) {
      for (const r of repairsOf(id).repairs.filter((r) => r.kind === 'running-header')) {
        expect(body.includes(r.text!.replace(/\s+/gu, '')), `running header “${r.text}” of ${id}`).toBe(false);
      }
      // Independently of repairs.yaml: no line the raw text repeats three or more times on its own.
      const counts = new Map<string, number>();
      for (const l of readFileSync(path.join(SOURCES_DIR, id, 'raw.txt'), 'utf8').split('\n')) {
        const t = l.trim();
        if (t.length >= 8 && /\p{Script=Han}/u.test(t) && !/\t\d+$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      for (const [line, n] of counts) if (n >= 3) expect(body.includes(line.replace(/\s+/gu, '')), `line repeated ${n}× in ${id}`).toBe(false);
    }
  });

  it.each(pages())('%s: no characters spaced apart, no traditional-character OCR, no CJK–space–CJK', (page) => {
    const texts = bodyTexts(page);
    expect(texts.flatMap((t) => t.match(SPACED_APART) ?? [])).toEqual([]);
    expect(texts.flatMap((t) => t.match(CJK_SPACE_CJK) ?? [])).toEqual([]);
    expect(TRADITIONAL.filter((c) => texts.some((t) => t.includes(c)))).toEqual([]);
  });
});
