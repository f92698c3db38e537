// The "相关内容" block of the case and practice pages: groups of links, empty groups left out.
import type { PartialDate } from '../knowledge/dates.ts';
import { formatDateZh } from '../knowledge/dates.ts';

export interface RelatedLink {
  href: string;
  label: string;
  /** Dated links (timeline events) show the date first. */
  date?: { iso: string; label: string };
}

export interface RelatedGroup {
  title: string;
  /** The grouping is the editors' (shown as （编者归类）). */
  editorial?: boolean;
  note?: string;
  /** One link a line (dated events) rather than inline. */
  plain?: boolean;
  /** Marks the list for tests and scripts (data-related-practices). */
  practices?: boolean;
  links: RelatedLink[];
}

/** The groups that have links. */
export function relatedGroups(groups: readonly RelatedGroup[]): RelatedGroup[] {
  return groups.filter((g) => g.links.length > 0);
}

export function datedLink(href: string, label: string, date: PartialDate): RelatedLink {
  return { href, label, date: { iso: date.iso, label: formatDateZh(date) } };
}
