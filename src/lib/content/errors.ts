// The one error the content layer throws: every problem found in the content, each naming the
// file, the field and what was expected.

/** A problem found in the content, always naming the file and the field. */
export interface ContentIssue {
  /** The file, relative to the project root. */
  file: string;
  /** The field inside the file, or "(file)", "(entry)", "(frontmatter)", "(body)", "(encoding)" … */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: field "${issue.field}": ${issue.message}`;
}

export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(`The content has ${issues.length} problem(s):\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** The first line of an error's message, without a trailing colon (YAML errors run on over several lines). */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/:$/, '');
}
