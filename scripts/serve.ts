// Serves a built site over HTTP under its base path, the way a web server would
// (Pagefind cannot load from file://). Used by `npm start` and by the browser tests.
//
//   node scripts/serve.ts [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1] [--csp]
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

/** The Content-Security-Policy the site is built to satisfy (see README). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export interface ServeOptions {
  dir: string;
  base: string;
  port: number;
  host: string;
  csp: boolean;
}

export function createSiteServer(options: ServeOptions): http.Server {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const files = sirv(options.dir, { dev: true, etag: true, extensions: ['html'] });
  const notFound = path.join(options.dir, '404.html');
  return http.createServer((req, res) => {
    if (options.csp) res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      if (url === '/' || url === base.slice(0, -1)) {
        res.writeHead(302, { Location: base }).end();
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
}

function parseArgs(argv: string[]): ServeOptions {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    dir: get('dir') ?? 'dist',
    base: get('base') ?? process.env.SITE_BASE ?? '/',
    port: Number(get('port') ?? 4321),
    host: get('host') ?? '127.0.0.1',
    csp: argv.includes('--csp'),
  };
}

if (import.meta.main) {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(options.dir, 'index.html'))) {
    console.error(`serve: ${options.dir}/index.html not found — run "npm run build" first.`);
    process.exit(2);
  }
  const base = options.base.replace(/^\/?/, '/').replace(/\/?$/, '/');
  createSiteServer({ ...options, base }).listen(options.port, options.host, () => {
    console.log(`基层党建知识库: http://${options.host}:${options.port}${base}  (Ctrl+C 停止)`);
  });
}
