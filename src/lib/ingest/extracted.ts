// The text of a PDF or Word file as extraction hands it over, before the text rules run:
// paragraphs of printed lines, each line with the page it was printed on, plus what the
// file states about itself and what extraction did (for the editor's review report).
// PDF (./pdf-layout.ts) and Word (./docx.ts) both produce this; ./extraction-files.ts turns
// it into raw.txt and its companion pages.yaml.

export interface ExtractedLine {
  text: string;
  /** 1-based page index in the file (PDF; Word where its pages are known, ./docx-pages.ts). */
  page?: number;
}

export type ParagraphKind = 'title' | 'byline' | 'heading' | 'body' | 'footnote' | 'list' | 'table';

export interface ExtractedParagraph {
  kind: ParagraphKind;
  /** Heading level (1 = outermost), for headings. */
  level?: number;
  lines: ExtractedLine[];
}

/** What the file states about itself; a field is absent when the file does not say. */
export interface StatedRecord {
  title?: string;
  subtitle?: string;
  authors?: string[];
  institution?: string;
  journal?: string;
  year?: number;
  /** Journal issue (期). */
  issue?: string;
  /** Printed page range, e.g. "12–14". */
  pages?: string;
  /** Where each field was read: "PDF 文档信息", "首页", "页眉" … */
  from: Record<string, string>;
}

/** One entry of the review report: what extraction changed, where. */
export interface ReviewEntry {
  kind: 'removed' | 'joined' | 'repaired' | 'recognised' | 'note';
  /** Page(s) concerned, when the file has pages. */
  pages?: number[];
  text: string;
}

/** A printed page: its index in the file and the number printed on it, when there is one. */
export interface PageInfo {
  index: number;
  printed?: string;
  /** The number was not printed on this page but follows from its numbered neighbours. */
  inferred?: boolean;
}

export interface ExtractedText {
  format: 'pdf' | 'docx';
  /** The library that read the file, with its version. */
  tool: string;
  paragraphs: ExtractedParagraph[];
  /** PDF: every page of the file. */
  pages?: PageInfo[];
  record: StatedRecord;
  review: ReviewEntry[];
}
