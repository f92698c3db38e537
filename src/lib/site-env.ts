// Reads the deployment settings (base path and public URL) from the environment.

/** Normalises SITE_BASE to the form Astro expects: leading and trailing slash ("/", "/kb/"). */
export function siteBase(env: Record<string, string | undefined>): string {
  const raw = (env.SITE_BASE ?? '/').trim();
  if (raw === '' || raw === '/') return '/';
  if (!/^\/?[A-Za-z0-9._~\-/]+\/?$/.test(raw)) {
    throw new Error(`SITE_BASE: expected a URL path such as "/kb/", got ${JSON.stringify(raw)}`);
  }
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return `/${trimmed}/`;
}

/** The address `npm start` serves on; the public URL when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** The public origin of the site, used for canonical URLs and the sitemap. */
export function siteUrl(env: Record<string, string | undefined>): string {
  const raw = env.SITE_URL ?? DEFAULT_SITE_URL;
  try {
    return new URL(raw).origin;
  } catch {
    throw new Error(`SITE_URL: expected an absolute URL such as "https://kb.example.cn", got ${JSON.stringify(raw)}`);
  }
}

/**
 * The origin printed in handouts and Word files: SITE_URL's, or none when it is not set — then
 * a printed address is the site path alone (/cases/hongfan-alliance/#p88), never a guessed host.
 */
export function printedOrigin(env: Record<string, string | undefined>): string | undefined {
  return env.SITE_URL ? siteUrl(env) : undefined;
}
