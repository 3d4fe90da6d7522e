/**
 * Generic praise and criticism: phrases that could be written about anyone. The rule flags a
 * field only when, besides them, it names nothing checkable (core/rules/text/anchors.ts).
 *
 * Sources: Correll & Simard, "Vague Feedback Is Holding Women Back", HBR 2016 (women's reviews
 * held more vague praise and less feedback tied to business outcomes; vague feedback went with
 * lower ratings); SBI (Center for Creative Leadership): situation, behaviour, impact.
 */
import type { Term } from './types';

const PRAISE = 'Correll & Simard 2016: vague praise names no behaviour to repeat and no outcome it led to';
const CRITIC = 'SBI: criticism without a situation or behaviour gives nothing to act on';
/** Stock virtues: the adjectives of generic praise that a list of several makes look specific. */
const VIRTUE = 'Schmader, Whitehead & Wysocki 2007 ("grindstone" adjectives: hardworking, dependable, dedicated, diligent) and Correll & Simard 2016: stock virtues name no outcome';
const VIRTUE_ZH = '中文评语写作指导（《主管领导如何撰写员工评语》，2025）：“表现不错”“工作认真”一类套话缺乏具体事例支撑；与 Schmader 等 2007 的 grindstone 形容词同类';

export const vagueTerms: readonly Term[] = [
  { term: 'good job', lang: 'en', why: PRAISE },
  { term: 'great job', lang: 'en', why: PRAISE },
  { term: 'nice job', lang: 'en', why: PRAISE },
  { term: 'well done', lang: 'en', why: PRAISE },
  { term: 'good work', lang: 'en', why: PRAISE },
  { term: 'great work', lang: 'en', why: PRAISE },
  { term: 'great year', lang: 'en', why: PRAISE },
  { term: 'good year', lang: 'en', why: PRAISE },
  { term: 'solid year', lang: 'en', why: PRAISE },
  { term: 'great attitude', lang: 'en', why: PRAISE },
  { term: 'positive attitude', lang: 'en', why: PRAISE },
  { term: 'hard worker', lang: 'en', why: PRAISE },
  { term: 'hard-working', lang: 'en', why: PRAISE },
  { term: 'hardworking', lang: 'en', why: PRAISE },
  { term: 'team player', lang: 'en', why: PRAISE },
  { term: 'strong performer', lang: 'en', why: PRAISE },
  { term: 'rock star', lang: 'en', why: PRAISE },
  { term: 'pleasure to work with', lang: 'en', why: PRAISE },
  { term: 'keep up the good work', lang: 'en', why: PRAISE },
  { term: 'keep it up', lang: 'en', why: PRAISE },
  { term: 'doing well', lang: 'en', why: PRAISE },
  { term: 'doing great', lang: 'en', why: PRAISE },
  { term: 'good performance', lang: 'en', why: PRAISE },
  { term: 'great performance', lang: 'en', why: PRAISE },
  { term: 'needs to improve', lang: 'en', why: CRITIC },
  { term: 'needs improvement', lang: 'en', why: CRITIC },
  { term: 'could do better', lang: 'en', why: CRITIC },
  { term: 'could be better', lang: 'en', why: CRITIC },
  { term: 'should try harder', lang: 'en', why: CRITIC },
  { term: 'needs to try harder', lang: 'en', why: CRITIC },
  { term: 'needs to step up', lang: 'en', why: CRITIC },
  { term: 'room for improvement', lang: 'en', why: CRITIC },
  { term: 'not a team player', lang: 'en', why: CRITIC },
  { term: 'more proactive', lang: 'en', why: CRITIC },
  { term: 'lacks initiative', lang: 'en', why: CRITIC },
  { term: 'communicate better', lang: 'en', why: CRITIC },
  { term: 'not meeting expectations', lang: 'en', why: CRITIC },
  ...['reliable', 'dependable', 'dedicated', 'hard working', 'motivated', 'enthusiastic', 'conscientious', 'diligent', 'willing to help', 'always willing', 'goes above and beyond', 'above and beyond', 'asset to the team', 'valued member', 'great asset', 'can-do attitude'].map(
    (term) => ({ term, lang: 'en' as const, why: VIRTUE }),
  ),

  { term: '做得不错', lang: 'zh', why: PRAISE },
  { term: '做得很好', lang: 'zh', why: PRAISE },
  { term: '干得不错', lang: 'zh', why: PRAISE },
  { term: '干得好', lang: 'zh', why: PRAISE },
  { term: '表现不错', lang: 'zh', why: PRAISE },
  { term: '表现很好', lang: 'zh', why: PRAISE },
  { term: '表现良好', lang: 'zh', why: PRAISE },
  { term: '表现优秀', lang: 'zh', why: PRAISE },
  { term: '工作认真', lang: 'zh', why: PRAISE },
  { term: '认真负责', lang: 'zh', why: PRAISE },
  { term: '踏实肯干', lang: 'zh', why: PRAISE },
  { term: '任劳任怨', lang: 'zh', why: PRAISE },
  { term: '态度端正', lang: 'zh', why: PRAISE },
  { term: '团队精神', lang: 'zh', why: PRAISE },
  { term: '继续保持', lang: 'zh', why: PRAISE },
  { term: '再接再厉', lang: 'zh', why: PRAISE },
  { term: '有待提高', lang: 'zh', why: CRITIC },
  { term: '有待加强', lang: 'zh', why: CRITIC },
  { term: '有待改进', lang: 'zh', why: CRITIC },
  { term: '有待提升', lang: 'zh', why: CRITIC },
  { term: '需要提高', lang: 'zh', why: CRITIC },
  { term: '需要加强', lang: 'zh', why: CRITIC },
  { term: '还需努力', lang: 'zh', why: CRITIC },
  { term: '仍需努力', lang: 'zh', why: CRITIC },
  { term: '不够积极', lang: 'zh', why: CRITIC },
  { term: '不够主动', lang: 'zh', why: CRITIC },
  { term: '进一步提升', lang: 'zh', why: CRITIC },
  { term: '一般般', lang: 'zh', why: CRITIC },
  ...['吃苦耐劳', '积极主动', '责任心强', '乐于助人', '兢兢业业', '勤勤恳恳', '认真细致', '服从安排', '积极向上', '爱岗敬业', '工作积极'].map(
    (term) => ({ term, lang: 'zh' as const, why: VIRTUE_ZH }),
  ),
];
