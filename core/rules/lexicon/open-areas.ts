/**
 * Places where others can see or overhear an interview: open office areas, someone's desk,
 * passages, eating areas. The performance-interview Q&A [1] rules out the open office area and asks for a small
 * meeting or reception room; [5] and [7] ask for an enclosed, undisturbed place. Read by
 * `location-not-private` in `meeting.location`. "Reception room" is what [1] recommends, so
 * "reception" is not on the list; "front desk" and "reception desk" are, through "desk".
 */
import type { Term } from './types';

export const OPEN = 'An open area: others can see and hear the conversation, and it will be interrupted';
export const DESK = "Someone's desk or workstation: in view and earshot of colleagues";
export const PASSAGE = 'A passage: people walk through it';
export const EATING = 'An eating or break area: shared and busy';

export const openAreaTerms: readonly Term[] = [
  { term: 'open office', lang: 'en', why: OPEN },
  { term: 'open plan', lang: 'en', why: OPEN },
  { term: 'open area', lang: 'en', why: OPEN },
  { term: 'shared office', lang: 'en', why: OPEN },
  { term: 'shop floor', lang: 'en', why: OPEN },
  { term: 'sales floor', lang: 'en', why: OPEN },
  { term: 'lobby', lang: 'en', why: OPEN },
  { term: 'atrium', lang: 'en', why: OPEN },
  { term: 'desk', lang: 'en', why: DESK },
  { term: 'desks', lang: 'en', why: DESK },
  { term: 'hot desk*', lang: 'en', why: DESK },
  { term: 'workstation', lang: 'en', why: DESK },
  { term: 'cubicle*', lang: 'en', why: DESK },
  { term: 'corridor', lang: 'en', why: PASSAGE },
  { term: 'hallway', lang: 'en', why: PASSAGE },
  { term: 'hall way', lang: 'en', why: PASSAGE },
  { term: 'stairwell', lang: 'en', why: PASSAGE },
  { term: 'canteen', lang: 'en', why: EATING },
  { term: 'cafeteria', lang: 'en', why: EATING },
  { term: 'cafe', lang: 'en', why: EATING },
  { term: 'café', lang: 'en', why: EATING },
  { term: 'coffee shop', lang: 'en', why: EATING },
  { term: 'coffee corner', lang: 'en', why: EATING },
  { term: 'kitchen', lang: 'en', why: EATING },
  { term: 'pantry', lang: 'en', why: EATING },
  { term: 'break room', lang: 'en', why: EATING },
  { term: 'breakroom', lang: 'en', why: EATING },
  { term: 'lounge', lang: 'en', why: EATING },
  { term: '开放办公区', lang: 'zh', why: OPEN },
  { term: '开放式办公', lang: 'zh', why: OPEN },
  { term: '开放区', lang: 'zh', why: OPEN },
  { term: '大厅', lang: 'zh', why: OPEN },
  { term: '工位', lang: 'zh', why: DESK },
  { term: '办公桌', lang: 'zh', why: DESK },
  { term: '座位', lang: 'zh', why: DESK },
  { term: '前台', lang: 'zh', why: DESK },
  { term: '走廊', lang: 'zh', why: PASSAGE },
  { term: '过道', lang: 'zh', why: PASSAGE },
  { term: '楼道', lang: 'zh', why: PASSAGE },
  { term: '楼梯间', lang: 'zh', why: PASSAGE },
  { term: '食堂', lang: 'zh', why: EATING },
  { term: '餐厅', lang: 'zh', why: EATING },
  { term: '茶水间', lang: 'zh', why: EATING },
  { term: '休息区', lang: 'zh', why: EATING },
  { term: '咖啡厅', lang: 'zh', why: EATING },
];
