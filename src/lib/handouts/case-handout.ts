// A case's handout (printed from the case page, and as a Word file): its facts, each with
// the original paragraph it comes from, the editors' summary and 研讨题, room for notes.
import type { Case } from '../../schemas/knowledge.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { caseItem } from './items.ts';
import type { Handout } from './model.ts';
import type { SourceTitles } from './paragraphs.ts';
import { UI } from '../ui/zh-CN.ts';
import { docxFileName, fileHref } from './files.ts';
import { caseHref } from '../routes.ts';

/** The Word file of a case, named by the case: /cases/<id>/<name>·案例讲义.docx. */
export const caseDocxName = (name: string): string => docxFileName(name, UI.handout.caseFileKind);
export const caseDocxHref = (id: string, name: string): string => fileHref(caseHref(id), caseDocxName(name));

export function caseHandout(entry: Entry<Case>, kb: KnowledgeBase, titles: SourceTitles, references: Readonly<Record<string, string>>): Handout {
  const item = caseItem(entry, kb, titles);
  const ed = entry.data.editorial;
  return {
    title: entry.data.name.value,
    kind: UI.handout.caseKind,
    path: caseHref(entry.id),
    docx: caseDocxHref(entry.id, entry.data.name.value),
    intro: ed?.summary,
    items: [item],
    prompts: ed?.prompts ?? [],
    questions: [],
    references: references[entry.data.source] ? [references[entry.data.source]!] : [],
    minutes: item.minutes,
  };
}
