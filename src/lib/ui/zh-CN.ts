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
} as const;
