// `npm run bench -- load`: how many readers `npm run serve` can take, side by side with nginx
// serving the same dist/ with the README's nginx configuration (when nginx is installed). Each
// address — the home page, the longest source page, the largest search index chunk — is
// loaded with 50 connections for a fixed time, gzip accepted (nginx's gzip_static; brotli needs
// a module Debian's nginx lacks), after a short warm-up. Both servers run as their own processes.
//
// The load tool: wrk when it is installed (apt-get install wrk), otherwise autocannon (npm).
// wrk is written in C and needs a fraction of the CPU autocannon does — on 2 cores autocannon,
// itself a Node process, caps both servers for the larger files (about 1,500 requests a second
// for a 28 KB index chunk where wrk measures ten times that), so the ratio would say little.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';

export interface LoadStats {
  /** Mean requests per second over the run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  requests: number;
  /** Bytes of the response body as sent (gzip). */
  bodyBytes: number;
}

export interface LoadRow {
  label: string;
  path: string;
  ours: LoadStats;
  nginx?: LoadStats;
  /** Ours ÷ nginx, requests per second. */
  ratio?: number;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  tool: string;
  /** nginx's version, or why it was not measured. */
  nginx: string;
  rows: LoadRow[];
}

export const BASE = '/kb/';

/** The README's nginx example, split into what goes in the http block and what in the server block. */
export function readmeNginx(readme: string): { http: string; server: string } {
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no ```nginx block');
  const at = block.search(/^(# In the server block\.|location )/m);
  if (at < 0) throw new Error('the README nginx block has no location');
  return { http: block.slice(0, at), server: block.slice(at) };
}

/** A whole nginx configuration around the README's example: one server on `port`, its files in `prefix`. */
export function nginxConfig(readme: string, { dist, prefix, port }: { dist: string; prefix: string; port: number }): string {
  const { http, server } = readmeNginx(readme);
  const local = (text: string) => text.replaceAll('/srv/kb/dist/', `${path.resolve(dist)}/`);
  return [
    'daemon off;',
    'master_process on;',
    'worker_processes auto;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    '  tcp_nopush on;',
    '  keepalive_requests 100000;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`),
    local(http),
    `  server {`,
    `    listen 127.0.0.1:${port};`,
    local(server),
    '  }',
    '}',
    '',
  ].join('\n');
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet listening */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within 30 s: ${output()}`);
}

function startProcess(command: string, args: string[], cwd: string): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output.slice(-2000) };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const closed = new Promise((resolve) => child.on('close', resolve));
  child.kill('SIGTERM');
  await closed;
}

export type LoadTool = 'wrk' | 'autocannon';

/** Milliseconds from a wrk duration ("812.00us", "1.87ms", "1.20s"). */
function wrkMs(value: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!m) throw new Error(`unexpected wrk duration ${JSON.stringify(value)}`);
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm'];
  return Number(m[1]) * scale;
}

/** Reads `wrk --latency` output. */
export function parseWrk(output: string): Omit<LoadStats, 'bodyBytes'> {
  const grab = (re: RegExp) => {
    const m = re.exec(output);
    if (!m) throw new Error(`unexpected wrk output (no ${re.source}):\n${output}`);
    return m;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const errors = (socket ? socket.slice(1).reduce((n, x) => n + Number(x), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0);
  return {
    rps: Number(grab(/Requests\/sec:\s+([\d.]+)/)[1]),
    p50Ms: Math.round(wrkMs(grab(/^\s+50%\s+(\S+)/m)[1]!) * 100) / 100,
    p99Ms: Math.round(wrkMs(grab(/^\s+99%\s+(\S+)/m)[1]!) * 100) / 100,
    errors,
    requests: Number(grab(/(\d+) requests in/)[1]),
  };
}

function runWrk(url: string, connections: number, seconds: number): Omit<LoadStats, 'bodyBytes'> {
  const run = spawnSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: gzip', url], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr || run.stdout}`);
  return parseWrk(run.stdout);
}

async function runAutocannon(url: string, connections: number, seconds: number): Promise<Omit<LoadStats, 'bodyBytes'>> {
  const r = await autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' } });
  return { rps: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, requests: r.requests.total };
}

export function hasWrk(): boolean {
  return spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined;
}

/** The nginx binary where Debian and source builds put it, or undefined. */
export function findNginx(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
}

