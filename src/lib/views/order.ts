// The site's one order for Chinese names: by pinyin (zh-Hans-CN collation).

const collator = new Intl.Collator('zh-Hans-CN');

/** Compares two Chinese names by pinyin. */
export function compareZh(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Entries sorted by their stated name (`data.name.value`), by pinyin. */
export function sortByName<T extends { data: { name: { value: string } } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareZh(a.data.name.value, b.data.name.value));
}
