// Alliance models (联盟模式, content/models/): the four models of the Wuxi paper. Shown as groups
// on the case library (/cases/#<id>); names linked in reading texts.
import { caseKind } from './case.ts';
import { modelHref } from '../../routes.ts';
import { byNumber, declareKind, QUOTED_NAME } from './declaration.ts';

export const modelKind = declareKind({
  collection: 'models',
  name: 'model',
  order: byNumber,
  href: modelHref,
  ...QUOTED_NAME,
  names: (d) => [d.name.value],
  mentions: 'link',
  searchNames: true,
  references: [{ field: 'representatives.value', to: caseKind.name }],
  check({ id, data }, { kb, report }) {
    const first = kb.models.find((m) => m.data.number === data.number);
    if (first && first.id !== id) report('number', `model number ${data.number} also used by "${first.id}"`);
    data.representatives.value.forEach((caseId, i) => {
      const c = kb.cases.find((x) => x.id === caseId);
      if (c && c.data.kind !== 'alliance') report(`representatives.value[${i}]`, `case "${caseId}" is not an alliance`);
      else if (c && c.data.kind === 'alliance' && !c.data.models.some((x) => x.model === id)) {
        report(`representatives.value[${i}]`, `case "${caseId}" does not list model "${id}" in its models`);
      }
    });
  },
});
