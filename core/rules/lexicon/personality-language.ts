/**
 * Words that judge the person rather than describe a behaviour.
 *
 * Sources: Snyder, Fortune 2014 (248 reviews: "abrasive" about 13 women and no men; bossy,
 * strident, aggressive, emotional, irrational recurring in women's reviews); Kluger & DeNisi 1996
 * (feedback aimed at the self rather than the task works worse); SBI (Center for Creative
 * Leadership: describe the observable behaviour). Terms whose everyday use is not about a person
 * ("aggressive timeline", "lazy loading", "强势增长") carry exceptions.
 */
import type { Term } from './types';

const SNYDER = 'Snyder, Fortune 2014: a recurring word in critical reviews, used mostly about women';
const SELF = 'Kluger & DeNisi 1996: a trait of the person, not a behaviour; feedback aimed at the self works worse';
const DRIVE = `${SELF}. Drive and ambition judged as a trait; Correll & Simard 2016: such comments go more often to women ("too ambitious")`;
const TEMPER = `${SELF}. Temperament named instead of what was said or done (SBI: describe the behaviour)`;
const INTRO = `${SELF}. Introversion is a personality trait (Big Five), not a performance fact: describe the missing behaviour (e.g. did not present the Q3 results)`;
const EQ = `${SELF}. "Emotional intelligence" judged low is a verdict on the person; name the meeting and what was said`;
const ATT = `${SELF}. An attitude word judges the person's motives, which the reviewer cannot observe (SBI)`;

