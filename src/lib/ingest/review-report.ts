// The review report of an ingested PDF or Word file (content/sources/<id>/review.txt, also
// printed): what the file states about itself and where each field was read, what extraction
// removed (running headers, footers, page numbers), what it joined and what it repaired or
// recognised, and where each printed page starts — so the editor checks before publishing.
// In Chinese, for the editors. Pure.
import type { SourceDocument } from './document.ts';
import type { ExtractedText, ReviewEntry } from './extracted.ts';
import { pageRange, type SourceLayout } from './extraction-files.ts';

const FIELDS: [keyof ExtractedText['record'], string][] = [
  ['title', '题名'],
  ['subtitle', '副题名'],
  ['authors', '作者'],
  ['institution', '单位'],
  ['journal', '刊名'],
  ['year', '年份'],
  ['issue', '期'],
  ['pages', '起止页码'],
];

function pagesOf(e: ReviewEntry): string {
  return e.pages && e.pages.length > 0 ? `第 ${e.pages.join('、')} 页：` : '';
}

export interface ReviewInput {
  id: string;
  file: string;
  extracted: ExtractedText;
  layout: SourceLayout;
  document: SourceDocument;
  rawLines: number;
}

export function reviewReport({ id, file, extracted, layout, document, rawLines }: ReviewInput): string {
  const out: string[] = [];
  out.push(`整理报告：content/sources/${id}/（来自 ${file}，用 ${extracted.tool} 提取）`);
  out.push('发布前请逐项核对；原始文本 raw.txt 此后不再改动，个别修复写入 repairs.yaml。');
  out.push('');
  out.push('一、著录（source.yaml，只记文件本身载明的信息）');
  const r = extracted.record;
  for (const [key, label] of FIELDS) {
    const value = r[key];
    const shown = Array.isArray(value) ? value.join('、') : value;
    out.push(shown === undefined || shown === '' ? `  ${label}：（文件未载明，留空）` : `  ${label}：${shown}（据${r.from[key] ?? '文件'}）`);
  }
  out.push('');
  const removed = extracted.review.filter((e) => e.kind === 'removed');
  out.push(`二、删除的页面附属文字（页眉、页脚、页码）：${removed.length} 处`);
  for (const e of removed) out.push(`  ${pagesOf(e)}${e.text}`);
  if (removed.length === 0) out.push('  无');
  for (const h of document.runningHeaders) out.push(`  原始文本中重复出现的页眉行“${h.text}”（第 ${h.lines.join('、')} 行）`);
  out.push('');
  const paragraphs = document.parts.reduce((n, p) => n + p.blocks.filter((b) => b.type === 'paragraph').length, 0);
  out.push('三、拼接');
  out.push(`  原始文本 ${rawLines} 行（空行分段），拼成 ${paragraphs} 段正文；汉字之间不加空格，拉丁字母单词之间保留一个空格`);
  for (const e of extracted.review.filter((e) => e.kind === 'joined')) out.push(`  ${pagesOf(e)}${e.text}`);
  out.push('');
  out.push('四、修复与识别');
  const headings = document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
  out.push(`  标题 ${headings.length} 个${headings.length > 0 ? `：${headings.join('；')}` : ''}`);
  const notes = document.parts.reduce((n, p) => n + p.footnotes.filter((f) => f.text !== '').length, 0);
  out.push(`  脚注 ${notes} 条`);
  for (const e of extracted.review.filter((e) => e.kind === 'repaired' || e.kind === 'recognised' || e.kind === 'note')) out.push(`  ${pagesOf(e)}${e.text}`);
  if (layout.pages && layout.pages.length > 0) {
    out.push('');
    out.push('五、页码（每段据此标出所在页，引用时注明页码）');
    for (const p of layout.pages) {
      const printed = p.printed === undefined ? '未印页码' : p.inferred ? `页码 ${p.printed}（本页未印，据前后页推定）` : `页码 ${p.printed}`;
      out.push(`  ${layout.format === 'docx' ? 'Word 排版' : '文件'}第 ${p.index} 页：${printed}，原始文本第 ${p.line} 行起`);
    }
    out.push('');
    out.push('六、各段所在页（段落地址 ¶行号：页码，引用时写作“: 12”或“: 12–13”）');
    const located = document.parts.flatMap((part) =>
      part.blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? (b.lines.length > 0 ? [`¶${b.lines[0]}: ${pageRange(layout.pages!, b.lines, layout.elsewhere) ?? '?'}`] : []) : [])),
    );
    for (let k = 0; k < located.length; k += 6) out.push(`  ${located.slice(k, k + 6).join('；')}`);
  }
  return `${out.join('\n')}\n`;
}
