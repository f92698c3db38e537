// Route data of the mechanisms page (/mechanisms/): each mechanism's rules and the
// practices the editors relate to it.
import type { Mechanism, Quote } from '../../schemas/knowledge.ts';
import { displayText } from '../knowledge/display.ts';
import { type SourceInfo } from '../knowledge/present.ts';
import { practicesForMechanism } from '../knowledge/related.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import type { RelatedLink } from './related.ts';
import { UI } from '../ui/zh-CN.ts';
import { practiceHref, sourceHref } from '../routes.ts';

export interface MechanismsView {
  sources: { href: string; title: string | undefined }[];
  ruleCount: number;
  mechanisms: {
    entry: Entry<Mechanism>;
    rules: { aspect: string; text: string; quote: Quote }[];
    practices: RelatedLink[];
  }[];
}

export function mechanismsView(kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): MechanismsView {
  return {
    sources: [...new Set(kb.mechanisms.map((m) => m.data.source))].map((id) => ({ href: sourceHref(id), title: sources.get(id)?.title })),
    ruleCount: kb.mechanisms.reduce((n, m) => n + m.data.rules.length, 0),
    mechanisms: kb.mechanisms.map((m) => ({
      entry: m,
      rules: m.data.rules.map((r) => ({ aspect: UI.ruleAspect[r.aspect], text: displayText(r.value), quote: r.quote })),
      practices: practicesForMechanism(m.id, kb).map((p) => ({ href: practiceHref(p.id), label: p.data.name.value })),
    })),
  };
}
