// Fidelity: every sentence of each raw text (split at 。！？；, whitespace removed) appears
// in the text of its built page(s), except damage its repairs.yaml lists. A sentence the
// page splits into blocks (a title page, the table of contents, a heading) is found line by
// line, in order. Missing sentences are printed with their raw line numbers.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, ROOT } from '../support/sites.ts';
import { expectedLines, findUnit, loadHtml, normalisePage, readingText, sentenceUnits, sourceIds, sourceTextElements, textNodes, type Unit } from './source-pages.ts';

function missingReport(id: string, missing: Unit[]): string {
  return missing.map((u) => `  ${id} raw line ${u.pieces[0]?.n}${u.pieces.length > 1 ? `–${u.pieces[u.pieces.length - 1]!.n}` : ''}: ${u.text}`).join('\n');
}

describe.each(sourceIds())('source %s', (id) => {
  const { lines, exempt } = expectedLines(id);
  const units = sentenceUnits(lines);

  it('has every sentence of its raw text on /sources/<id>/ (a book’s 绪论 and chapters on /guide/<part>/)', () => {
    const guideDir = path.join(DIST, 'guide');
    const guidePages = id === 'practice-guide' && existsSync(guideDir) ? readdirSync(guideDir).filter((d) => existsSync(path.join(guideDir, d, 'index.html'))) : [];
    const page = normalisePage(
      readingText(loadHtml(DIST, `sources/${id}`)) +
        guidePages.map((d) => sourceTextElements(loadHtml(DIST, `guide/${d}`)).map((e) => textNodes(e).join('')).join('')).join(''),
    );
    const results = units.map((u) => ({ u, found: findUnit(page, u) }));
    const missing = results.filter((r) => r.found === undefined).map((r) => r.u);
    if (missing.length > 0) console.error(`Sentences of ${id} missing from its page:\n${missingReport(id, missing)}`);
    expect(missing.map((u) => `line ${u.pieces[0]?.n}: ${u.text}`)).toEqual([]);
    expect(units.length).toBeGreaterThan(5);
    // Most sentences are found whole; the rest span layout blocks (title page, contents, headings).
    expect(results.filter((r) => r.found === 'whole').length).toBeGreaterThan(units.length * 0.75);
    console.info(`${id}: ${units.length} sentences on the page (${results.filter((r) => r.found === 'pieces').length} across blocks); ${exempt} damaged line(s) exempted by repairs.yaml`);
  });
});

describe('the guide’s chapter pages', () => {
  const dir = path.join(ROOT, 'content/texts/practice-guide');
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, f), 'utf8'))![1]!) as { part: string; rawLines: [number, number] })
    .filter((p) => p.part !== 'front');

  it.each(parts.map((p) => [p.part, p] as const))('/guide/%s/ has every sentence of its part of the raw text', (part, { rawLines }) => {
    const { lines } = expectedLines('practice-guide');
    const own = sentenceUnits(lines.filter((l) => l.n >= rawLines[0] && l.n <= rawLines[1]));
    const root = loadHtml(DIST, `guide/${part}`);
    const page = normalisePage(sourceTextElements(root).map((e) => textNodes(e).join('')).join('') + readingText(root));
    const missing = own.filter((u) => findUnit(page, u) === undefined);
    if (missing.length > 0) console.error(missingReport(`guide/${part}`, missing));
    expect(missing.map((u) => u.text)).toEqual([]);
    expect(own.length).toBeGreaterThan(3);
  });
});
