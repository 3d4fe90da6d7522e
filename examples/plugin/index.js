// Two house rules of the (fictional) Acme HR team, written in code. A plugin is a module that
// exports `rules`; list it under `plugins:` in .reviewrc.yaml. Each rule has an id in the
// organisation's namespace, metadata, its own messages in English and Chinese, a `check` that
// yields reports, and optionally a `fix`. See docs/plugins.md.
'use strict';

/** Words that praise a person as a type rather than what they did, and a plain replacement. */
const HYPE = [
  { word: 'rockstar', instead: 'strong contributor' },
  { word: 'ninja', instead: 'skilled specialist' },
  { word: '大神', instead: '骨干' },
];
const FIELDS = ['strengths', 'improvements'];

/** A rule in the shape of docs/plugins.md. */
const noHype = {
  id: 'acme/no-hype-words',
  meta: {
    description: {
      en: 'Hype words ("rockstar", "ninja", 大神) in strengths or areas to improve, where the work itself should be described.',
      'zh-CN': '优点或待改进项中使用了夸张称呼（rockstar、ninja、大神），而应描述工作本身。',
    },
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'auto',
    tags: ['language'],
    docs: 'https://intranet.example.com/hr/appraisal-guide#words',
  },
  messages: {
    en: {
      hype: '"{word}" labels the person. Say what they did and its effect; the fix writes "{instead}".',
      fix: 'Write "{instead}" instead of "{word}"',
    },
    'zh-CN': {
      hype: '“{word}”是在给人贴标签。请写明做了什么、产生了什么效果；修复会改为“{instead}”。',
      fix: '将“{word}”改为“{instead}”',
    },
  },
  *check({ review, t }) {
    for (const list of FIELDS)
      for (const [i, item] of (review[list] ?? []).entries()) {
        const text = item && item.text;
        if (typeof text !== 'string') continue;
        for (const { word, instead } of HYPE) {
          const at = text.toLowerCase().indexOf(word);
          if (at === -1) continue;
          const matched = text.slice(at, at + word.length);
          // `data` is what the fix needs: the words as written and their replacement.
          yield { path: [list, i, 'text'], message: t('hype', { word: matched, instead }), data: { matched, instead } };
        }
      }
  },
  fix: {
    create({ edit, t }, { path, data }) {
      return { title: t('fix', { word: data.matched, instead: data.instead }), edits: [edit.replaceInScalar(path, data.matched, data.instead, 0)] };
    },
  },
};

/** A rule in the shape of docs/plugins.md. */
const followUpSoon = {
  id: 'acme/follow-up-within-90-days',
  meta: {
    description: {
      en: 'A held review whose follow-up is not booked within 90 days of the meeting.',
      'zh-CN': '已面谈的评估没有在面谈后 90 天内安排跟进。',
    },
    defaultSeverity: 'warning',
    from: 'held',
    tags: ['outcome'],
  },
  messages: {
    en: { late: 'The follow-up on {on} is {days} days after the meeting. Acme books it within 90 days, while the plan is fresh.' },
    'zh-CN': { late: '跟进日期 {on} 距面谈已有 {days} 天。Acme 要求在 90 天内跟进，趁计划还新鲜。' },
  },
  *check({ review, t }) {
    const meeting = review.meeting && review.meeting.at;
    const on = review.follow_up && review.follow_up.on;
    if (typeof meeting !== 'string' || typeof on !== 'string') return;
    const days = Math.round((Date.parse(on) - Date.parse(meeting.slice(0, 10))) / 86_400_000);
    if (days > 90) yield { path: ['follow_up', 'on'], message: t('late', { on, days }) };
  },
};

module.exports = { rules: [noHype, followUpSoon] };
