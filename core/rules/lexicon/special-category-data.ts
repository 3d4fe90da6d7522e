/**
 * Special categories of personal data (GDPR Art. 9): health, racial or ethnic origin, religion,
 * sex life or sexual orientation, trade-union membership; pregnancy counts as health data. The
 * UK ICO's employment guidance treats sickness and absence records as health data that needs
 * its own lawful basis. Terms are chosen so that everyday business words do not match: "union"
 * alone (European Union) and "health" alone (account health) are left out.
 */
import type { Term } from './types';

const HEALTH = 'GDPR Art. 9: data concerning health (ICO: sickness and absence records are health data)';
const PREG = 'GDPR Art. 9: pregnancy and maternity are health data, and a protected ground in employment law';
const RELIGION = 'GDPR Art. 9: religious or philosophical beliefs';
const ETHNIC = 'GDPR Art. 9: racial or ethnic origin';
const SEX = 'GDPR Art. 9: sex life or sexual orientation';
const UNION = 'GDPR Art. 9: trade-union membership';

export const specialCategoryTerms: readonly (Term & { category: string })[] = [
  ...(
    [
      'health condition*', 'health issue*', 'health problem*', 'mental health', 'medical', 'sick leave', 'sick note', 'sickness',
      'illness', 'diagnos*', 'disabilit*', 'disabled', 'chronic', 'surgery', 'hospital*', 'medication', 'therapy', 'therapist',
      'cancer', 'depression', 'anxiety disorder', 'panic attack*', 'psychiatr*', 'HIV',
    ] as const
  ).map((term) => ({ term, lang: 'en' as const, why: HEALTH, category: 'health' })),
  ...(['pregnan*', 'maternity', 'miscarriage', 'IVF', 'fertility treatment'] as const).map((term) => ({
    term, lang: 'en' as const, why: PREG, category: 'pregnancy',
  })),
  ...(['religion', 'religious', 'church', 'mosque', 'synagogue', 'Ramadan', 'Muslim', 'Christian', 'Jewish', 'Hindu', 'Buddhist', 'Sikh'] as const).map(
    (term) => ({ term, lang: 'en' as const, why: RELIGION, category: 'religion' }),
  ),
  ...(['ethnicity', 'ethnic', 'racial', 'race or ethnic'] as const).map((term) => ({ term, lang: 'en' as const, why: ETHNIC, category: 'ethnicity' })),
  ...(['sexual orientation', 'gay', 'lesbian', 'bisexual', 'transgender', 'LGBT*', 'same-sex partner'] as const).map((term) => ({
    term, lang: 'en' as const, why: SEX, category: 'sexual orientation',
  })),
  ...(['trade union*', 'labour union*', 'labor union*', 'union member*', 'union rep*', 'shop steward'] as const).map((term) => ({
    term, lang: 'en' as const, why: UNION, category: 'trade-union membership',
  })),

  ...(['病假', '生病', '患病', '疾病', '住院', '手术', '诊断', '确诊', '抑郁', '焦虑症', '癌症', '残疾', '残障', '慢性病', '心理疾病', '精神疾病', '服药', '体检结果'] as const).map(
    (term) => ({ term, lang: 'zh' as const, why: HEALTH, category: 'health' }),
  ),
  ...(['怀孕', '孕期', '产假', '产检', '流产', '备孕', '哺乳期'] as const).map((term) => ({ term, lang: 'zh' as const, why: PREG, category: 'pregnancy' })),
  ...(['宗教', '信仰', '基督教', '佛教', '伊斯兰', '穆斯林', '天主教', '做礼拜', '斋月'] as const).map((term) => ({
    term, lang: 'zh' as const, why: RELIGION, category: 'religion',
  })),
  ...(['民族', '种族', '汉族', '回族', '维吾尔族', '藏族', '壮族', '满族', '蒙古族', '族裔'] as const).map((term) => ({
    term, lang: 'zh' as const, why: ETHNIC, category: 'ethnicity', ...(term === '民族' ? { except: ['民族品牌'] } : {}),
  })),
  ...(['性取向', '同性恋', '双性恋', '跨性别', '同性伴侣'] as const).map((term) => ({ term, lang: 'zh' as const, why: SEX, category: 'sexual orientation' })),
  ...(['工会'] as const).map((term) => ({ term, lang: 'zh' as const, why: UNION, category: 'trade-union membership' })),
];
