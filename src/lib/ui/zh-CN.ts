// Every fixed text of the site's furniture (labels, headings, notices, buttons, aria-labels,
// page descriptions), in one place, grouped by the page or component that shows it.
// Content (quotes, titles, editors' text) comes from content/, never from here.
// Strings that take values are functions, so a missing value is a type error.
import type { CaseKind, DomainId, EventKind, FrameworkKind, RuleAspect } from '../../schemas/knowledge.ts';
import type { Repair } from '../../schemas/repairs.ts';
import type { BoardTable, TeachingStepKind } from '../../schemas/teaching.ts';
import type { FacetKey } from '../facets/case-library-state.ts';
import { quoted } from './quoted.ts';

/**
 * Texts the browser scripts write (src/client/). Kept as their own constants, apart from UI,
 * so that a page script bundles only these and not every string of the site.
 */
/**
 * Result types of the search filter (data-pagefind-filter="type"): pages are tagged with these
 * at build time and the search page orders and offers them, so browser code reads them too.
 */
export const SEARCH_TYPES = {
  case: '案例',
  practice: '做法',
  term: '术语',
  framework: '框架',
  source: '文献',
  chapter: '章节',
  topic: '专题',
  timeline: '时间线',
  mechanisms: '运行机制',
  prompts: '研讨题汇编',
  about: '关于本站',
} as const;

export const SEARCH_PAGE_TEXT = {
  /** Names of the search page's filters. */
  facets: { type: '类型', source: '文献', dimension: '维度' },
  titlePrefix: (query: string) => `${query} - `,
  indexFailed: '搜索索引加载失败，请刷新页面重试。',
  searchFailed: '搜索出错，请刷新页面重试。',
  truncated: (max: number) => `搜索词过长，只用了前 ${max} 个字。`,
  total: (total: number) => `共 ${total} 个页面`,
  totalFiltered: (total: number, before: number) => `共 ${total} 个页面（筛选前 ${before} 个）`,
  noneAfterFilter: (before: number) => `筛选后没有页面（筛选前 ${before} 个），请取消部分筛选。`,
  noHit: (query: string) => `没有找到包含“${query}”的页面。`,
  shownOf: (shown: number, total: number) => `已显示 ${shown} 个，共 ${total} 个`,
  sourcesOf: (titles: string[]) => `出自：${titles.join('、')}`,
  occurrences: (n: number) => `出现 ${n} 次`,
  sectionsLabel: '匹配的小节',
  sectionCount: (n: number) => `（${n} 处）`,
  filters: '筛选',
  filtersTicked: (n: number) => `筛选（已选 ${n} 项）`,
  /** Result groups (src/lib/search/match.ts GROUPS), each labelled above its first result. */
  groups: {
    exact: () => '完整匹配',
    near: (name: string) => `相近名称${quoted(name)}`,
    'all-words': (words: readonly string[]) => `包含全部词语：${words.join('、')}`,
    partial: (words: readonly string[]) => `部分相关：包含其中部分词语（${words.join('、')}）`,
  },
  groupCount: (n: number) => `${n} 个页面`,
  noExact: (query: string) => `没有与“${query}”完整匹配的页面。`,
  didYouMean: '是不是要找：',
} as const;

export const CASE_FILTER_TEXT = {
  countBefore: '，',
  countAfter: '个案例',
  libraryTitle: '案例库',
  filteredTitle: '案例库（已筛选）',
  newestFirst: '成立时间最新在前',
  oldestFirst: '成立时间最早在前',
  status: (shown: number, all: number, order: string) => `显示 ${shown} 个案例（共 ${all} 个），按时间排序（${order}；未注明时间的在后）。`,
} as const;

