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
];
