// A topic's teaching plan (教学安排, content/topics/<id>.yaml `teaching`) as the topic page, the
// pack and the Word file show it: the editors' objectives, timed steps and board plan, and for
// each 研讨题 its reference points (要点) — verbatim quotes, display-cleaned, each with the
// paragraph it comes from (the content check found every quote in its source).
import type { Topic } from '../../schemas/topic.ts';
import { displayText } from '../knowledge/display.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import type { HandoutTeaching } from '../handouts/model.ts';
import { originalParagraph, type SourceTitles } from '../handouts/paragraphs.ts';
import { UI } from '../ui/zh-CN.ts';
import { ROUTES, frameworkHref } from '../routes.ts';

/** Site pages of the comparison tables a board plan can build on. */
export const BOARD_TABLE_HREF = { 'cases-compare': ROUTES.casesCompare, 'frameworks-compare': ROUTES.frameworksCompare } as const;

export function teachingOf(topic: Entry<Topic>, kb: KnowledgeBase, titles: SourceTitles): HandoutTeaching {
  const t = topic.data.teaching;
  const prompts = topic.data.editorial.prompts;
  const { table, framework } = t.board;
  const f = framework ? kb.frameworks.find((e) => e.id === framework) : undefined;
  const basis = table
    ? { label: UI.teaching.boardTable[table], href: BOARD_TABLE_HREF[table] }
    : f
      ? { label: f.data.name.value, href: frameworkHref(f.id) }
      : undefined;
  return {
    objectives: t.objectives,
    steps: t.plan.map((s) => ({ label: UI.teaching.stepKind[s.kind], minutes: s.minutes, text: s.text, prompts: s.prompts ?? [] })),
    totalMinutes: t.plan.reduce((n, s) => n + s.minutes, 0),
    points: [...t.points]
      .sort((a, b) => a.prompt - b.prompt)
      .map((p) => ({
        prompt: p.prompt,
        promptText: prompts[p.prompt - 1] ?? '',
        quotes: p.quotes.map((q) => ({ text: displayText(q.text), paragraph: originalParagraph(q, titles) })),
      })),
    board: { text: t.board.text, basis },
  };
}