export const UI = {
  /** Dates at the precision the source states: 2018 年、2018 年 4 月、2019 年 6 月 19 日. */
  date: {
    year: (year: number | string): string => `${year} 年`,
    month: (year: number, month: number): string => `${year} 年 ${month} 月`,
    day: (year: number, month: number, day: number): string => `${year} 年 ${month} 月 ${day} 日`,
  },
  site: {
    name: '基层党建知识库',
    description:
      '汇集基层党建研究论文与实务指南原文：无锡党建联盟案例与运行机制、基层党建四维度框架、城市基层党建融合推进、基层组织创新案例与实务，可检索、可打印。',
  },
  // Labels of the values the knowledge schema defines (src/schemas/knowledge.ts keeps the keys);
  // `satisfies` makes a key without a label a type error.
  caseKind: {
    alliance: '党建联盟',
    'guide-case': '典型案例（指南目录）',
    historical: '历史案例',
  } satisfies Record<CaseKind, string>,
  domain: {
    'city-community': '城市社区',
    enterprise: '企业',
    rural: '农村',
    government: '机关事业单位',
    school: '学校',
    emerging: '新经济组织和新社会组织',
    military: '军队',
    online: '网络',
    'cross-domain': '区域化（跨领域）',
  } satisfies Record<DomainId, string>,
  ruleAspect: {
    basis: '依据',
    body: '机构',
    content: '内容',
    frequency: '频次',
    size: '规模',
    threshold: '门槛',
    procedure: '程序',
    principle: '原则',
  } satisfies Record<RuleAspect, string>,
  frameworkKind: {
    dimensions: '维度',
    linkage: '层级',
    problems: '难题',
    countermeasures: '对策',
    significance: '理论意义',
    values: '实践价值',
  } satisfies Record<FrameworkKind, string>,
  eventKind: {
    founding: '成立',
    action: '活动',
    document: '文献',
    statistic: '统计',
    publication: '出版',
  } satisfies Record<EventKind, string>,
  searchTypes: SEARCH_TYPES,
  layout: {
    skipLink: '跳到正文',
    breadcrumbs: '当前位置',
    home: '首页',
    primaryNav: '主导航',
    toc: '目录',
    /** Primary navigation (src/lib/navigation.ts gives the order and paths). */
    nav: {
      cases: '案例库',
      topics: '专题',
      frameworks: '理论框架',
      guide: '实务指南',
      sources: '文献',
      practices: '做法',
      mechanisms: '运行机制',
      timeline: '时间线',
      glossary: '术语',
      about: '关于',
    },
  },
  searchForm: {
    label: '全文搜索',
    placeholder: '搜索做法、案例、术语……',
    submit: '搜索',
  },
  footer: {
    sourcesTitle: '本站文献',
    citeTitle: '引用说明',
    citeNote: '本站内容均出自上列文献，经整理排版，未增补事实。引用时请以原始文献为准，并注明原文出处；各文献页附有 GB/T 7714—2015 格式的参考文献著录。标有“编者”字样的导读、对照与提示为本站编辑所加。',
    about: (site: string): string => `关于${site}`,
  },
  /** Shared pieces of the knowledge pages. */
  knowledge: {
    sourceLabel: '来源：',
    cite: '出处',
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
    /** The sentence a guide case shows: the excerpt holds only the table of contents. */
    guideCaseText: (chapter: string, title: string, page: number | string, commentPage: number | string | undefined): string =>
      `本站所据的指南节选只收录了全书目录，不含本案例正文。案例正文见原书第${chapter}章“${title}”，第 ${page} 页${commentPage !== undefined ? `，案例点评在第 ${commentPage} 页` : ''}。`,
    /** Row labels of the fact sheet (also the rows of the alliance comparison). */
    rows: {
      name: '名称',
      aliases: '又称',
      founded: '成立时间',
      leadUnits: '牵头单位',
      members: '成员规模',
      region: '地区',
      theme: '主题',
      slogans: '理念与提法',
      distinctions: '特色',
      actions: '主要行动',
      outcomes: '成效',
      chapter: '所在章',
      page: '原书页码',
      commentPage: '案例点评',
      account: '原文记述',
      model: '联盟模式',
    },
    chapterValue: (chapter: string, title: string): string => `第${chapter}章　${title}`,
    pageValue: (page: number | string): string => `第 ${page} 页`,
    commentPageValue: (page: number | string): string => `原书第 ${page} 页`,
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
  source: {
    describe: (title: string, authors: string): string => `${title}（${authors}）整理全文，附目录、注释、参考文献著录与原始文本。`,
    institution: (name: string): string => `（${name}）`,
    recordLink: '文献信息与著录',
    editorialTitle: '（此标题为编者所加）',
    /** "本章（节选只收开头）的文字在实务指南中：" */
    guidePart: (intro: boolean, opening: boolean): string => `本${intro ? '篇' : '章'}${opening ? '（节选只收开头）' : ''}的文字在实务指南中：`,
    readPart: (label: string): string => `阅读${label}`,
    recordTitle: '文献信息',
    repairsLink: '整理说明',
    repairsNote: '：本页文字如何由原始文本整理而成，及编者逐条记录的个别修复。',
  },
  sources: {
    title: '文献',
    lead: '本站全部内容出自以下文献。每篇都可在线阅读整理后的全文，查看参考文献著录，并下载 PDF 提取的原始文本。',
    readAll: '阅读全文',
    byChapter: '按章阅读（实务指南）',
    raw: '原始文本',
  },
  /** Labels of a source's bibliographic facts. */
  record: {
    kind: '类型',
    editor: '主编',
    author: '作者',
    institution: '单位',
    publication: '出版',
    isbn: 'ISBN',
    covers: '摘录范围',
    raw: '原始文本',
    rawNote: (file: string): string => `（PDF 提取文本原样，原文件名 ${file}）`,
    bookTitle: '书名',
    publisher: '出版社',
    edition: '版次',
    paper: '论文',
    book: '图书（节选）',
    editorSuffix: '主编',
    noAuthor: '作者未署名',
    noPublication: '出处未详',
    noPublicationDetail: '（文本未载刊名、出版者与年份）',
    /** A journal paper's publication line: 《样本学报》2020年第1期，第12–14页. */
    journalLine: (journal: string, year?: number, issue?: string, pages?: string): string =>
      `《${journal}》${year !== undefined ? `${year}年` : ''}${year !== undefined && issue ? `第${issue}期` : ''}${pages ? `，第${pages}页` : ''}`,
    /** What a paper's citation adds when the record names no journal or year. */
    paperNoPublication: '发表出处未详',
  },
  guide: {
    title: '实务指南',
    frontTitle: '版本信息',
    readExcerpt: '阅读摘录全文（含书名页、版权页与整理说明）',
    contentsNote: '据原书目录整理，右侧数字为原书页码（原书目录中绪论未标页码）。',
    pageFrom: (page: number): string => `原书第 ${page} 页起`,
    noPage: '原书目录未标页码',
    page: (page: number): string => `原书第 ${page} 页`,
    describe: (book: string, part: string, coverage: string): string => `${book}${part}：${coverage}；附本章目录与原书页码。`,
    byline: (book: string, editors: string, pageNote: string): string => `${book}（${editors}）　${pageNote}`,
    noneNote: '以下是原书目录所列本章的结构与页码。',
    openingNote: '摘录止于本章第一节开头，标记处以下的内容不在所据文本中。',
    outlineTitle: '本章目录',
    pager: '上一章与下一章',
    prev: '上一篇',
    next: '下一篇',
    /** How much of a part the excerpt holds (GuidePart['text'] in src/lib/sources/guide.ts). */
    coverage: {
      whole: '本摘录收有全文',
      opening: '本摘录只收本章开头',
      none: '本摘录未收本章正文',
    } satisfies Record<'whole' | 'opening' | 'none', string>,
  },
  mechanisms: {
    title: '运行机制',
    describe: (count: number): string => `无锡党建联盟的 ${count} 项运行机制及其具体规定（频次、规模、门槛等），每条均附原文出处。`,
    leadStart: '论文',
    leadMiddle: '所述无锡党建联盟的 ',
    leadEnd: (rules: number): string => ` 项运行机制，共 ${rules} 条具体规定。“规定”一栏是对原文的简写，“方面”一栏为编者所分；点“出处”可查看原句。`,
    caption: '党建联盟的运行机制与具体规定',
    mechanism: '机制',
    aspect: '方面（编者）',
    rule: '规定',
    practicesTitle: '各机制的相关做法',
    practicesNote: '做法与机制的对应是本站编者的归类。',
  },
  practices: {
    title: '做法',
    describe: (count: number): string => `基层党建的 ${count} 项具体做法，如双报到、联席轮值、支部建在连上、公推直选，均附原文出处；可按维度或按文献浏览。`,
    leadStart: '各篇文献提到的 ',
    leadEnd: ' 项具体做法。每项做法有单独一页，附原文、出处与相关做法、机制、案例。',
    pageToc: '本页目录',
    bySource: '按文献',
    byDimension: '按框架维度',
    dimensionNote: '做法与维度的对应是本站编者的归类（编者分类），不是原文的说法；同一做法可属于几个维度。',
    count: (n: number): string => `（${n} 项）`,
    sourceNote: (title: string): string => `（《${title}》）`,
  },
  /** Self-test questions (src/lib/topics/questions.ts); names come quoted where the question needs it. */
  questions: {
    founded: (name: string): string => `${name}于何时成立？`,
    /** Match a lead unit to its alliance. */
    leadUnitOf: (units: string): string => `原文所述的联盟中，哪一个由${units}牵头组建？`,
    /** Match an alliance to its model. */
    modelOf: (name: string): string => `原文把${name}列为哪一种联盟模式的代表？`,
    /** The blank in a list or a sentence. */
    blank: '（　　）',
    missingMechanism: (count: number, list: string): string => `原文列出的 ${count} 项联盟运行机制依次是：${list}。括号处是哪一项？`,
    missingItem: (framework: string, count: number, list: string): string => `${framework}的 ${count} 项依次是：${list}。括号处是哪一项？`,
    order: (framework: string, count: number, list: string): string => `请把${framework}的 ${count} 项按原文的顺序排列：${list}。`,
    whoCarries: (framework: string, duty: string): string => `按照${framework}，哪一级履行“${duty}”？`,
    fillPractice: (sentence: string): string => `原文写道：“${sentence}”括号处是什么做法？`,
    whichSource: (sentence: string): string => `${sentence}——这句话出自本站哪一篇文献？`,
    frameworkOf: (source: string): string => `《${source}》的框架`,
    pointOf: (point: string, framework: string): string => `${point}是${framework}中哪一项下的要点？`,
    /** "要建立什么机构或制度？（共 2 项）" */
    ruleAspectMany: (ask: string, count: number): string => `${ask}（共 ${count} 项）`,
    members: (name: string): string => `${name}的成员规模如何？`,
    guideChapter: (name: string): string => `实务指南的典型案例${name}收在哪一章？`,
    guideChapterAnswer: (chapter: string, title: string): string => `第${chapter}章“${title}”`,
    account: (name: string): string => `原文怎样记述${name}？`,
    /** "按照联席轮值机制，多久进行一次？" */
    rule: (mechanism: string, ask: string): string => `按照${mechanism}，${ask}`,
    /** How a mechanism rule of each aspect is asked about. */
    ruleAspect: {
      basis: '依据是什么？',
      body: '要建立什么机构或制度？',
      content: '包括哪些内容？',
      frequency: '多久进行一次？',
      size: '规模如何？',
      threshold: '门槛是什么？',
      procedure: '按什么程序进行？',
      principle: '遵循什么原则？',
    } satisfies Record<RuleAspect, string>,
    term: (name: string): string => `原文怎样解释${name}？`,
  },
  topic: {
    kind: '专题',
    describe: (title: string, items: number, minutes: number): string =>
      `学习专题“${title}”：${items} 篇读物，约 ${minutes} 分钟；编者导读、研讨题、自测题，可打印讲义或下载 Word 文件。`,
    metaStart: (items: number): string => `${items} 篇读物，约 `,
    metaEnd: ' 分钟。',
    print: '打印讲义',
    docx: '下载 Word 文件（.docx）',
    reading: (citation: string, minutes: number): string => `引自${citation} · 约 ${minutes} 分钟`,
    promptsNote: '研讨题由本站编者依据上列原文拟定，不是原文。',
    questionsHint: '点“查看答案”展开。',
    showAnswer: '查看答案',
    handoutTitle: (title: string): string => `${title}（讲义）`,
    handoutDescribe: (title: string, items: number): string => `学习专题“${title}”的打印讲义：${items} 篇读物全文与出处、研讨题、自测题及答案。`,
  },
  topics: {
    title: '专题',
    describe: (count: number): string =>
      `供培训班使用的 ${count} 个学习专题：每个专题按顺序列出原文章节、案例、机制、做法与术语，标明阅读时间，附编者导读、研讨题、自测题，可打印讲义或下载 Word 文件。`,
    lead: (count: number, rateNote: string): string =>
      `供培训班备课使用的 ${count} 个学习专题。每个专题是一份按顺序排列的读物清单（原文章节、案例、运行机制、做法、术语），附编者导读、研讨题和由原文事实生成的自测题；讲义可直接打印，也可下载 Word 文件修改。${rateNote}全部研讨题另见`,
    leadPrompts: '研讨题汇编',
    leadMiddle: '；七个党建联盟的并列对照见',
    leadCompare: '党建联盟对照',
    leadEnd: '。',
    card: (items: number, minutes: number, prompts: number, questions: number): string =>
      `${items} 篇读物 · 约 ${minutes} 分钟 · ${prompts} 道研讨题 · ${questions} 道自测题`,
    docx: '下载 Word 文件',
    forTopic: (title: string): string => `：${title}`,
    /** The sentence that states the reading rate, shown on the topic pages. */
    readingRateNote: (rate: number): string =>
      `阅读时间按每分钟 ${rate} 字估算（汉字、字母、数字和标点各计一字，不计空白），不足一分钟按一分钟计。`,
  },
  prompts: {
    title: '研讨题汇编',
    describe: (count: number): string => `本站编者为培训班拟定的 ${count} 道研讨题，按专题、案例、理论框架等分组，每组链接到相应页面。`,
    leadStart: '本页汇集本站编者拟定的 ',
    leadEnd: ' 道研讨题（编者），不是原文。研讨题依据所链接页面上的原文拟定，讨论前请先读原文。',
    groups: {
      topics: '专题',
      cases: '案例',
      mechanisms: '运行机制',
      frameworks: '理论框架',
      practices: '做法',
      terms: '术语',
    },
  },
  caseLibrary: {
    title: '案例库',
    describe: (total: number, alliances: number, guideCases: number): string =>
      `基层党建案例 ${total} 个：无锡 ${alliances} 个党建联盟、实务指南目录所列 ${guideCases} 个典型案例及其他案例，可按来源、类型、联盟模式、领域、地区、年份筛选。`,
    leadStart: (total: number, source: string): string => `收录 ${total} 个案例：论文《${source}》所述的 `,
    leadAlliances: ' 个无锡党建联盟，实务指南目录所列的 ',
    leadGuide: (other: number): string =>
      ` 个典型案例（本站节选不含其正文），以及 ${other} 个其他案例。每条事实都链接到原文出处；案例页可打印为讲义。七个联盟的并列对照见`,
    leadCompare: '党建联盟对照',
    leadMechanisms: '，联盟的运行规则见',
    leadTimeline: '，成立时间见',
    leadEnd: '。',
    modelsTitle: '党建联盟的四种模式',
    modelsLead: (source: string, count: number): string => `论文《${source}》把无锡的党建联盟按组建理念分为 ${count} 种模式：`,
    groupCases: '有原文记述的案例',
    groupGuideCases: '实务指南目录所列典型案例',
    groupGuideCasesNote: '本站所据的指南节选只有目录：以下案例只有名称、所在章与原书页码，没有正文。',
    /** Labels of "not stated" where 未注明 alone would mislead. */
    noModel: '非联盟案例',
    noYear: '未注明年份',
    /** Facet names. */
    facets: {
      source: '来源',
      type: '类型',
      model: '联盟模式',
      domain: '领域',
      region: '地区',
      year: '年份',
    } satisfies Record<FacetKey, string>,
    /** The value of a facet a case does not state. */
    notStatedValue: '未注明',
    notStated: (facet: string): string => `${facet}未注明`,
    facetsTitle: '筛选',
    skipToResults: '跳到案例列表',
    facetsHint: '可多选：同一类中任一符合即显示，不同类之间须同时符合。数字为选中后显示的案例数。',
    countBefore: '，',
    countAfter: '个案例',
    clear: '清除筛选，显示全部案例',
    showAll: '显示全部案例',
    resultsTitle: '案例',
    status: (shown: number, total: number): string => `显示 ${shown} 个案例（共 ${total} 个），按时间排序（成立时间最早在前；未注明时间的在后）。`,
    sort: '排序',
    oldest: '成立时间最早在前',
    newest: '成立时间最新在前',
    empty: '没有同时符合所选条件的案例。',
    founded: '成立于 ',
    guideCaseWhere: (chapter: string, page: string | number): string => `第${chapter}章 · 原书第 ${page} 页`,
    guideCaseSource: '（目录所列，本站无正文）',
  },
  facetPage: {
    title: (facet: string, value: string): string => `案例库：${facet}“${value}”`,
    describe: (title: string, count: number): string => `${title}，共 ${count} 个案例。`,
    lead: (facet: string, value: string, count: number): string => `本页列出${facet}为“${value}”的 ${count} 个案例。`,
    back: '返回全部案例',
    modelTitle: '这一模式（原文）',
  },
  allianceCompare: {
    title: '党建联盟对照',
    describe: (count: number): string => `无锡 ${count} 个党建联盟并列对照：联盟模式、成立时间、牵头单位、成员规模、地区、主要行动，每项附原文出处。`,
    lead: (source: string, count: number): string =>
      `论文《${source}》所述的 ${count} 个无锡党建联盟，按成立时间从早到晚并列。每项都摘自原文，点“出处”可到原文段落查看；原文未提及的项目标为“原文未述”。`,
    caption: (count: number): string => `${count} 个党建联盟对照表`,
    item: '项目',
    none: '原文未述',
  },
  search: {
    title: '搜索',
    description: '全文搜索本站所有文献、案例、做法与术语。',
    label: '搜索词',
    submit: '搜索',
    hint: '查找所有包含搜索词的页面，如“联席轮值”“三会一课”；多个词用空格分开，须同时出现。',
    keysStart: '按 ',
    keysOr: ' 或 ',
    keysMac: '（Mac：',
    keysEnd: '）回到搜索框。',
    noscript: '搜索需要启用 JavaScript。也可以浏览 ',
    unavailable: '搜索未能在此浏览器中运行。请使用 Chrome 86、Firefox 115 或更新版本的浏览器（360、奇安信等双核浏览器请切换到极速模式），也可以浏览 ',
    and: ' 与 ',
    end: '。',
    results: '搜索结果',
    suggestions: '名称中有相同字的术语与做法',
    browse: '也可以浏览',
    more: '显示更多',
    /** Where a query that finds nothing can go instead. */
    browseLinks: { practices: '做法索引', glossary: '术语表', topics: '专题', cases: '案例库', sources: '文献' },
  },
  glossary: {
    title: '术语',
    describe: (count: number): string => `基层党建术语 ${count} 条，如三会一课、党建联盟、网格化党建：原文释义与出处，以及在文献中的全部用例。`,
    lead: ' 条术语，按拼音排序。原文界定了的，以原文释义并附出处；原文只使用而未下定义的，如实说明，不代为释义。每条术语的单独页面列出它在文献中出现的每一处；文献阅读页中术语第一次出现处链接到该页面。',
    index: '术语索引',
    ownPage: '单独页面',
  },
  term: {
    kind: '术语',
    describe: (name: string, defined: boolean): string => `术语“${name}”：${defined ? '原文释义与出处，' : ''}文献中的全部用例。`,
    inGlossary: '在术语表中查看',
    aliases: '又作：',
    undefined: '所据文献使用这一术语，但没有给它下定义；本站不代为释义。',
    undefinedHere: '下面列出它在文献中出现的每一处。',
    undefinedElsewhere: '它在文献中出现的每一处，见单独页面。',
    see: '参见',
    concordanceTitle: '文献中的用例',
    concordanceStart: (sources: number): string => `在 ${sources} 份文献中共出现于 `,
    concordanceEnd: ' 句。点“在原文中查看”可跳到该句。',
    concordanceSource: (title: string, count: number): string => `《${title}》（${count} 句）`,
    inSource: '在原文中查看',
  },
  timeline: {
    title: '时间线',
    describe: (count: number): string => `文献中写明日期的 ${count} 件事：党建联盟的成立、文件与统计数据、出版等，按时间排列并附出处。`,
    leadStart: '文献中写明日期的 ',
    leadEnd: ' 件事，按时间先后排列。日期精确到原文所写的程度（年、年月或年月日）；每件事都附原句和出处。',
    year: (year: number): string => `${year} 年`,
    quote: '原文：',
    cases: ' · 案例：',
  },
  repairs: {
    title: (source: string): string => `整理说明：${source}`,
    describe: (source: string): string => `《${source}》的整理说明：由原始文本生成页面的通用规则，及编者逐条记录的个别修复与理由。`,
    back: (source: string): string => `返回《${source}》全文`,
    heading: '整理说明',
    rulesStart: '本页文字由程序据',
    rulesRaw: '原始文本',
    rulesEnd: '整理：接续因排版断开的行，去掉排版造成的字间空格和数字与单位之间的空格，把夹在汉字之间的半角标点“, ; ? ( )”改为全角（，；？（））以合中文排版，识别标题层级，把注号改为页末注释。下列个别修复由编者逐条记录（行号指原始文本的行）。',
    titleRepair: '标题：',
    none: '本文献无需个别修复。',
    repair: '修复',
    line: '行',
    text: '原文',
    reason: '理由',
    wholeText: '全文',
    replacedWith: (text: string): string => `改作“${text}”`,
    noted: '加注',
    kind: {
      drop: '删去',
      'running-header': '删去页眉',
      replace: '改正',
      'heading-renumber': '更正标题序号',
      gap: '标出缺文',
      interpolation: '以编者注保留夹入的行',
      note: '加编者注（原文不改）',
      'paragraph-break': '分段',
      'keep-space': '保留原有空格',
    } satisfies Record<Repair['kind'], string>,
  },
  reference: {
    title: '参考文献著录（GB/T 7714—2015）',
    hint: '单击著录文字即可全选，再按 Ctrl+C（Mac 为 ⌘C）复制。',
    paperNote: '文本未载刊名与发表年份，故按“其他文献”[Z]著录，不补刊名、年份。',
    /** Beside the text of an ingested PDF: where the printed pages begin. */
    pageMarksNote: '正文旁的页码（如“第12页”）标出原刊各页从哪一段开始；引用某段时请注明其所在页码。',
  },
  model: {
    /** "模式一：以……为理念组建的党建联盟" */
    label: (numeral: string, name: string): string => `模式${numeral}：${name}`,
    idea: '理念',
    representatives: '代表联盟',
  },
  printFoot: {
    reference: '引用文献：',
    url: '本页网址：',
    note: (site: string): string => `本讲义由${site}据上述文献整理，事实均摘自原文；标“编者”的导读、研讨题与分类为本站编者所加。`,
  },
  handoutPage: {
    actionsStart: '打印本页即得讲义（A4，每篇原文章节另起一页，页脚有专题名和页码）；也可',
    /** The print and Word links of the comparison pages. */
    tableStart: (landscape: boolean): string => `本表可直接打印（A4${landscape ? ' 横向' : ''}），也可`,
    tableDocx: '下载 Word 文件（.docx）',
    actionsEnd: '修改后使用。',
  },
  home: {
    sectionsTitle: '栏目',
    sourcesTitle: '收录文献',
    /** Each section's page: its key in ROUTES (src/lib/routes.ts). */
    sections: [
      { route: 'cases', label: '案例库', text: '无锡七个党建联盟、实务指南的九个典型案例及其他案例，可按模式、领域、地区筛选，可打印为讲义。' },
      { route: 'topics', label: '专题', text: '培训专题：按题目编排的原文读物、编者导读与教学安排、研讨题和自测题，可打印讲义或下载 Word 文件。' },
      { route: 'frameworks', label: '理论框架', text: '主体/强基/融合/开放党建四维度与政治/组织/制度/技术与治理四维度，并列对照；城市基层党建四级联动。' },
      { route: 'guide', label: '实务指南', text: '《新时期 新任务 新思路》：绪论与九章目录，各章中央精神、小节与典型案例。' },
      { route: 'practices', label: '做法', text: '双报到、联席轮值、支部建在连上、公推直选等具体做法，均附原文出处。' },
      { route: 'glossary', label: '术语', text: '党建联盟、三会一课、网格化党建等术语，以原文释义。' },
      { route: 'timeline', label: '时间线', text: '文献中写明日期的事件：党建联盟的成立、文件与统计数据、出版，按时间排列并附出处。' },
      { route: 'sources', label: '文献', text: '四篇研究论文与一部实务指南节选的整理全文，附参考文献著录与原始文本。' },
    ],
  },
  notFound: {
    title: '页面未找到',
    description: '您要访问的页面不存在。',
    text: '您要访问的页面不存在，可能已移动或地址有误。可以试试全文搜索：',
    home: '返回首页',
  },
  about: {
    title: '关于本站',
    describe: (site: string): string => `${site}的用途、资料来源、整理原则与引用方式。`,
  },
  /** The words of the printed handouts and their Word files (src/lib/handouts/). */
  handout: {
    /** Kinds of handout (the line under the site name). */
    caseKind: '案例讲义',
    topicKind: '专题讲义',
    /** Kinds of reading, as "1. 〔案例〕梁溪党建联盟" shows them. */
    itemKind: {
      case: '案例',
      mechanism: '运行机制',
      practice: '做法',
      term: '术语',
      framework: '理论框架',
      section: '原文章节',
    },
    itemHeading: (index: number, kind: string, title: string): string => `${index}. 〔${kind}〕${title}`,
    /** Fact labels of readings that have no fact sheet. */
    fact: {
      model: '联盟模式',
      name: '名称',
      quote: '原文',
      definition: '释义',
      /** A sentence that uses a term no source defines (from its concordance). */
      usage: '用例',
      dimension: (n: number): string => `第 ${n} 项`,
      responsibility: '职责',
    },
    /** 《Title》 · section heading, with the printed page(s) GB/T 7714-style where the source has pages (“: 12–13”). */
    citation: (source: string, heading?: string, pages?: string): string =>
      `《${source}》${heading !== undefined ? ` · ${heading}` : ''}${pages !== undefined ? `: ${pages}` : ''}`,
    citedFrom: (citation: string): string => `引自${citation}`,
    minutes: (minutes: number): string => `约 ${minutes} 分钟`,
    address: '网址 ',
    paragraphAddress: (address: string): string => `段落 ${address}`,
    answer: '答案：',
    answerIsQuote: '答案（原文）：',
    quoteLabel: '原文：',
    introTitle: '编者导读',
    contentsTitle: '阅读清单',
    /** The facts' heading of a one-item handout (a case). */
    factsTitle: '基本情况（附原文段落）',
    editorialNote: '以下文字由本站编者撰写，不是原文。',
    notice: '说明：',
    paragraphsTitle: '原文段落',
    notesTitle: '笔记',
    promptsTitle: '研讨题（编者）',
    questionsTitle: '自测题',
    questionsNote: '题目由本站依据原文事实生成；答案附原文引文与段落。',
    answersTitle: '自测题答案',
    referencesTitle: '引用文献',
    pageUrl: '本讲义网址：',
    paragraphMark: (mark: string): string => `〔见原文${mark}〕`,
    /** A fact that is a heading of the source, with its address. */
    headingMark: (address: string): string => `〔原文标题，段落 ${address}〕`,
    headingMarkBare: '〔原文标题〕',
    /** An original paragraph a reading of the same pack prints in full. */
    inReading: (reading: number, address?: string): string => `〔原文见本讲义第 ${reading} 篇读物${address ? `，段落 ${address}` : ''}〕`,
    totalTime: (items: number, minutes: number): string => `共 ${items} 篇读物，约 ${minutes} 分钟读完。`,
    footNote: (site: string): string => `本讲义由${site}据上述文献整理，事实均摘自原文；标“编者”的导读、选材说明、教学安排与研讨题为本站编者所加。`,
    selectionTitle: '为什么选这些读物（编者）',
    /** The running foot of a printed page and a Word page: "党建联盟的组织与运行机制 · 专题讲义 · 第 3 页". */
    runningFoot: (title: string, kind: string): string => `${title} · ${kind}`,
    pageWord: '第 ',
    pageWordEnd: ' 页',
    tablesTitle: '对照表',
    allianceTableNote: (source: string, count: number): string =>
      `论文《${source}》所述的 ${count} 个无锡党建联盟，按成立时间从早到晚并列。每项都摘自原文，所据段落见本站“党建联盟对照”页；原文未提及的项目标为“原文未述”。`,
    tableSource: '网址 ',
    /** Kind words in the Word files' names (files.ts): 党建联盟的组织与运行机制·讲义.docx. */
    topicFileKind: '讲义',
    caseFileKind: '案例讲义',
  },
  /** The teaching plan of a topic (教学安排, src/lib/topics/teaching.ts). */
  teaching: {
    title: '教学安排（编者）',
    note: '教学安排由本站编者拟定，供组织半天培训参考，不是原文；“要点”是逐字摘录的原文句子，附段落地址。',
    objectivesTitle: '学习目标',
    planTitle: (minutes: number): string => `半天课程安排（共 ${minutes} 分钟）`,
    stepHead: { step: '环节', minutes: '时间', text: '内容' },
    minutes: (n: number): string => `${n} 分钟`,
    stepPrompts: (numbers: readonly number[]): string => `（研讨题 ${numbers.join('、')}）`,
    stepKind: {
      intro: '导入',
      reading: '阅读',
      discussion: '分组研讨',
      report: '汇报交流',
      summary: '总结',
    } satisfies Record<TeachingStepKind, string>,
    pointsTitle: '研讨要点（原文）',
    pointsNote: '每道研讨题可参照的原文句子（逐字摘录），不代表唯一答案。',
    pointsPrompt: (n: number): string => `研讨题 ${n}`,
    boardTitle: '板书设计',
    boardBasis: '依据：',
    boardTable: {
      'cases-compare': '党建联盟对照',
      'frameworks-compare': '框架对照',
    } satisfies Record<BoardTable, string>,
  },
} as const;

/** The offline edition (dist-offline/, opened from disk): its home-page notice and file names. */
export const OFFLINE_TEXT = {
  /** Directory and zip name without extension: 基层党建知识库-离线版-2026-12-06 */
  fileName: (site: string, isoDate: string): string => `${site}-离线版-${isoDate}`,
  label: '离线版',
  notice: (date: string): string => `：可直接从本机或 U 盘中打开，不需要网络，全文搜索同样可用。构建日期：${date}。`,
  online: '在线版网址：',
  end: '。',
} as const;
