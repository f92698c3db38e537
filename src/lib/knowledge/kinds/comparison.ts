// The editors' comparison of two frameworks (编者对照, content/comparisons/): never a source
// fact. Shown on /frameworks/compare/.
import { ROUTES } from '../../routes.ts';
import { byId, declareKind } from './declaration.ts';
import { frameworkKind } from './framework.ts';

export const comparisonKind = declareKind({
  collection: 'comparisons',
  name: 'comparison',
  order: byId,
  href: () => ROUTES.frameworksCompare,
  title: (d) => d.title,
  references: [
    { field: 'left', to: frameworkKind.name },
    { field: 'right', to: frameworkKind.name },
  ],
  /** Each pair names a dimension or sub-point of its side's framework. */
  check({ data: d }, { kb, report }) {
    const dimsOf = (fwId: string): Set<string> | undefined => {
      const fw = kb.frameworks.find((f) => f.id === fwId);
      return fw ? new Set(fw.data.dimensions.flatMap((x) => [x.id, ...x.points.map((p) => p.id)])) : undefined;
    };
    const sides = [['left', d.left, dimsOf(d.left)], ['right', d.right, dimsOf(d.right)]] as const;
    d.pairs.forEach((pair, i) => {
      for (const [side, fw, valid] of sides) {
        const id = pair[side];
        if (valid && !valid.has(id)) {
          report(`pairs[${i}].${side}`, `unknown dimension (of framework "${fw}") id "${id}"; valid ids: ${valid.size ? [...valid].sort().join(', ') : '(none)'}`);
        }
      }
    });
  },
});
