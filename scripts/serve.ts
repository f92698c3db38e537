// `npm run serve`: the site's own web server, fit for an intranet (README "部署"). Serves a
// built site under its base path (Pagefind cannot load from file://), the way the README's
// nginx example does:
// - the whole build is held in memory, read once; when `npm run build` swaps in a new build,
//   the new one is read completely before any response comes from it (scripts/serve/snapshot.ts);
// - brotli or gzip as the request accepts (written by the build, scripts/compress.ts), with Vary;
// - hashed files cached for a year, everything else revalidated by ETag / Last-Modified;
// - the CSP and the usual security headers (scripts/serve/policy.ts), unless turned off;
// - GET and HEAD, single byte ranges, the site's 404 page with status 404;
// - an optional access log; a clean stop on Ctrl+C or SIGTERM; SIGHUP re-reads the build.
//
//   node scripts/serve.ts [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
//                         [--no-security-headers] [--log]
//   (PORT and HOST in the environment set the defaults; --host 0.0.0.0 serves the intranet)
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { byteRange, chooseEncoding, etagMatches, SECURITY_HEADERS, type Encoding } from './serve/policy.ts';
import { loadSnapshot, watchBuilds, type BuildWatch, type Snapshot, type SnapshotFile } from './serve/snapshot.ts';

export { CONTENT_SECURITY_POLICY } from './serve/policy.ts';

export interface ServeOptions {
  dir: string;
  base: string;
  port: number;
  host: string;
  /** The CSP, X-Content-Type-Options, Referrer-Policy and X-Frame-Options on every response. */
  securityHeaders: boolean;
  /** Print one line per request (common log format plus the time taken). */
  log: boolean;
  /** How often to look for a new build, in milliseconds (0: never). */
  watchMs?: number;
}

export interface SiteServer extends http.Server {
  /** Resolves when the first build has been read. */
  ready: Promise<Snapshot>;
  /** The build being served. */
  snapshot(): Snapshot | undefined;
  /** Reads the build again now (what SIGHUP does). */
  reload(): Promise<Snapshot | undefined>;
}

type Out = (line: string) => void;

/** Body bytes sent per response, for the access log. */
const sentBytes = new WeakMap<http.ServerResponse, number>();

/** A site path relative to the base, resolved the way `trailingSlash: 'always'` expects. */
export type Resolved = { file: string } | { redirect: string } | undefined;

export function resolvePath(files: ReadonlyMap<string, unknown>, rel: string): Resolved {
  if (rel === '' || rel.endsWith('/')) return files.has(`${rel}index.html`) ? { file: `${rel}index.html` } : undefined;
  if (files.has(rel)) return { file: rel };
  if (files.has(`${rel}/index.html`)) return { redirect: `${rel}/` };
  if (files.has(`${rel}.html`)) return { file: `${rel}.html` };
  return undefined;
}

/** The request path below the base, decoded and normalised, or undefined when it is outside the base or malformed. */
export function sitePath(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const normal = path.posix.normalize(`/${decoded}`).slice(1);
  return normal.startsWith('..') ? undefined : normal === '.' ? '' : normal;
}

