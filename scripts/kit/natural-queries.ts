// Natural queries: what readers type when they do not know the site's exact words — questions,
// keywords in another order, paraphrases, half-remembered names, and other widths, quotation
// marks or dots. None occurs, as typed, in any page's text (tests/site/search-natural.test.ts
// checks this), so exact matching alone answers none of them.
//
// `answers` are the pages that answer the query (any of them in the top 3 counts as answered);
// `evidence` is a phrase every answer page contains (the test checks it on the built pages), which
// is what makes the page an answer: the passage the query asks about.
export type NaturalKind = 'question' | 'reordered' | 'paraphrase' | 'misremembered' | 'variant';

export interface NaturalQuery {
  q: string;
  kind: NaturalKind;
  answers: string[];
  evidence: string;
}

export const NATURAL_KINDS: readonly NaturalKind[] = ['question', 'reordered', 'paraphrase', 'misremembered', 'variant'];

const WUXI = '/sources/wuxi-alliance/';
const MECHANISMS = '/mechanisms/';
const URBAN = '/sources/urban-integration/';
const FOUR = '/sources/four-dimensions/';
const MULTI = '/sources/multi-dimensions/';

export const NATURAL_QUERIES: readonly NaturalQuery[] = [
  // Questions.
  { q: '党建工作存在的问题有哪些', kind: 'question', answers: ['/frameworks/ui-problems/', URBAN], evidence: '融合推进城市基层党建工作的主要难题' },
  { q: '联盟成员单位怎么退出', kind: 'question', answers: [WUXI, MECHANISMS], evidence: '主动要求退出的成员单位' },
  { q: '联席轮值是什么', kind: 'question', answers: ['/practices/joint-meeting-rotation/', MECHANISMS, WUXI], evidence: '联席轮值' },
  { q: '什么是三会一课', kind: 'question', answers: ['/glossary/three-meetings-one-lesson/', '/practices/three-meetings-one-lesson/'], evidence: '三会一课' },
  { q: '如何发挥党支部战斗堡垒作用', kind: 'question', answers: [MULTI, '/frameworks/md-four-dimensions/'], evidence: '发挥党支部战斗堡垒作用' },
  { q: '党建联盟有什么实践价值', kind: 'question', answers: ['/frameworks/wa-values/', WUXI], evidence: '党建联盟建设的实践价值' },
  { q: '城市基层党建四级联动是哪四级', kind: 'question', answers: ['/frameworks/ui-four-level-linkage/', '/glossary/four-level-linkage/', URBAN], evidence: '四级联动' },
  { q: '开放党建要怎么做', kind: 'question', answers: ['/glossary/open-party-building/', FOUR, '/frameworks/fd-four-dimensions/'], evidence: '开放党建' },
  { q: '流动党员怎样管理', kind: 'question', answers: ['/guide/chapter-6/', '/glossary/mobile-party-members/', '/cases/guide-mobile-members/'], evidence: '流动党员' },
  { q: '无锡有哪些党建联盟', kind: 'question', answers: ['/cases/compare/', WUXI, '/practices/party-building-alliance/'], evidence: '党建联盟' },
  { q: '为尚党建联盟是什么时候成立的', kind: 'question', answers: ['/cases/weishang-alliance/', '/timeline/', '/cases/compare/'], evidence: '为尚' },
  { q: '基层党组织探索有什么理论意义', kind: 'question', answers: ['/frameworks/wa-significance/', WUXI], evidence: '基层党组织探索的理论意义' },
  { q: '智慧党建是什么意思', kind: 'question', answers: ['/glossary/smart-party-building/', '/practices/smart-party-building/', MULTI], evidence: '智慧党建' },
  { q: '网格化党建怎么搞', kind: 'question', answers: ['/glossary/grid-party-building/', '/practices/grid-party-building/'], evidence: '网格化党建' },

  // Keywords in another order.
  { q: '轮值联席', kind: 'reordered', answers: ['/practices/joint-meeting-rotation/', MECHANISMS, WUXI], evidence: '联席轮值' },
  { q: '退出 联盟 成员单位', kind: 'reordered', answers: [WUXI, MECHANISMS], evidence: '主动要求退出的成员单位' },
  { q: '双报到 社区 党员', kind: 'reordered', answers: ['/practices/double-report/', FOUR], evidence: '双报到' },
  { q: '机制 管理 动态', kind: 'reordered', answers: [WUXI, MECHANISMS], evidence: '动态管理机制' },
  { q: '堡垒 战斗 党支部', kind: 'reordered', answers: [MULTI, '/glossary/fighting-fortress/', '/frameworks/md-four-dimensions/'], evidence: '战斗堡垒' },
  { q: '城市 党建 融合推进', kind: 'reordered', answers: [URBAN, '/glossary/integrated-urban-party-building/', '/frameworks/ui-problems/', '/frameworks/ui-countermeasures/'], evidence: '融合推进城市基层党建工作' },
  { q: '难题 城市基层党建', kind: 'reordered', answers: ['/frameworks/ui-problems/', URBAN], evidence: '主要难题' },
  { q: '对策 融合推进', kind: 'reordered', answers: ['/frameworks/ui-countermeasures/', URBAN], evidence: '基本对策' },
  { q: '红色先锋 商会 联盟', kind: 'reordered', answers: ['/cases/red-pioneer-chamber-alliance/'], evidence: '红色先锋' },
  { q: '层线面 主体党建', kind: 'reordered', answers: [FOUR, '/frameworks/fd-four-dimensions/', '/glossary/subject-party-building/'], evidence: '主体党建' },
  { q: '人才库 党务工作', kind: 'reordered', answers: ['/glossary/party-affairs-talent-pool/', '/practices/party-affairs-talent-pool/', WUXI], evidence: '党务工作人才库' },
  { q: '连上 支部建在', kind: 'reordered', answers: ['/practices/branch-on-company/', '/cases/sanwan-reorganisation/'], evidence: '支部建在连上' },
  { q: '责任机制 联建', kind: 'reordered', answers: [WUXI, MECHANISMS], evidence: '联建责任机制' },

  // Paraphrases: the reader's own words for a passage.
  { q: '联盟多久开一次联席会议', kind: 'paraphrase', answers: [WUXI, MECHANISMS], evidence: '每季度召开' },
  { q: '党员到社区报到', kind: 'paraphrase', answers: ['/practices/double-report/', FOUR], evidence: '双报到' },
  { q: '成员单位轮流牵头组织联盟活动', kind: 'paraphrase', answers: [WUXI, MECHANISMS, '/practices/joint-meeting-rotation/'], evidence: '轮值单位' },
  { q: '党建和业务两张皮', kind: 'paraphrase', answers: ['/glossary/two-skins/', FOUR, '/frameworks/fd-four-dimensions/'], evidence: '两张皮' },
  { q: '党务力量统筹共享', kind: 'paraphrase', answers: [WUXI, MECHANISMS], evidence: '党务力量统筹共用' },
  { q: '对联盟运作的评议和评估', kind: 'paraphrase', answers: [WUXI, MECHANISMS], evidence: '评议评估机制' },
  { q: '基层党组织覆盖没有边界', kind: 'paraphrase', answers: [FOUR, '/frameworks/fd-four-dimensions/'], evidence: '无边界覆盖' },
  { q: '吸纳新兴社会阶层', kind: 'paraphrase', answers: [FOUR, '/frameworks/fd-four-dimensions/'], evidence: '吸纳新兴阶层' },
  { q: '党员的政治判断能力', kind: 'paraphrase', answers: [MULTI, '/frameworks/md-four-dimensions/', '/glossary/political-judgement/'], evidence: '政治判断力' },
  { q: '数字技术用在党建工作上', kind: 'paraphrase', answers: [MULTI, '/frameworks/md-four-dimensions/'], evidence: '数字技术在党建工作中的创新应用' },
  { q: '把支部建到连队', kind: 'paraphrase', answers: ['/practices/branch-on-company/', '/cases/sanwan-reorganisation/'], evidence: '支部建在连上' },
  { q: '联盟固定的党员教育阵地', kind: 'paraphrase', answers: [WUXI, MECHANISMS], evidence: '开放式党员教育活动阵地' },
  { q: '城市基层党建融合推进的价值', kind: 'paraphrase', answers: [URBAN], evidence: '融合推进城市基层党建工作的重大价值' },

  // Names half remembered.
  { q: '联席轮值制度', kind: 'misremembered', answers: [MECHANISMS, WUXI, '/practices/joint-meeting-rotation/'], evidence: '联席轮值' },
  { q: '红帆联盟', kind: 'misremembered', answers: ['/cases/hongfan-alliance/'], evidence: '红帆党建联盟' },
  { q: '融媒党建联盟', kind: 'misremembered', answers: ['/cases/rongmei-alliance/'], evidence: '融·媒' },
  { q: '支部建在连队上', kind: 'misremembered', answers: ['/practices/branch-on-company/', '/cases/sanwan-reorganisation/'], evidence: '支部建在连上' },
  { q: '会商议事制度', kind: 'misremembered', answers: [WUXI, MECHANISMS], evidence: '会商议事机制' },
  { q: '梁溪联盟', kind: 'misremembered', answers: ['/cases/liangxi-alliance/'], evidence: '梁溪党建联盟' },
  { q: '为尚联盟', kind: 'misremembered', answers: ['/cases/weishang-alliance/'], evidence: '为尚' },
  { q: '校企党建联盟', kind: 'misremembered', answers: ['/cases/school-enterprise-alliance/'], evidence: '校企' },
  { q: '新吴国企联盟', kind: 'misremembered', answers: ['/cases/xinwu-soe-alliance/'], evidence: '国企党建联盟' },
  { q: '动态管理制度', kind: 'misremembered', answers: [WUXI, MECHANISMS], evidence: '动态管理机制' },
  { q: '四级联动机制', kind: 'misremembered', answers: ['/glossary/four-level-linkage/', '/frameworks/ui-four-level-linkage/', URBAN], evidence: '四级联动体系' },
  { q: '党务人才库', kind: 'misremembered', answers: ['/glossary/party-affairs-talent-pool/', '/practices/party-affairs-talent-pool/'], evidence: '党务工作人才库' },
  { q: '双报道', kind: 'misremembered', answers: ['/practices/double-report/'], evidence: '双报到' },

  // Other widths, quotation marks, dots and forms.
  { q: '党建＋治理', kind: 'variant', answers: [MULTI, '/frameworks/md-four-dimensions/'], evidence: '党建+治理' },
  { q: '融・媒＋党建联盟', kind: 'variant', answers: ['/cases/rongmei-alliance/'], evidence: '融·媒' },
  { q: '「联席轮值」机制', kind: 'variant', answers: [MECHANISMS, WUXI], evidence: '联席轮值机制' },
  { q: '“双报到”制度', kind: 'variant', answers: ['/practices/double-report/', FOUR], evidence: '双报到' },
  { q: 'ＯＮＬＩＮＥ型党组织', kind: 'variant', answers: ['/practices/online-party-organisation/'], evidence: 'online' },
  { q: '非公党建－红色先锋', kind: 'variant', answers: ['/cases/red-pioneer-chamber-alliance/'], evidence: '红色先锋' },
  { q: '机关-社区党建联盟', kind: 'variant', answers: ['/practices/organ-community-alliance/'], evidence: '社区党建联盟' },
  { q: '書記抓、抓書記', kind: 'variant', answers: ['/practices/secretary-accountability/'], evidence: '书记抓' },
  { q: '党员“先锋岗”', kind: 'variant', answers: ['/practices/pioneer-post/'], evidence: '先锋岗' },
  { q: '＂两张皮＂', kind: 'variant', answers: ['/glossary/two-skins/', FOUR, '/frameworks/fd-four-dimensions/'], evidence: '两张皮' },
  { q: '「党建＋」', kind: 'variant', answers: ['/practices/party-building-plus/'], evidence: '党建+' },
  { q: '三會一課', kind: 'variant', answers: ['/glossary/three-meetings-one-lesson/', '/practices/three-meetings-one-lesson/'], evidence: '三会一课' },
  { q: '『党建联盟』的运行机制', kind: 'variant', answers: [WUXI, MECHANISMS, '/topics/alliance-mechanisms/'], evidence: '运行机制' },
];

/** Share of queries of each kind answered in the top 3 (`top3(q)` gives the first three result URLs). */
export function top3Share(queries: readonly NaturalQuery[], top3: (q: NaturalQuery) => readonly string[]): Record<NaturalKind, { answered: number; total: number; share: number; missed: string[] }> {
  const out = {} as Record<NaturalKind, { answered: number; total: number; share: number; missed: string[] }>;
  for (const kind of NATURAL_KINDS) out[kind] = { answered: 0, total: 0, share: 0, missed: [] };
  for (const q of queries) {
    const row = out[q.kind];
    row.total++;
    if (top3(q).slice(0, 3).some((u) => q.answers.includes(u))) row.answered++;
    else row.missed.push(q.q);
  }
  for (const kind of NATURAL_KINDS) out[kind].share = out[kind].total ? out[kind].answered / out[kind].total : 0;
  return out;
}
