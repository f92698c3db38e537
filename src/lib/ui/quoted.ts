// How a name stands in Chinese running text: in one pair of quotation marks, whether or not the
// name as the source writes it carries its own (“支部建在连上”). Pure; used by the UI strings and
// the self-test questions.

/** A name in quotation marks: “name”, inner quotation marks turned into ‘’. */
export function quoted(name: string): string {
  const bare = unquoted(name);
  return `“${bare.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** A name without the quotation marks around all of it: “公推直选” → 公推直选. */
export function unquoted(name: string): string {
  return /^“[^“”]*”$/.test(name) ? name.slice(1, -1) : name;
}
