// Reads a PDF's text layer with pdf.js (pdfjs-dist, the library Firefox uses) and lays it out
// (./pdf-layout.ts). Chinese CID fonts need the Adobe CMaps, which ship in the package: they are
// loaded from node_modules, never from the network. No OCR: a PDF whose text the library cannot
// decode (no ToUnicode map: U+FFFD or private-use characters) or whose pages are images
// without a text layer is refused, naming the pages.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, OPS, version } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestInputError } from './errors.ts';
import type { ExtractedText } from './extracted.ts';
import { MESSAGES } from './messages.ts';
import { layOut, undecodablePages, type PdfPageText, type PdfRun } from './pdf-layout.ts';
import { readStatedRecord } from './stated-record.ts';

const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A page list as a reader writes it: 第 3、5–7 页. */
export function pageList(pages: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    ranges.push(j === i ? String(pages[i]) : `${pages[i]}–${pages[j]}`);
    i = j;
  }
  return `第 ${ranges.join('、')} 页`;
}

interface Info {
  Title?: string;
  Author?: string;
}

/** Reads a PDF into extracted text. Throws IngestInputError (in Chinese, naming the file) for what it cannot read. */
export async function readPdf(file: string, bytes: Uint8Array): Promise<ExtractedText> {
  const task = getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: `${PDFJS_DIR}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${PDFJS_DIR}/standard_fonts/`,
      useSystemFonts: false,
      verbosity: 0,
    });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new IngestInputError(file, MESSAGES.pdfEncrypted);
    throw new IngestInputError(file, MESSAGES.pdfUnreadable(String((e as Error).message ?? e)));
  }
  try {
    const pages: PdfPageText[] = [];
    const scanned: number[] = [];
    for (let index = 1; index <= doc.numPages; index++) {
      const page = await doc.getPage(index);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        runs.push({ str: item.str, x: e!, y: f!, width: item.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!), font: item.fontName });
      }
      const text = runs.map((r) => r.str).join('');
      const chars = text.replace(/\s/g, '');
      if (chars.length === 0) {
        const ops = await page.getOperatorList();
        if (ops.fnArray.some((fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject)) scanned.push(index);
      }
      pages.push({ index, width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    if (scanned.length > 0) throw new IngestInputError(file, MESSAGES.pdfScanned(pageList(scanned), doc.numPages));
    const undecodable = undecodablePages(pages);
    if (undecodable.length > 0) throw new IngestInputError(file, MESSAGES.pdfUndecodable(pageList(undecodable)));
    if (pages.every((p) => p.runs.every((r) => r.str.trim() === ''))) throw new IngestInputError(file, MESSAGES.pdfNoText);
    const info = ((await doc.getMetadata()).info ?? {}) as Info;
    const laid = layOut(pages);
    const record = readStatedRecord(laid.paragraphs, laid.pages, {
      ...(info.Title?.trim() ? { title: info.Title.trim() } : {}),
      ...(info.Author?.trim() ? { author: info.Author.trim() } : {}),
    }, laid.review);
    return { format: 'pdf', tool: `pdfjs-dist ${version}`, paragraphs: laid.paragraphs, pages: laid.pages, record, review: laid.review };
  } finally {
    await task.destroy();
  }
}
