// `npm test`: the type check and the unit tests side by side, then the build and the browser
// tests. The type check keeps one core busy and the unit tests barely two, so together they take
// about the longer of the two (measured on two cores: 24 s instead of 31–36 s one after the
// other). Their outputs are printed whole, one after the other, as each ends; the build and the
// browser tests print as they go. The first step that fails stops the run with its exit code.
import { spawn } from 'node:child_process';

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
const IN_TURN: Step[] = [
  { script: 'build', title: '构建 (npm run build)' },
  { script: 'test:site', title: '浏览器测试 (vitest --project site)' },
];

/** Runs `npm run <script>`; with `collect`, returns its output instead of printing it. */
function npmRun(step: Step, collect: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', step.script], {
      stdio: collect ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      shell: process.platform === 'win32',
      // Colours as in a terminal when the log is one.
      env: collect && process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const heading = (step: Step): void => console.log(`\n== ${step.title}\n`);

console.log(`== ${SIDE_BY_SIDE.map((s) => s.title).join(' 与 ')} 同时运行……`);
const results = await Promise.all(SIDE_BY_SIDE.map((s) => npmRun(s, true)));
results.forEach((r, i) => {
  heading(SIDE_BY_SIDE[i]!);
  process.stdout.write(r.output);
});
const failed = results.findIndex((r) => r.code !== 0);
if (failed >= 0) {
  console.error(`\n${SIDE_BY_SIDE[failed]!.title} 失败（退出码 ${results[failed]!.code}）。`);
  process.exit(results[failed]!.code);
}
for (const step of IN_TURN) {
  heading(step);
  const { code } = await npmRun(step, false);
  if (code !== 0) {
    console.error(`\n${step.title} 失败（退出码 ${code}）。`);
    process.exit(code);
  }
}
