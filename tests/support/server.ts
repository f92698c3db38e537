// Starts the site server on a free loopback port for a test.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { createSiteServer, stopServer } from '../../scripts/serve.ts';

export interface RunningSite {
  /** Origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Full URL of the site root including base, e.g. http://127.0.0.1:40123/kb/ */
  root: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** `csp`: send the Content-Security-Policy and the other security headers, as `npm run serve` does by default. */
export async function serveSite(dir: string, base = '/', csp = false): Promise<RunningSite> {
  const server = createSiteServer({ dir, base, port: 0, host: '127.0.0.1', securityHeaders: csp, log: false, watchMs: 0 });
  await server.ready;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const root = `${origin}${base}`;
  return {
    origin,
    root,
    url: (path: string) => `${root}${path.replace(/^\//, '')}`,
    close: () => stopServer(server, 0),
  };
}

/**
 * The site served for the tests of the enclosing file or describe block: started before them,
 * stopped after. The returned site can be used in tests (not at collection time).
 */
export function servedDuringTests(dir: string, base = '/', csp = false): RunningSite {
  let running: RunningSite | undefined;
  beforeAll(async () => {
    running = await serveSite(dir, base, csp);
  });
  afterAll(async () => {
    await running?.close();
  });
  const started = (): RunningSite => {
    if (!running) throw new Error(`the site in ${dir} is served only while its tests run`);
    return running;
  };
  return {
    get origin() {
      return started().origin;
    },
    get root() {
      return started().root;
    },
    url: (path) => started().url(path),
    close: () => started().close(),
  };
}
