// Lighthouse scores through its Node API, against Debian's Chromium launched by
// chrome-launcher (nothing is downloaded). Default Lighthouse settings: mobile form
// factor, simulated throttling — the strictest of the standard configurations.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { LighthouseScores } from './report.ts';
import { median } from './report.ts';

export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRunner {
  score(url: string, runs: number): Promise<LighthouseScores>;
  close(): Promise<void>;
}

export async function startLighthouse(chromePath: string): Promise<LighthouseRunner> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  return {
    async score(url, runs) {
      const perRun: Record<(typeof CATEGORIES)[number], number>[] = [];
      /** Per weighted audit, its score in each run. */
      const auditScores = new Map<string, number[]>();
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores = {} as Record<(typeof CATEGORIES)[number], number>;
        for (const id of CATEGORIES) {
          const category = lhr.categories[id];
          if (!category || category.score === null) throw new Error(`Lighthouse: no ${id} score for ${url}`);
          scores[id] = Math.round(category.score * 100);
          for (const ref of category.auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null) auditScores.set(ref.id, [...(auditScores.get(ref.id) ?? []), Math.round(audit.score * 100)]);
          }
        }
        perRun.push(scores);
      }
      const med = (id: (typeof CATEGORIES)[number]) => median(perRun.map((s) => s[id]));
      // The weighted audits that cost points (median over the runs), so a miss can be acted on.
      const failing = [...auditScores]
        .map(([id, s]) => [id, median(s)] as const)
        .filter(([, score]) => score < 100)
        .map(([id, score]) => `${id}(${score})`)
        .sort();
      return {
        performance: med('performance'),
        accessibility: med('accessibility'),
        bestPractices: med('best-practices'),
        seo: med('seo'),
        failing,
        runs,
      };
    },
    async close() {
      chrome.kill();
    },
  };
}
