// What `npm run ingest` tells the editor when a PDF or Word file cannot be ingested, in
// Chinese (the editors' language). Each message follows the file name (IngestInputError) and
// says what is wrong and what to do next.
export const MESSAGES = {
  pdfEncrypted: 'PDF 文件已加密（需要密码才能打开），无法读取其文字。请向来源索取未加密的文件，或用有权限的阅读器解除密码后另存，再运行 npm run ingest。',
  pdfUnreadable: (detail: string): string => `不是可读的 PDF 文件（${detail}）。请确认文件完整（重新下载或另存一次），再运行 npm run ingest。`,
  pdfScanned: (pages: string, total: number): string =>
    `${pages}是图像（扫描件），没有文字层（全文共 ${total} 页）。本工具不做文字识别（OCR）：请向来源索取带文字层的 PDF，或先用 OCR 软件生成文字层并逐字校对，再运行 npm run ingest。`,
  pdfUndecodable: (pages: string): string =>
    `${pages}的文字无法解码（字体没有 ToUnicode 对照表，提取出 U+FFFD 或私用区字符）。请向来源索取可复制文字的 PDF，或另行提供这些页的文字，再运行 npm run ingest。`,
  pdfNoText: 'PDF 中没有任何文字（也没有图像页）。请确认文件是否正确。',
  docxUnreadable: (detail: string): string => `不是可读的 Word 文件（.docx）（${detail}）。文件可能已损坏或并非 .docx（旧的 .doc 请先用 Word 或 LibreOffice 另存为 .docx），再运行 npm run ingest。`,
  docxEmpty: 'Word 文件中没有文字。请确认文件是否正确。',
  unknownFormat: (ext: string): string => `不支持的文件类型“${ext}”：请给出 .pdf、.docx 或 .txt 文件。`,
  idUsed: (id: string, where: string): string => `编号“${id}”已被使用（${where} 已存在）。请用 --id 另取一个新编号；重新整理已有文献请用 npm run ingest -- --all。`,
  alreadyIngested: (other: string): string => `这份文本已作为“${other}”收入 content/sources/，无需重复添加。`,
} as const;
