/**
 * Sensitive personal data, by category, under two laws:
 *
 * - GDPR Art. 9 (Regulation (EU) 2016/679, 2016): health, racial or ethnic origin, religious or
 *   philosophical beliefs, sex life or sexual orientation, trade-union membership (and political
 *   opinions, genetic and biometric data). Pregnancy counts as health data; the UK ICO's
 *   employment guidance treats sickness and absence records as health data.
 * - PIPL Art. 28 (《中华人民共和国个人信息保护法》, 2021): biometric identification, religious
 *   beliefs, specific identity, medical health, financial accounts, whereabouts, and data of
 *   children under 14. Trade-union membership is not named; financial accounts and whereabouts
 *   are. GB/T 35273-2020 (个人信息安全规范, Appendix B) gives examples: bank account numbers,
 *   credit records, location tracks, medical records.
 *
 * Condition names come from the WHO's classification (WHO, ICD-10 Volume 1 Tabular List, 5th
 * ed., 2016; ICD-11 MMS, 2019) and its Chinese national edition (GB/T 14396-2016 疾病分类与代码),
 * keeping those a manager may write about a colleague. Terms are chosen so that everyday
 * business words do not match: "union" alone (European Union), "health" alone (account health).
 *
 * `needsPerson`: words that name places and things as often as a person's condition (a hospital,
 * a therapy, a church) count only where the sentence names a person (core/rules/text/person.ts).
 */
import { lazily } from '../../lazily';
import type { Term } from './types';

export type Category =
  | 'health' | 'pregnancy' | 'religion' | 'ethnicity' | 'sexual orientation' | 'trade-union membership' | 'financial account' | 'whereabouts';

export interface SensitiveTerm extends Term {
  category: Category;
  needsPerson?: boolean;
}

const HEALTH = 'GDPR Art. 9 / PIPL Art. 28 (医疗健康): data concerning health (ICO: sickness and absence records are health data)';
const DIAG = 'A diagnosis named in WHO ICD-10 (2016) / ICD-11 (2019), GB/T 14396-2016: health data about whoever has it';
const PREG = 'GDPR Art. 9: pregnancy and maternity are health data, and a protected ground in employment law';
const RELIGION = 'GDPR Art. 9 / PIPL Art. 28 (宗教信仰): religious or philosophical beliefs';
const ETHNIC = 'GDPR Art. 9: racial or ethnic origin; PIPL Art. 28: specific identity (特定身份)';
const SEX = 'GDPR Art. 9: sex life or sexual orientation; PIPL Art. 28: data whose leak harms personal dignity';
const UNION = 'GDPR Art. 9: trade-union membership (not named by PIPL Art. 28)';
const MONEY = 'PIPL Art. 28: financial accounts (金融账户); GB/T 35273-2020 Appendix B: bank account, credit record';
const WHERE = 'PIPL Art. 28: whereabouts (行踪轨迹); GB/T 35273-2020 Appendix B: location tracks';

const en = (category: Category, why: string, terms: readonly string[], needsPerson = false): SensitiveTerm[] =>
  terms.map((term) => ({ term, lang: 'en', why, category, ...(needsPerson ? { needsPerson } : {}) }));
const zh = (category: Category, why: string, terms: readonly string[], needsPerson = false): SensitiveTerm[] =>
  terms.map((term) => ({ term, lang: 'zh', why, category, ...(needsPerson ? { needsPerson } : {}) }));