export const personalityTerms: readonly Term[] = [
  { term: 'abrasive', lang: 'en', why: `${SNYDER} (13 women, no men)` },
  { term: 'bossy', lang: 'en', why: SNYDER },
  { term: 'strident', lang: 'en', why: SNYDER },
  { term: 'shrill', lang: 'en', why: SNYDER },
  { term: 'irrational', lang: 'en', why: SNYDER },
  {
    term: 'emotional',
    lang: 'en',
    why: SNYDER,
    except: ['emotional intelligence', 'emotional support', 'emotional labour', 'emotional labor'],
  },
  {
    term: 'aggressive',
    lang: 'en',
    why: SNYDER,
    except: [
      'aggressive target*', 'aggressive goal*', 'aggressive timeline*', 'aggressive deadline*', 'aggressive schedule*',
      'aggressive pricing', 'aggressive price*', 'aggressive growth', 'aggressive plan*', 'aggressive roadmap*',
      'aggressive quota*', 'aggressive discount*', 'aggressive expansion', 'aggressive caching', 'aggressive optimi*',
    ],
  },
  { term: 'hysterical', lang: 'en', why: SNYDER },
  {
    term: 'attitude',
    lang: 'en',
    why: `${SELF}. Only as a judgement: "attitude survey", "customer attitudes" and the like are not about the employee`,
    except: ['attitude survey*', 'attitudes survey*', 'attitude data', 'attitude score*', 'customer attitude*', 'user attitude*', 'market attitude*', 'attitude toward risk', 'attitude towards risk'],
  },
  { term: 'lazy', lang: 'en', why: SELF, except: ['lazy loading', 'lazy load*', 'lazy evaluation', 'lazy initiali*'] },
  { term: 'arrogant', lang: 'en', why: SELF },
  { term: 'pushy', lang: 'en', why: SELF },
  { term: 'moody', lang: 'en', why: SELF },
  { term: 'temperamental', lang: 'en', why: SELF },
  { term: 'stubborn', lang: 'en', why: SELF },
  { term: 'selfish', lang: 'en', why: SELF },
  { term: 'immature', lang: 'en', why: SELF },
  { term: 'condescending', lang: 'en', why: SELF },
  { term: 'passive-aggressive', lang: 'en', why: SELF },
  { term: 'opinionated', lang: 'en', why: SELF },
  { term: 'know-it-all', lang: 'en', why: SELF },
  { term: 'high-maintenance', lang: 'en', why: SELF },
  { term: 'intimidating', lang: 'en', why: SELF },
  { term: 'difficult to work with', lang: 'en', why: SELF },
  { term: 'hard to work with', lang: 'en', why: SELF },
  { term: 'not a people person', lang: 'en', why: SELF },
  { term: 'too sensitive', lang: 'en', why: SELF },
  ...['lacks drive', 'no drive', 'not driven', 'unambitious', 'lacks ambition', 'too ambitious', 'overly ambitious', 'lacks passion', 'complacent', 'unmotivated', 'apathetic']
    .map((term) => ({ term, lang: 'en' as const, why: DRIVE })),
  ...['hot-headed', 'hot-tempered', 'short-tempered', 'quick-tempered', 'bad-tempered', 'volatile temper', 'temper tantrum*', 'thin-skinned', 'judgmental', 'judgemental']
    .map((term) => ({ term, lang: 'en' as const, why: TEMPER })),
  ...['introverted', 'introvert', 'too quiet', 'painfully shy', 'withdrawn', 'not outgoing', 'lacks presence']
    .map((term) => ({ term, lang: 'en' as const, why: INTRO })),
  ...['low emotional intelligence', 'lacks emotional intelligence', 'poor emotional intelligence', 'no emotional intelligence', 'low EQ', 'tone-deaf']
    .map((term) => ({ term, lang: 'en' as const, why: EQ })),
  ...['negative attitude', 'bad attitude', 'poor attitude', 'attitude problem', 'entitled', 'lacks commitment', 'not a culture fit', 'poor culture fit']
    .map((term) => ({ term, lang: 'en' as const, why: ATT })),

  { term: '懒', lang: 'zh', why: `${SELF}（懒、懒惰、偷懒）`, except: ['懒加载'] },
  { term: '态度差', lang: 'zh', why: SELF },
  { term: '态度不好', lang: 'zh', why: SELF },
  { term: '态度不端正', lang: 'zh', why: SELF },
  { term: '态度有问题', lang: 'zh', why: SELF },
  { term: '态度问题', lang: 'zh', why: SELF },
  { term: '态度消极', lang: 'zh', why: SELF },
  { term: '情绪化', lang: 'zh', why: `${SNYDER} (emotional)` },
  { term: '太强势', lang: 'zh', why: `${SNYDER} (bossy, aggressive)` },
  { term: '过于强势', lang: 'zh', why: `${SNYDER} (bossy, aggressive)` },
  { term: '性格强势', lang: 'zh', why: `${SNYDER} (bossy, aggressive)` },
  { term: '咄咄逼人', lang: 'zh', why: `${SNYDER} (aggressive, abrasive)` },
  { term: '尖刻', lang: 'zh', why: `${SNYDER} (abrasive)` },
  { term: '歇斯底里', lang: 'zh', why: `${SNYDER} (hysterical)` },
  { term: '不理性', lang: 'zh', why: `${SNYDER} (irrational)` },
  { term: '傲慢', lang: 'zh', why: SELF },
  { term: '自大', lang: 'zh', why: SELF },
  { term: '固执', lang: 'zh', why: SELF },
  { term: '玻璃心', lang: 'zh', why: SELF },
  { term: '太敏感', lang: 'zh', why: SELF },
  { term: '脾气差', lang: 'zh', why: SELF },
  { term: '脾气不好', lang: 'zh', why: SELF },
  { term: '自私', lang: 'zh', why: SELF },
  { term: '不成熟', lang: 'zh', why: SELF },
  { term: '没有责任心', lang: 'zh', why: SELF },
  { term: '没责任心', lang: 'zh', why: SELF },
  { term: '不靠谱', lang: 'zh', why: SELF },
  { term: '难相处', lang: 'zh', why: SELF },
  { term: '消极怠工', lang: 'zh', why: SELF },
  ...['没有上进心', '缺乏上进心', '不求上进', '没有进取心', '缺乏进取心', '野心太大', '没有冲劲', '缺乏干劲', '没有激情', '安于现状'].map((term) => ({ term, lang: 'zh' as const, why: DRIVE })),
  ...['急躁', '暴躁', '易怒', '脾气急', '性子急', '沉不住气', '浮躁'].map((term) => ({ term, lang: 'zh' as const, why: TEMPER })),
  ...['性格内向', '太内向', '过于内向', '不合群', '孤僻', '不善交际'].map((term) => ({ term, lang: 'zh' as const, why: INTRO })),
  ...['情商低', '情商不高', '没情商', '缺乏情商'].map((term) => ({ term, lang: 'zh' as const, why: EQ })),
  ...['态度恶劣', '散漫', '吊儿郎当', '心态不好', '心态差', '心态有问题', '斤斤计较', '眼高手低', '混日子'].map((term) => ({ term, lang: 'zh' as const, why: ATT })),
];
