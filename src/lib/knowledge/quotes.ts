// Walks entries for every quote they carry, with the field path of each.
import type { Quote } from '../../schemas/knowledge.ts';

export interface LocatedQuote {
  /** Field path inside the entry, e.g. `founded.quote` or `definitions[1]`. */
  field: string;
  quote: Quote;
}

function isQuote(value: unknown): value is Quote {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.source === 'string' && typeof v.text === 'string';
}

/** Appends a key or index to a field path. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

/** Formats a zod-style path ([ 'a', 0, 'b' ]) as `a[0].b`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out = joinPath(out, typeof key === 'number' ? key : String(key));
  return out || '(entry)';
}

/** Every quote in a value (objects with string `source` and `text`), depth first, in order. */
export function collectQuotes(value: unknown, base = ''): LocatedQuote[] {
  const out: LocatedQuote[] = [];
  const walk = (v: unknown, path: string): void => {
    if (isQuote(v)) {
      out.push({ field: path, quote: v });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, joinPath(path, i)));
      return;
    }
    if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) walk(item, joinPath(path, k));
    }
  };
  walk(value, base);
  return out;
}
