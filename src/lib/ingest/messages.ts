// What `npm run ingest` tells the editor when a PDF, Word or text file cannot be ingested, in
// Chinese (the editors' language). Each message follows the file name (IngestInputError) and
// says what is wrong and what to do next.
export const MESSAGES = {
  pdfEncrypted: 'PDF 文件已加密（需要密码才能打开），无法读取其文字。请向来源索取未加密的文件，或用有权限的阅读器解除密码后另存，再运行 npm run ingest。',
  pdfUnreadable: (detail: string): string => `不是可读的 PDF 文件（${detail}）。请确认文件完整（重新下载或另存一次），再运行 npm run ingest。`,
  pdfScanned: (pages: string, total: number): string =>
    `${pages}是图像（扫描件），没有文字层（全文共 ${total} 页）。本工具不做文字识别（OCR）：请向来源索取带文字层的 PDF，或先用 OCR 软件生成文字层并逐字校对，再运行 npm run ingest。`,
  pdfUndecodable: (pages: string): string =>
    `${pages}的文字无法解码（字体没有 ToUnicode 对照表，提取出的是 U+FFFD、私用区字符、控制字符或成串的无关拉丁字母）。请向来源索取可复制文字的 PDF，或另行提供这些页的文字，再运行 npm run ingest。`,
  pdfNoText: 'PDF 中没有任何文字（也没有图像页）。请确认文件是否正确。',
  docxUnreadable: (detail: string): string => `不是可读的 Word 文件（.docx）（${detail}）。文件可能已损坏或并非 .docx（旧的 .doc 请先用 Word 或 LibreOffice 另存为 .docx），再运行 npm run ingest。`,
  docxEmpty: 'Word 文件中没有文字。请确认文件是否正确。',
  txtEmpty: '文件是空的。请给出从原文提取的 UTF-8 文本（.txt），再运行 npm run ingest。',
  txtBlank: '文件只有空白，没有文字。请给出从原文提取的 UTF-8 文本（.txt），再运行 npm run ingest。',
  txtBinary: (where: string): string => `看来是二进制文件${where}，不是文本。请给出从原文提取的 UTF-8 文本（.txt）；PDF 与 Word 文件请直接给出 .pdf 或 .docx。`,
  /** `offset`: 1-based, as a reader counts. */
  txtGb18030: (hex: string, offset: number, han: number, command: string): string =>
    `文本不是 UTF-8 编码（第 ${offset} 字节为 0x${hex}），但可按 GB18030 解码（含 ${han} 个汉字）。请先转换为 UTF-8：\n  ${command}\n再导入转换后的文件。`,
  txtNotText: (hex: string, offset: number): string => `文本不是 UTF-8 编码（第 ${offset} 字节 0x${hex} 无效），也不是 GB18030。请另存为 UTF-8 文本，再运行 npm run ingest。`,
  noTitle:
    '找不到题名：文本开头应有一行题名（不带句末标点的短行，如“融合推进城市基层党建工作研究”），其后才是正文。原文确实没有题名时，请在 repairs.yaml 中写明 `title: { text, reason }`。',
  bookNoTitle: '找不到书名：这是一本书的文本（目录行带页码），目录之前应有书名页。',
  bookNoContents: '看来是一本书的文本（目录行带页码），却找不到“绪论”或“第一章”的目录条目。',
  noSuchFile: '文件不存在。请给出 PDF、Word 文件（.docx）或文本文件（.txt）的路径。',
  noIdFromName: (name: string): string => `无法由文件名“${name}”生成编号：请用 --id 给出编号（小写拉丁字母、数字与连字符，如 --id wuxi-alliance）。`,
  badId: (id: string): string => `编号“${id}”不合要求：只能用小写拉丁字母、数字与连字符，如 wuxi-alliance。`,
  rawChanged: (recorded: string, actual: string): string =>
    `source.yaml 记录的 sha256 为 ${recorded}，而 raw.txt 的是 ${actual}：原始文本入库后不得改动（两者应一致）。请恢复 raw.txt，修正请写入 repairs.yaml。`,
  unknownFormat: (ext: string): string => `不支持的文件类型“${ext}”：请给出 .pdf、.docx 或 .txt 文件。`,
  idUsed: (id: string, where: string): string => `编号“${id}”已被使用（${where} 已存在）。请用 --id 另取一个新编号；重新整理已有文献请用 npm run ingest -- --all。`,
  alreadyIngested: (other: string): string => `这份文本已作为“${other}”收入 content/sources/，无需重复添加。`,
} as const;
