// Astro integration: before anything is built, loads the knowledge model (cases, models,
// mechanisms, frameworks, practices, terms, events, study topics) and checks every quote against its raw
// source and every reference between entries. Any problem stops the build with the file,
// the field and what was expected. Wiring only: the checks live in src/lib/knowledge/.
import type { AstroIntegration } from 'astro';
import { assertKnowledgeValid } from '../lib/knowledge/load.ts';
import { assertTopicsValid } from '../lib/topics/load.ts';

export default function knowledgeCheck(): AstroIntegration {
  return {
    name: 'kb:knowledge-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const contentDir = process.env.SITE_CONTENT_DIR ?? 'content';
        const kb = assertKnowledgeValid({ contentDir, sourcesDir: `${contentDir}/sources` });
        const topics = assertTopicsValid(contentDir, kb);
        logger.info(
          `knowledge model valid: ${kb.cases.length} cases, ${kb.practices.length} practices, ${kb.terms.length} terms, ${topics.length} topics`,
        );
      },
    },
  };
}
