// Addresses printed on handouts and in Word files. With SITE_URL set at build, the full URL
// (https://kb.example.cn/kb/cases/hongfan-alliance/#p88); without it, the path under the site's
// base only (/kb/cases/hongfan-alliance/#p88) — a printed page must not send a reader to
// 127.0.0.1 or to any host the build only guessed. Build-time only (reads the environment).
import { withBase } from '../paths.ts';
import { printedOrigin } from '../site-env.ts';

/** The printed form of a site path (base applied; origin only when SITE_URL is set). */
export function printedUrl(path: string, origin: string | undefined = printedOrigin(process.env)): string {
  const p = withBase(path);
  return origin ? new URL(p, origin).href : p;
}
