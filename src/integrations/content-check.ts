// Astro integration: before anything is built, reads and validates the whole content — raw
// sources untouched and UTF-8, reading texts generated from them, the knowledge model with
// every quote found in its source, references between entries, study topics. Any problem stops
// the build naming the file, the field and what was expected. Wiring only: the readers and
// checks live in src/lib/content/.
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/dir.ts';
import { assertContentValid } from '../lib/content/validate.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'kb:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const root = process.cwd();
        const { kb, topics } = assertContentValid(root, path.relative(root, contentDir()) || '.');
        logger.info(
          `content valid: raw sources and reading texts intact; ${kb.cases.length} cases, ${kb.practices.length} practices, ${kb.terms.length} terms, ${topics.length} topics`,
        );
      },
    },
  };
}