function commonLogTime(date: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`;
}

export function createSiteServer(options: ServeOptions, out: Out = (line) => console.log(line)): SiteServer {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const security = options.securityHeaders ? SECURITY_HEADERS : {};
  let current: Snapshot | undefined;
  let watch: BuildWatch | undefined;

  const ready = (async () => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        current = await loadSnapshot(options.dir);
        break;
      } catch (error) {
        // A build swapped in while reading: read again (a missing directory is a real error).
        if (attempt >= 5 || !existsSync(options.dir)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    if (options.watchMs !== 0) {
      watch = watchBuilds(() => current!, (next) => {
        current = next;
        out(`serve: 已载入新的构建（${next.files.size} 个文件）。`);
      }, { intervalMs: options.watchMs ?? 1000, onError: (error) => out(`serve: 读取新构建失败，继续提供原有版本：${error.message}`) });
    }
    return current;
  })();
  ready.catch(() => {});

  // The headers of a whole-file answer, made once per file and encoding (the hot path under load).
  const fullHeaders = new WeakMap<SnapshotFile, Partial<Record<Encoding, http.OutgoingHttpHeaders>>>();
  function headersFor(file: SnapshotFile, encoding: Encoding): http.OutgoingHttpHeaders {
    let byEncoding = fullHeaders.get(file);
    if (!byEncoding) fullHeaders.set(file, (byEncoding = {}));
    let headers = byEncoding[encoding];
    if (!headers) {
      const chosen = file[encoding]!;
      headers = { ...security, 'Content-Type': file.type, 'Cache-Control': file.cacheControl };
      if (file.encodings.length > 1) headers['Vary'] = 'Accept-Encoding';
      if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
      headers['ETag'] = chosen.etag;
      headers['Last-Modified'] = file.lastModified;
      headers['Accept-Ranges'] = 'bytes';
      headers['Content-Length'] = chosen.body.length;
      byEncoding[encoding] = headers;
    }
    return headers;
  }

  // Browsers send a handful of distinct Accept-Encoding values: decide each once.
  const decided = new Map<string, Encoding | undefined>();
  function encodingFor(acceptEncoding: string | undefined, file: SnapshotFile): Encoding | undefined {
    const key = `${file.encodings.length}|${acceptEncoding ?? ''}`;
    if (decided.has(key)) return decided.get(key);
    const encoding = chooseEncoding(acceptEncoding, file.encodings);
    if (decided.size > 500) decided.clear();
    decided.set(key, encoding);
    return encoding;
  }

  function send(req: http.IncomingMessage, res: http.ServerResponse, file: SnapshotFile, status: number): void {
    const range = status === 200 && req.headers.range !== undefined ? byteRange(req.headers.range, file.identity.body.length) : undefined;
    // A byte range is taken from the uncompressed file, so it means the same to every client.
    const encoding: Encoding | undefined = range ? 'identity' : encodingFor(req.headers['accept-encoding'], file);
    if (encoding === undefined) {
      res.writeHead(406, { ...security, Vary: 'Accept-Encoding', 'Content-Type': 'text/plain; charset=utf-8' }).end('Not Acceptable');
      return;
    }
    const chosen = file[encoding]!;
    const full = headersFor(file, encoding);
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    if (status === 200 && range === undefined && inm === undefined && ims === undefined) {
      res.writeHead(200, full);
      if (req.method === 'HEAD') res.end();
      else {
        sentBytes.set(res, chosen.body.length);
        res.end(chosen.body);
      }
      return;
    }
    const headers: http.OutgoingHttpHeaders = { ...full };
    delete headers['Content-Length'];
    if (status !== 200) delete headers['Accept-Ranges'];
    if (status === 200) {
      const notModified = inm !== undefined ? etagMatches(inm, chosen.etag) : ims !== undefined && Date.parse(file.lastModified) <= Date.parse(ims);
      if (notModified) {
        delete headers['Accept-Ranges'];
        res.writeHead(304, headers).end();
        return;
      }
    }
    let body = chosen.body;
    const ifRange = req.headers['if-range'];
    const rangeHolds = ifRange === undefined || ifRange === file.identity.etag || ifRange === file.lastModified;
    if (range === 'unsatisfiable' && rangeHolds) {
      res.writeHead(416, { ...headers, 'Content-Range': `bytes */${body.length}` }).end();
      return;
    }
    if (range && range !== 'unsatisfiable' && rangeHolds) {
      headers['Content-Range'] = `bytes ${range.start}-${range.end}/${body.length}`;
      body = body.subarray(range.start, range.end + 1);
      status = 206;
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else {
      sentBytes.set(res, body.length);
      res.end(body);
    }
  }

  function notFound(req: http.IncomingMessage, res: http.ServerResponse, snapshot: Snapshot): void {
    const page = snapshot.files.get('404.html');
    if (page) send(req, res, page, 404);
    else res.writeHead(404, { ...security, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse, snapshot: Snapshot): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...security, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method Not Allowed');
      return;
    }
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q === -1 ? url : url.slice(0, q);
    const search = q === -1 ? '' : url.slice(q);
    if (pathname === '/' || pathname === base.slice(0, -1)) {
      if (base !== '/') {
        res.writeHead(302, { ...security, Location: `${base}${search}` }).end();
        return;
      }
    }
    const rel = sitePath(pathname, base);
    const resolved = rel === undefined ? undefined : resolvePath(snapshot.files, rel);
    if (!resolved) return notFound(req, res, snapshot);
    if ('redirect' in resolved) {
      res.writeHead(301, { ...security, Location: `${pathname}/${search}` }).end();
      return;
    }
    send(req, res, snapshot.files.get(resolved.file)!, 200);
  }

  const server = http.createServer((req, res) => {
    if (options.log) {
      const started = performance.now();
      res.on('finish', () => {
        const length = sentBytes.get(res) ?? '-';
        const ms = (performance.now() - started).toFixed(1);
        out(`${req.socket.remoteAddress ?? '-'} - - [${commonLogTime(new Date())}] "${req.method} ${req.url} HTTP/${req.httpVersion}" ${res.statusCode} ${length} "${req.headers.referer ?? '-'}" "${req.headers['user-agent'] ?? '-'}" ${ms}ms`);
      });
    }
    if (current) return handle(req, res, current);
    ready.then(
      (snapshot) => handle(req, res, snapshot),
      () => res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Site not available'),
    );
  }) as SiteServer;
  server.ready = ready;
  server.snapshot = () => current;
  server.reload = async () => (await ready, watch ? watch.reload() : undefined);
  server.on('close', () => watch?.stop());
  return server;
}

/** Reads the command line; throws with the option's name. */
export function serveOptions(argv: string[], env: Record<string, string | undefined> = process.env): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string' },
      port: { type: 'string', default: env.PORT ?? '4321' },
      host: { type: 'string', default: env.HOST ?? '127.0.0.1' },
      'security-headers': { type: 'boolean', default: true },
      log: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: expected a port number from 0 to 65535, got ${JSON.stringify(values.port)}`);
  }
  const base = (values.base ?? env.SITE_BASE ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
  return { dir: values.dir, base, port, host: values.host, securityHeaders: values['security-headers'], log: values.log };
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

/** Stops taking connections, lets requests in flight finish (at most `graceMs`), then resolves. */
export function stopServer(server: http.Server, graceMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

if (import.meta.main) {
  let options: ServeOptions;
  try {
    options = serveOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`serve: ${(error as Error).message}\n用法：npm run serve -- [--host 0.0.0.0] [--port 8080] [--base /kb/] [--dir dist] [--no-security-headers] [--log]`);
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
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    void stopServer(server).then(() => {
      console.log(`serve: 已停止（${signal}）。`);
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGHUP', () => void server.reload());
  server.ready.then(
    (snapshot) => {
      server.listen(options.port, options.host, () => {
        const { port } = server.address() as AddressInfo;
        const mb = (snapshot.bytes / 1e6).toFixed(1);
        console.log(`基层党建知识库已启动（Ctrl+C 停止；${snapshot.files.size} 个文件、${mb} MB 已载入内存，重新构建后自动换用新版本）：\n  ${siteAddresses(options.host, port, options.base).join('\n  ')}`);
        if (options.host === '127.0.0.1' || options.host === 'localhost') {
          console.log('  只有本机能访问；要让内网中的其他电脑访问，请用 npm run serve -- --host 0.0.0.0');
        }
        if (!options.securityHeaders) console.log('  未发送内容安全策略等安全响应头（--no-security-headers）。');
      });
    },
    (error: Error) => {
      console.error(`serve: 无法读取 ${options.dir}：${error.message}`);
      process.exit(1);
    },
  );
}
