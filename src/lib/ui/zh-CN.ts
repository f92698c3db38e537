// Every fixed text of the site's furniture (labels, headings, notices, buttons, aria-labels,
// page descriptions), in one place, grouped by the page or component that shows it.
// Content (quotes, titles, editors' text) comes from content/, never from here.
// Strings that take values are functions, so a missing value is a type error.

export const UI = {
  /** Result types of the search filter (data-pagefind-filter="type"). */
  searchTypes: {
    case: '案例',
    practice: '做法',
    term: '术语',
    framework: '框架',
    source: '文献',
    chapter: '章节',
    topic: '专题',
  },
  layout: {
    skipLink: '跳到正文',
    breadcrumbs: '当前位置',
    home: '首页',
    primaryNav: '主导航',
    toc: '目录',
  },
  searchForm: {
    label: '全文搜索',
    placeholder: '搜索做法、案例、术语……',
    submit: '搜索',
  },
  footer: {
    sourcesTitle: '本站文献',
    citeTitle: '引用说明',
    citeNote: '本站内容均出自上列文献，经整理排版，未增补事实。引用时请以原始文献为准，并注明原文出处；各文献页附有 GB/T 7714—2015 格式的参考文献著录。标有“编者”字样的导读、对照与提示为本站编者所加。',
    about: (site: string): string => `关于${site}`,
  },
  /** Shared pieces of the knowledge pages. */
  knowledge: {
    sourceLabel: '来源：',
    cite: '出处',
    notice: '说明：',
    related: '相关内容',
    relatedEditorial: '（编者归类）',
    editorialTagged: '相关（编者归类）：',
    tagsTitle: '编者分类',
    domains: '领域',
    dimensions: '框架维度',
    editorialClass: '（编者分类）',
    mechanisms: '运行机制',
    practices: '相关做法',
    timeline: '时间线',
    terms: '术语',
    readSource: '阅读原文',
    none: '暂无',
    bookTitle: (title: string): string => `《${title}》`,
  },
  editorial: {
    intro: '编者导读',
    prompts: '研讨题（编者）',
    note: '编者按：',
  },
  caseSheet: {
    describe: {
      alliance: (name: string, founded: string, region: string | undefined): string =>
        `${name}：${founded}成立${region ? `，${region}` : ''}。事实均附原文出处。`,
      guideCase: (name: string, chapter: number, page: string | number): string =>
        `${name}：实务指南第 ${chapter} 章典型案例，原书第 ${page} 页（本站节选不含案例正文）。`,
      other: (name: string, kind: string, source: string): string => `${name}：${kind}，出自《${source}》。`,
    },
    handoutLead: '打印本页即得案例讲义（事实附原文段落、研讨题和笔记栏）；也可',
    handoutLink: '下载 Word 讲义（.docx）',
    guideCaseNotice: '下列信息均出自目录。',
    severalModels: (count: number, models: readonly string[]): string =>
      `原文把本联盟同时列在 ${count} 种联盟模式之下：${models.join('；')}。`,
    factsTitle: '基本情况',
    factsNote: '以下各项均摘自原文；点“出处”可到原文中查看该句。',
    modelsTitle: '联盟模式',
    tagsNote: '领域与框架维度是本站编者的归类，不是原文的说法。',
    allianceMechanisms: '原文所述无锡党建联盟的运行机制，适用于各联盟。',
  },
  practice: {
    kind: '做法',
    describe: (name: string, source: string): string => `做法“${name}”：原文出自《${source}》，附出处、相关做法与案例。`,
    quotesTitle: '原文',
    tagsNote: '维度与领域是本站编者的归类，不是原文的说法。',
    cases: '体现这一做法的案例',
  },
  framework: {
    /** "4 个维度、12 个要点", or "3 个部分" for a framework without sub-points. */
    size: (dimensions: number, points: number): string => `${dimensions} 个${points ? `维度、${points} 个要点` : '部分'}`,
    describe: (name: string, source: string, size: string): string => `${name}（《${source}》）：${size}，附原文出处与结构图。`,
    compareLink: '与另一种“四维度”框架并列对照',
    figcaption: (size: string): string => `结构图：${size}。点图中任一项可跳到下文相应段落。`,
    diagramTitle: (name: string): string => `${name}：结构图`,
    diagramDesc: (size: string): string => `共 ${size}；图中每一项都链接到本页相应的段落。`,
    responsibility: '职责：',
  },
  frameworks: {
    title: '理论框架',
    description: '四篇论文提出的理论框架：两种“四维度”框架、城市基层党建四级联动体系、主要难题与对策、党建联盟的理论意义与实践价值；附结构图与原文出处。',
    lead: '各篇论文提出的框架、层级与要点，按文献排列。每个框架有一张结构图，图中各项链接到相应段落，每条要点都附原文出处。无锡党建联盟的运行规则见',
    leadEnd: '。',
    compareTitle: '两种“四维度”框架对照',
    compareLink: (left: string, right: string): string => `并列查看《${left}》与《${right}》的四个维度`,
    compareNote: '（附编者对照）。',
    summary: (size: string, dimensions: readonly string[]): string => `${size}：${dimensions.join('；')}`,
  },
  frameworkCompare: {
    title: '两种“四维度”框架对照',
    describe: (sources: readonly string[]): string => `${sources.map((t) => `《${t}》`).join('与')}的四个维度及其要点并列；另附编者对照。`,
    lead: '两篇论文各自从四个维度论述新时代基层党建。下表按原文顺序并列两者的维度与要点，均为原文标题；各维度链接到该框架页的相应段落。',
    sideBySide: '维度与要点并列',
    caption: '按维度顺序并列（同一行只表示顺序相同，不表示内容对应）',
    order: '序',
    empty: '—',
    editorNote: '编者说明：',
    editorialNote: '以下配对与理由均为本站编者的解读，不是两篇原文的说法；两篇原文彼此没有引用。',
    pairsCaption: (count: number): string => `编者对照：内容相近的要点（${count} 组）`,
    rationale: '编者的理由',
    readSource: (title: string): string => `阅读《${title}》原文`,
  },
} as const;
