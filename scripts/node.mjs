// Runs a project script under a Node.js that is new enough for it, so that `npm start` and
// `npm test` work on any machine with Node ≥ 18 and npm.
//
// The project's scripts are TypeScript run directly by Node (type stripping is on by default
// from Node 22.18) and Astro 7 needs Node ≥ 22.12. When the Node running this file is older, it
// installs the official Node 24 binary from the npm registry (the package node-<os>-<cpu>, a plain
// tarball with no install script) into .cache/node/ once, and runs the script with that.
//
// This file is plain JavaScript on purpose: it must run on the old Node it replaces.
//
//   node scripts/node.mjs <script.ts | script.mjs> [arguments…]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MINIMUM = [22, 18, 0];
export const FETCHED_MAJOR = 24;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** True when `version` ("v20.20.2" or "20.20.2") is at least `minimum`. */
export function isRecentEnough(version, minimum = MINIMUM) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < minimum.length; i += 1) {
    const have = parts[i] ?? 0;
    if (have !== minimum[i]) return have > minimum[i];
  }
  return true;
}

/** The npm package that holds the official Node binary for this OS and CPU, or undefined. */
export function binaryPackage(platform = process.platform, arch = process.arch) {
  const os = { linux: 'linux', darwin: 'darwin' }[platform];
  const cpu = { x64: 'x64', arm64: 'arm64' }[arch];
  return os && cpu ? `node-${os}-${cpu}` : undefined;
}

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(2);
}

/** Path of a Node binary ≥ MINIMUM: this one, or Node 24 in the cache (fetched when absent). */
function recentNode() {
  if (isRecentEnough(process.version)) return process.execPath;
  const cache = process.env.KB_NODE_CACHE ?? path.join(ROOT, '.cache/node');
  const pkg = binaryPackage();
  if (!pkg) {
    fail([
      `本项目需要 Node.js ≥ ${MINIMUM.join('.')}，当前为 ${process.version}（${process.platform}/${process.arch}），且无法为此平台自动获取。`,
      '请安装 Node.js 24 LTS（https://nodejs.org/ 或 `nvm install 24`）后重试。',
    ]);
  }
  const binary = path.join(cache, 'node_modules', pkg, 'bin', 'node');
  if (existsSync(binary)) return binary;
  console.error(`当前 Node.js 为 ${process.version}，本项目需要 ≥ ${MINIMUM.join('.')}：正在从 npm 获取 Node ${FETCHED_MAJOR}（${pkg}，只需一次）…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(
    npm,
    ['install', '--prefix', cache, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@${FETCHED_MAJOR}`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (install.status !== 0 || !existsSync(binary)) {
    fail([
      `无法获取 Node ${FETCHED_MAJOR}：\`npm install ${pkg}@${FETCHED_MAJOR}\` 失败（无法访问 npm 源？）。`,
      `请安装 Node.js ≥ ${MINIMUM.join('.')}（推荐 24 LTS：https://nodejs.org/ 或 \`nvm install 24\`），或设置可用的 npm 源（npm config set registry …）后重试。`,
    ]);
  }
  return binary;
}

function main() {
  const [script, ...args] = process.argv.slice(2);
  if (!script) fail(['用法：node scripts/node.mjs <脚本> [参数…]']);
  const node = recentNode();
  // Child processes (Astro, Vitest, the build) find the same Node first on PATH.
  const env = {
    ...process.env,
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // Ctrl+C reaches the child too; wait for it to finish instead of dying first.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
  const run = spawnSync(node, [script, ...args], { stdio: 'inherit', env });
  if (run.error) fail([`无法运行 ${script}：${run.error.message}`]);
  if (run.signal) process.kill(process.pid, run.signal);
  process.exit(run.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
