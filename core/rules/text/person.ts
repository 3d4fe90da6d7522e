/**
 * Whom a word is about. A condition named in a review is personal data when it describes a
 * person ("she was diagnosed with diabetes", 他因腰椎间盘突出请假), not when it is part of a name:
 * a ward ("the Oncology Unit"), a school (民族中学), a customer that is a hospital, a course on a
 * clinical therapy. The sentence around the word decides, as an HR business partner would read it.
 */
import { lazily } from '../../lazily';

/** Words that put a person in the sentence: pronouns, and verbs of being ill, on leave, treated. */
const PERSON_EN =
  /\b(?:he|she|him|her|his|hers|himself|herself|they|them|their|was diagnosed|been diagnosed|diagnosed with|on leave|off sick|signed off|sick note|suffers?|suffering|suffered|recovering|treatment for|was admitted|been admitted|in hospital|hospitali[sz]ed|had surgery|her partner|his partner|family member|daughter|son|wife|husband|mother|father)\b/i;
const PERSON_ZH = /(?<!其)他|她|本人|其本人|该员工|该同事|请假|确诊|患有|患上|得了|休假|休产假|病休|因病|治疗|复查|就医|康复|怀孕|家属|家人|妻子|丈夫|孩子|父亲|母亲/u;

/** Nouns that make the words before them a name of a place, a body or a thing. */
const NAME_NOUN_EN =
  /^[\s-]*(?:ward|unit|department|dept|clinic|centre|center|hospital|trust|foundation|school|college|academy|university|institute|society|association|council|charity|network|course|programme|program|module|training|workshop|certificate|qualification|product|device|devices|app|software|system|platform|team|service|services|customers?|clients?|accounts?|sector|market|contracts?|tenders?|project|research|fund|group|council|partners?|suppliers?|vendors?|conference|journal|week|day|month|awareness|first aid|first aider|policy|procedure|process|guidance|form|charter|pathway|helpline|hotline)\b/iu;
/** Up to three capitalised words between: "Cancer Research UK", "Diabetes Specialist Nurse Team". */
const CAPITALISED = lazily(() => /^[\s-]*(?:[A-Z][\p{L}'’&-]*\s+){1,3}/u);
const NAME_AFTER_ZH = lazily(() =>
  /^\p{Script=Han}{0,4}?(?:医院|病房|病区|科室|科|门诊|中心|学校|中学|小学|大学|学院|课程|培训|讲座|协会|学会|基金会|研究所|研究院|公司|集团|产品|设备|器械|试剂|系统|平台|项目|客户|供应商|自治区|自治州|自治县|团队|部门|科普|宣传|周|日)/u);
/** A customer or partner named just before: "our customer, St Mary's Hospital". */
const NAME_BEFORE = lazily(() => /(?:customer|client|account|partner|supplier|vendor|contract with|tender for|客户|甲方|合作方|供应商)[^.;。；]{0,30}$/iu);

/** A sentence end: a full stop followed by a space (not the dot of "2.4"), or a mark that always ends one. */
const END = /[.!?](?=\s|$)|[;。！？；\n]/gu;

/** A clause end: a sentence end or a comma. */
const CLAUSE_END = /[.!?,](?=\s|$)|[;。！？；，、\n]/gu;

/** The sentence of `text` that holds [start, end); with `clause`, only its clause. Reads only that sentence. */
export function sentenceAround(text: string, start: number, end: number, clause = false): string {
  const ends = clause ? CLAUSE_END : END;
  let from = start;
  while (from > 0 && !isEnd(text, from - 1, clause)) from--;
  ends.lastIndex = end;
  const next = ends.exec(text);
  return text.slice(from, next ? next.index : text.length);
}

/** Whether the character at `i` ends a sentence (or, with `clause`, a clause). */
function isEnd(text: string, i: number, clause: boolean): boolean {
  const c = text[i]!;
  if ('.!?'.includes(c) || (clause && c === ',')) return i + 1 >= text.length || /\s/.test(text[i + 1]!);
  return ';。！？；\n'.includes(c) || (clause && '，、'.includes(c));
}

/** Whether a sentence names a person: a pronoun, a person verb, or one of `names` (compiled once per review). */
export function personIn(names: readonly string[]): (sentence: string) => boolean {
  const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const latin = names.filter((n) => /^[\p{Script=Latin}'’.-]+$/u.test(n)).map(escape);
  const other = names.filter((n) => !/^[\p{Script=Latin}'’.-]+$/u.test(n) && n.length >= 2);
  const named = latin.length ? new RegExp(`(?<![\\p{L}])(?:${latin.join('|')})(?![\\p{L}])`, 'u') : undefined;
  return (sentence) => PERSON_EN.test(sentence) || PERSON_ZH.test(sentence) || !!named?.test(sentence) || other.some((n) => sentence.includes(n));
}

/**
 * Whether the words at [start, end) are part of a name: followed by a noun of a place, body or
 * thing ("Oncology Unit", 肿瘤医院, "diabetes education course"), written as a capitalised name
 * inside a sentence ("Christian Aid"), or just after a customer or partner.
 */
export function partOfName(text: string, start: number, end: number): boolean {
  // A name is read in the few words around the term, never in the whole text.
  const after = text.slice(end, end + 120);
  const before = text.slice(Math.max(0, start - 120), start);
  // Inside a title in quotes or title marks: a module, a course, a book ("Care of the Person with Diabetes", 《糖尿病护理》).
  if (insideQuotes(text, start, end)) return true;
  if (NAME_NOUN_EN.test(after) || NAME_NOUN_EN.test(after.replace(CAPITALISED(), ' ')) || NAME_AFTER_ZH().test(after)) return true;
  if (NAME_BEFORE().test(before)) return true;
  const word = text.slice(start, end);
  if (/^[A-Z]/.test(word)) {
    // Capitalised next to another capitalised word, not at a sentence start: a proper name.
    const prev = /([A-Z][\p{L}'’]*)\s+$/u.exec(before);
    const next = /^\s+(?:of\s+|for\s+)?[A-Z]/u.test(after);
    const atSentenceStart = /(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, start - 3), start)) || start === 0;
    if (prev || (next && !atSentenceStart)) return true;
  }
  return false;
}

/** The ways the employee may be named in free text: the full name and each part of it. */
export function namesOf(name: unknown): string[] {
  if (typeof name !== 'string' || !name.trim()) return [];
  const full = name.trim();
  const parts = full.split(/\s+/).filter((p) => p.length >= 2);
  // A Chinese name of two or three characters: the given name is used alone (小明, 明明).
  const han = /^\p{Script=Han}{2,4}$/u.test(full) ? [full.slice(1)] : [];
  return [...new Set([full, ...parts, ...han])];
}

const PAIRS: [string, string][] = [['"', '"'], ['“', '”'], ['《', '》'], ['「', '」'], ['‘', '’']];

/** Whether [start, end) lies between an opening and its closing quote mark on the same line. */
function insideQuotes(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  return PAIRS.some(([open, close]) => {
    const count = (s: string, c: string) => s.split(c).length - 1;
    // The same mark opens and closes: an odd number before means we are inside.
    if (open === close) return count(before, open) % 2 === 1 && after.includes(close);
    return before.lastIndexOf(open) > before.lastIndexOf(close) && after.includes(close);
  });
}
