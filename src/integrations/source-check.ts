// Astro integration: before anything is built, checks that every raw source is the untouched
// UTF-8 original (sha256 in source.yaml) and every generated reading text names a known source,
// matches its raw text and has a body. Any problem stops the build naming the file, the field
// and what was expected. Wiring only: the checks live in src/lib/integrity/sources.ts.
import type { AstroIntegration } from 'astro';
import { assertSourceIntegrity } from '../lib/integrity/sources.ts';

export default function sourceCheck(): AstroIntegration {
  return {
    name: 'kb:source-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        assertSourceIntegrity(process.cwd(), process.env.SITE_CONTENT_DIR ?? 'content');
        logger.info('raw sources and reading texts intact');
      },
    },
  };
}
