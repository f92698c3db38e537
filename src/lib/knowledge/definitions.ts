// Whether a quoted sentence defines a term, rather than only using it: a term's `definitions`
// hold only sentences that say what the term is; every other sentence that uses the term is
// in its concordance (src/lib/sources/occurrences.ts). Pure.
//
// A sentence defines the term when the term (one of its written forms, with or without its
// quotation marks) opens a clause — after at most a short lead-in such as 其中， or 系统论观点认为，
// — and is followed by a defining word: 是指, 指的是, 就是, 即, 是, 属于, 一般指, 具体指, 的意思是,
// 表现为, 体现为, 主要有, or a colon before what it names; or when it is followed by ，即 (…工作，即…).

const DEFINING = '(?:是指|指的是|的意思是|就是|即|则是|其实是|是|属于|一般指|具体指|主要有|表现为|体现为|：)';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A form as a pattern that matches it with or without quotation marks around or inside it. */
function formPattern(form: string): string {
  const bare = form.replace(/[“”"‘’]/g, '');
  return [...bare].map(escape).join('[“”‘’]?');
}

/** Whether `sentence` says what the term written `forms` is. */
export function definesTerm(sentence: string, forms: readonly string[]): boolean {
  const text = sentence.replace(/\s+/gu, '');
  return forms.some((form) => {
    const f = `[“‘]?${formPattern(form)}[”’]?`;
    const opening = new RegExp(`(?:^|[。；！？])(?:[^，。；]{0,10}，|而|其中，|党的历史上)?${f}(?:[^，。；]{0,8}?，?)?${DEFINING}`, 'u');
    const apposition = new RegExp(`${f}[^，。；]{0,3}[，,]即`, 'u');
    return opening.test(text) || apposition.test(text) || new RegExp(`所谓${f}`, 'u').test(text);
  });
}
