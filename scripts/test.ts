// `npm test`: the type check and the unit tests side by side, then the build and the browser
// tests. The type check keeps one core busy and the unit tests barely two, so together they take
// about the longer of the two (measured on two cores: 24 s instead of 31–36 s one after the
// other). Their outputs are printed whole, one after the other, as each ends; the build and the
// browser tests print as they go. Beside the build runs the build under /kb/ that the browser
// tests also read (a build keeps about 1.3 cores busy: side by side the two take 8.7 s on two
// cores, one after the other 13.5 s); its output is printed only when it fails. The first step
// that fails stops the run with its exit code.
import { spawn } from 'node:child_process';
import { buildKbSite, KB_BASE, KB_BUILT_ENV } from './kit/kb-site.ts';

interface Step {
  /** The npm script. */
  script: string;
  /** What it is, for the reader of the log. */
  title: string;
}

const SIDE_BY_SIDE: Step[] = [
  { script: 'check', title: '类型检查 (astro check)' },
  { script: 'test:unit', title: '单元测试 (vitest --project unit)' },
];
const BUILD: Step = { script: 'build', title: '构建 (npm run build)' };
const SITE_TESTS: Step = { script: 'test:site', title: '浏览器测试 (vitest --project site)' };

/** Runs `npm run <script>`; with `collect`, returns its output instead of printing it. */
function npmRun(step: Step, collect: boolean, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', step.script], {
      stdio: collect ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      shell: process.platform === 'win32',
      // Colours as in a terminal when the log is one.
      env: { ...process.env, ...(collect && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...env },
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const heading = (step: Step): void => console.log(`\n== ${step.title}\n`);
function stop(title: string, code: number): never {
  console.error(`\n${title} 失败（退出码 ${code}）。`);
  process.exit(code);
}

console.log(`== ${SIDE_BY_SIDE.map((s) => s.title).join(' 与 ')} 同时运行……`);
const results = await Promise.all(SIDE_BY_SIDE.map((s) => npmRun(s, true)));
results.forEach((r, i) => {
  heading(SIDE_BY_SIDE[i]!);
  process.stdout.write(r.output);
});
const failed = results.findIndex((r) => r.code !== 0);
if (failed >= 0) stop(SIDE_BY_SIDE[failed]!.title, results[failed]!.code);
heading(BUILD);
const [build, kb] = await Promise.all([npmRun(BUILD, false), buildKbSite().then(() => null, (error: unknown) => String(error))]);
if (build.code !== 0) stop(BUILD.title, build.code);
if (kb !== null) {
  console.error(kb);
  stop(`${KB_BASE} 下的构建`, 1);
}
console.log(`\n（${KB_BASE} 下的构建已同时完成，供浏览器测试使用。）`);
heading(SITE_TESTS);
const site = await npmRun(SITE_TESTS, false, { [KB_BUILT_ENV]: '1' });
if (site.code !== 0) stop(SITE_TESTS.title, site.code);
