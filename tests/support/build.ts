// The build runner lives in the tools kit shared with the benchmark.
export { buildOrThrow, runBuild, type BuildOptions, type BuildResult } from '../../scripts/kit/build.ts';
