// Serves a built site over HTTP under its base path, the way a web server would
// (Pagefind cannot load from file://). Used by `npm start` and by the browser tests.
//
//   node scripts/serve.ts [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1] [--csp]
//   (PORT and HOST in the environment set the defaults; --host 0.0.0.0 serves the intranet)
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
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

/** Reads the command line (`--dir`, `--base`, `--port`, `--host`, `--csp`); throws with the option's name. */
export function serveOptions(argv: string[], env: Record<string, string | undefined> = process.env): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string' },
      port: { type: 'string', default: env.PORT ?? '4321' },
      host: { type: 'string', default: env.HOST ?? '127.0.0.1' },
      csp: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: expected a port number from 0 to 65535, got ${JSON.stringify(values.port)}`);
  }
  const base = (values.base ?? env.SITE_BASE ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
  return { dir: values.dir, base, port, host: values.host, csp: values.csp };
}

/** The addresses to print: the host itself, or every IPv4 address of the machine for 0.0.0.0. */
export function siteAddresses(host: string, port: number, base: string): string[] {
  const hosts =
    host === '0.0.0.0' || host === '::'
      ? Object.values(networkInterfaces())
          .flat()
          .filter((i) => i?.family === 'IPv4')
          .map((i) => i!.address)
      : [host];
  return hosts.map((h) => `http://${h.includes(':') ? `[${h}]` : h}:${port}${base}`);
}

if (import.meta.main) {
  let options: ServeOptions;
  try {
    options = serveOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`serve: ${(error as Error).message}\n用法：npm run serve -- [--host 0.0.0.0] [--port 8080] [--base /kb/] [--dir dist] [--csp]`);
    process.exit(2);
  }
  if (!existsSync(path.join(options.dir, 'index.html'))) {
    console.error(`serve: 找不到 ${options.dir}/index.html——请先运行 npm run build。`);
    process.exit(2);
  }
  const server = createSiteServer(options);
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`serve: 端口 ${options.port} 已被占用（也许网站已在运行）。换一个端口：npm run serve -- --port ${options.port + 1}`);
    } else if (error.code === 'EACCES') {
      console.error(`serve: 没有权限使用端口 ${options.port}；请用 1024 以上的端口，例如 --port 8080。`);
    } else {
      console.error(`serve: 无法在 ${options.host}:${options.port} 提供服务：${error.message}`);
    }
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    const { port } = server.address() as AddressInfo;
    console.log(`基层党建知识库已启动（Ctrl+C 停止）：\n  ${siteAddresses(options.host, port, options.base).join('\n  ')}`);
    if (options.host === '127.0.0.1' || options.host === 'localhost') {
      console.log('  只有本机能访问；要让内网中的其他电脑访问，请用 npm run serve -- --host 0.0.0.0');
    }
  });
}
