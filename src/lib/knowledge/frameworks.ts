// Index of framework dimensions and sub-points by their (globally unique) ids.
import type { Framework, FrameworkDimension, FrameworkPoint } from '../../schemas/knowledge.ts';
import type { Entry } from './types.ts';

export interface DimensionRef {
  /** The dimension's or sub-point's id. */
  id: string;
  level: 'dimension' | 'point';
  frameworkId: string;
  framework: Framework;
  dimension: FrameworkDimension;
  point?: FrameworkPoint;
  /** The short name (value of `name`). */
  label: string;
  /** Field path inside the framework file, for messages. */
  field: string;
}

export interface DimensionIndex {
  byId: Map<string, DimensionRef>;
  /** Ids defined more than once: id → every place it is defined. */
  duplicates: Map<string, DimensionRef[]>;
}

export function indexDimensions(frameworks: readonly Entry<Framework>[]): DimensionIndex {
  const byId = new Map<string, DimensionRef>();
  const duplicates = new Map<string, DimensionRef[]>();
  const add = (ref: DimensionRef): void => {
    const prev = byId.get(ref.id);
    if (prev) {
      const list = duplicates.get(ref.id) ?? [prev];
      list.push(ref);
      duplicates.set(ref.id, list);
      return;
    }
    byId.set(ref.id, ref);
  };
  for (const fw of frameworks) {
    fw.data.dimensions.forEach((dimension, d) => {
      add({
        id: dimension.id,
        level: 'dimension',
        frameworkId: fw.id,
        framework: fw.data,
        dimension,
        label: dimension.name.value,
        field: `dimensions[${d}].id`,
      });
      dimension.points.forEach((point, p) => {
        add({
          id: point.id,
          level: 'point',
          frameworkId: fw.id,
          framework: fw.data,
          dimension,
          point,
          label: point.name.value,
          field: `dimensions[${d}].points[${p}].id`,
        });
      });
    });
  }
  return { byId, duplicates };
}

/** Number of sub-points of a framework. */
export function countPoints(framework: Framework): number {
  return framework.dimensions.reduce((n, d) => n + d.points.length, 0);
}