export const specialCategoryTerms: readonly SensitiveTerm[] = [
  ...en('health', HEALTH, [
    'health condition*', 'health issue*', 'health problem*', 'mental health', 'sick leave', 'sick note', 'off sick', 'signed off sick', 'sickness', 'illness', 'diagnos*',
    'disabilit*', 'disabled', 'medication', 'cancer', 'depression', 'anxiety disorder', 'panic attack*', 'psychiatr*', 'HIV',
  ]),
  ...en('health', HEALTH, ['medical', 'chronic', 'surgery', 'hospital*', 'therapy', 'therapist', 'COVID', 'rehab*'], true),
  ...en('health', DIAG, [
    'diabetes', 'diabetic', 'asthma', 'epilepsy', 'epileptic', 'migraine*', 'ADHD', 'autism', 'autistic', 'dyslexi*', 'bipolar',
    'schizophreni*', 'PTSD', 'multiple sclerosis', 'arthritis', 'heart attack', 'heart condition', 'endometriosis', 'menopaus*',
    "Crohn's", 'eating disorder', 'anorexia', 'bulimia', 'alcoholism', 'tumour*', 'tumor*', 'chemotherapy', 'dementia',
    "Parkinson's", 'long COVID', 'burnout syndrome', 'hypertension',
  ]),
  ...en('pregnancy', PREG, ['pregnan*', 'maternity', 'miscarriage', 'IVF', 'fertility treatment']),
  ...en('religion', RELIGION, ['religion', 'religious', 'Ramadan', 'Muslim', 'Christian', 'Jewish', 'Hindu', 'Buddhist', 'Sikh']),
  ...en('religion', RELIGION, ['church', 'mosque', 'synagogue', 'temple'], true),
  ...en('ethnicity', ETHNIC, ['ethnicity', 'ethnic', 'racial', 'race or ethnic']),
  ...en('sexual orientation', SEX, ['sexual orientation', 'gay', 'lesbian', 'bisexual', 'transgender', 'LGBT*', 'same-sex partner']),
  ...en('trade-union membership', UNION, ['trade union*', 'labour union*', 'labor union*', 'union member*', 'union rep*', 'shop steward']),
  ...en('financial account', MONEY, ['bank account*', 'bank card*', 'credit card debt', 'credit score', 'credit record*', 'personal loan*', 'salary account']),
  ...en('whereabouts', WHERE, ['whereabouts', 'location history', 'GPS track*', 'movement records']),

  ...zh('health', HEALTH, ['病假', '生病', '患病', '疾病', '住院', '诊断', '确诊', '抑郁', '焦虑症', '癌症', '残疾', '残障', '慢性病', '心理疾病', '精神疾病', '服药', '体检结果', '病休', '因病']),
  ...zh('health', HEALTH, ['手术', '心理咨询', '康复'], true),
  ...zh('health', DIAG, [
    '糖尿病', '高血压', '冠心病', '心脏病', '哮喘', '癫痫', '偏头痛', '抑郁症', '双相情感障碍', '精神分裂', '孤独症', '自闭症', '多动症',
    '强迫症', '乙肝', '肝炎', '肺结核', '结核病', '艾滋病', '腰椎间盘突出', '颈椎病', '甲状腺', '乳腺癌', '肺癌', '白血病', '肿瘤', '中风', '脑梗', '心梗',
  ]),
  ...zh('pregnancy', PREG, ['怀孕', '孕期', '产假', '产检', '流产', '备孕', '哺乳期', '孕妇', '试管']),
  ...zh('religion', RELIGION, ['宗教', '基督教', '佛教', '伊斯兰', '穆斯林', '天主教', '做礼拜', '斋月']),
  ...zh('religion', RELIGION, ['信仰', '教会', '清真寺', '寺庙'], true),
  ...zh('ethnicity', ETHNIC, ['种族', '汉族', '回族', '维吾尔族', '藏族', '壮族', '满族', '蒙古族', '族裔']).concat(
    [{ term: '民族', lang: 'zh', why: ETHNIC, category: 'ethnicity', except: ['民族品牌', '中华民族', '民族复兴', '民族工业'] }],
  ),
  ...zh('sexual orientation', SEX, ['性取向', '同性恋', '双性恋', '跨性别', '同性伴侣']),
  ...zh('trade-union membership', UNION, ['工会']),
  ...zh('financial account', MONEY, ['银行卡', '银行账户', '银行账号', '工资卡', '信用卡欠款', '征信', '个人贷款', '网贷']),
  ...zh('whereabouts', WHERE, ['行踪', '行程轨迹', '定位记录', '轨迹记录']),
];

/** A named condition written the Chinese way after a verb of diagnosis: 确诊为甲亢, 患有类风湿关节炎, 查出胆结石. */
export const DIAGNOSIS_ZH = lazily(() => /(?:患有|确诊(?:为|了|患有)?|诊断为|诊断出|查出|得了|患上)(\p{Script=Han}{1,8}?(?:综合征|障碍|症|炎|病|癌|瘤|结石))/gu);

/** Which categories each law names. */
export const PROFILE: Record<'gdpr' | 'pipl' | 'both', ReadonlySet<Category>> = {
  gdpr: new Set(['health', 'pregnancy', 'religion', 'ethnicity', 'sexual orientation', 'trade-union membership']),
  pipl: new Set(['health', 'pregnancy', 'religion', 'ethnicity', 'sexual orientation', 'financial account', 'whereabouts']),
  both: new Set(['health', 'pregnancy', 'religion', 'ethnicity', 'sexual orientation', 'trade-union membership', 'financial account', 'whereabouts']),
};
