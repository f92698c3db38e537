// The search page keeps its whole state in the URL (?q=…&type=…&source=…&dimension=…),
// so a search can be shared and back/forward restore it.
import { FACETS } from './facets.ts';
import { normalizeQueryText } from './query.ts';

export interface SearchState {
  q: string;
  /** filter name → ticked values (sorted, unique). */
  filters: Record<string, string[]>;
}

const FILTER_NAMES: readonly string[] = FACETS.map((f) => f.name);
/** Longest parameter value read from the URL; anything longer is cut. */
const MAX_PARAM = 1000;

export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q = normalizeQueryText((params.get('q') ?? '').slice(0, MAX_PARAM));
  const filters: Record<string, string[]> = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).map((v) => v.trim().slice(0, MAX_PARAM)).filter(Boolean))].sort();
    if (values.length > 0) filters[name] = values;
  }
  return { q, filters };
}

/** The query string for a state ("?q=…&type=…"), or "" for the empty state. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const v of [...(state.filters[name] ?? [])].sort()) params.append(name, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return writeState(a) === writeState(b);
}

/** The state with one filter value ticked or unticked. */
export function toggleFilter(state: SearchState, name: string, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[name] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters };
  if (current.size > 0) filters[name] = [...current].sort();
  else delete filters[name];
  return { q: state.q, filters };
}