export interface RunningNginx {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Runs nginx in the foreground with the README's configuration around `dist`, its files in `prefix`. */
export async function startNginx({ binary, root, dist, prefix }: { binary: string; root: string; dist: string; prefix: string }): Promise<RunningNginx> {
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  const port = await freePort();
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  writeFileSync(path.join(prefix, 'nginx.conf'), nginxConfig(readme, { dist, prefix, port }));
  const run = startProcess(binary, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')], root);
  const errorLog = () => (existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : '');
  await waitFor(`http://127.0.0.1:${port}${BASE}`, run.child, () => run.output() + errorLog());
  return { port, child: run.child, stop: () => stopProcess(run.child) };
}

async function hammer(tool: LoadTool, url: string, connections: number, seconds: number): Promise<LoadStats> {
  const sent = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  if (!sent.ok) throw new Error(`${url} answered ${sent.status}`);
  const bodyBytes = Number(sent.headers.get('content-length') ?? (await sent.arrayBuffer()).byteLength);
  const run = (s: number) => (tool === 'wrk' ? Promise.resolve(runWrk(url, connections, s)) : runAutocannon(url, connections, s));
  await run(Math.min(2, seconds));
  return { ...(await run(seconds)), bodyBytes };
}

/** The pages to load: the home page, the longest source page, the largest search index chunk. */
export function loadTargets(dist: string): { label: string; path: string }[] {
  const biggest = (files: string[]) => files.map((f) => ({ f, size: statSync(path.join(dist, f)).size })).sort((a, b) => b.size - a.size)[0]!.f;
  const sources = readdirSync(path.join(dist, 'sources'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `sources/${f}`);
  const chunks = readdirSync(path.join(dist, 'pagefind/index')).map((f) => `pagefind/index/${f}`);
  return [
    { label: '首页', path: '' },
    { label: '最长的文献页', path: biggest(sources).replace(/index\.html$/, '') },
    { label: '搜索索引（最大的分块）', path: biggest(chunks) },
  ];
}

export async function benchLoad({
  root,
  dist,
  work,
  connections = 50,
  seconds = 10,
  tool = hasWrk() ? 'wrk' : 'autocannon',
  log,
}: {
  root: string;
  dist: string;
  work: string;
  connections?: number;
  seconds?: number;
  tool?: LoadTool;
  log: (msg: string) => void;
}): Promise<LoadResult> {
  if (!existsSync(path.join(dist, 'index.html.gz'))) {
    throw new Error(`${path.relative(root, dist)}/ has no compressed files: run npm run build first (the load part serves what npm start serves)`);
  }
  const targets = loadTargets(dist);
  const ourPort = await freePort();
  const ours = startProcess(process.execPath, ['scripts/serve.ts', '--dir', dist, '--base', BASE, '--port', String(ourPort)], root);
  let nginx: RunningNginx | undefined;
  let nginxVersion = 'not installed: nginx not measured';
  let nginxPort = 0;
  const nginxBinary = findNginx();
  try {
    await waitFor(`http://127.0.0.1:${ourPort}${BASE}`, ours.child, ours.output);
    if (nginxBinary) {
      nginxVersion = spawnSync(nginxBinary, ['-v'], { encoding: 'utf8' }).stderr.trim().replace(/^nginx version: /, '');
      nginx = await startNginx({ binary: nginxBinary, root, dist, prefix: path.join(work, 'nginx') });
      nginxPort = nginx.port;
    }
    const rows: LoadRow[] = [];
    for (const target of targets) {
      log(`load: ${target.label} ${BASE}${target.path} — npm run serve …`);
      const row: LoadRow = { ...target, ours: await hammer(tool, `http://127.0.0.1:${ourPort}${BASE}${target.path}`, connections, seconds) };
      if (nginx) {
        log(`load: ${target.label} — nginx …`);
        row.nginx = await hammer(tool, `http://127.0.0.1:${nginxPort}${BASE}${target.path}`, connections, seconds);
        row.ratio = row.ours.rps / row.nginx.rps;
      }
      rows.push(row);
    }
    const version =
      tool === 'wrk'
        ? (spawnSync('wrk', ['--version'], { encoding: 'utf8' }).stdout.split(' [')[0] ?? 'wrk').trim()
        : `autocannon ${(JSON.parse(readFileSync(path.join(root, 'node_modules/autocannon/package.json'), 'utf8')) as { version: string }).version}`;
    return { connections, seconds, tool: version, nginx: nginxVersion, rows };
  } finally {
    await stopProcess(ours.child);
    if (nginx) await nginx.stop();
  }
}
