// Timeline events (时间线, content/events/): dated facts. Shown on /timeline/#<id>.
import { eventHref } from '../../routes.ts';
import { caseKind } from './case.ts';
import { byId, declareKind } from './declaration.ts';

export const eventKind = declareKind({
  collection: 'events',
  name: 'event',
  order: byId,
  href: eventHref,
  title: (d) => d.title.value,
  source: (d) => d.source,
  sameSource: ['date.quote', 'title.quote'],
  references: [{ field: 'cases', to: caseKind.name }],
  check({ data: d }, { kb, report }) {
    d.cases.forEach((id) => {
      const c = kb.cases.find((x) => x.id === id);
      if (d.kind === 'founding' && c && c.data.kind === 'alliance' && c.data.founded.value !== d.date.value) {
        report('date.value', `founding date "${d.date.value}" differs from case "${id}" founded "${c.data.founded.value}"`);
      }
    });
  },
});
