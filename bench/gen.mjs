// Seeded generator of realistic review corpora for the benchmarks (not tests).
//   node bench/gen.mjs [--files 2000] [--seed 7] [--out bench/.corpus/c2000]
// Layout of a corpus:
//   templates/*.review.yaml            three templates (English, Chinese, mixed), referenced by most reviews
//   teams/team-NN/*.review.yaml        the reviews: most 60–200 lines, ~2% about 1,000 lines,
//                                      valid and faulty mixed (rule findings, schema errors, a few
//                                      syntax errors), English and Chinese text
//   big.review.yaml                    one review of about 20,000 lines
//   one-150.review.yaml                a clean 150-line review (the server's edit benchmark)
//   .git/                              `git init`: the corpus is a repository of its own
// The same seed always writes the same bytes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** mulberry32: small, fast, good enough for picking words. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
  return r;
}

const EN = {
  subj: ['Led', 'Ran', 'Owned', 'Drove', 'Shipped', 'Reworked', 'Closed', 'Coordinated', 'Rebuilt', 'Documented', 'Automated', 'Negotiated'],
  obj: [
    'the Q3 customer workshop', 'the Hangzhou renewal', 'the billing migration', 'the onboarding checklist', 'the weekly sales report',
    'the CRM clean-up', 'the vendor contract review', 'the incident post-mortems', 'the regional pipeline review', 'the release train',
    'the support rota', 'the pricing experiment', 'the data retention audit', 'the hiring loop for two engineers',
  ],
  impact: [
    'which secured the quarterly target', 'so the team planned with current figures', 'cutting the backlog from 40 to 12 tickets',
    'two weeks ahead of plan', 'with four qualified leads as a result', 'and churn in the segment fell by 3 points',
    'which saved about 6 hours a week for the team', 'so the audit closed without findings',
  ],
  evidence: [
    'CRM deal record, 14 Sep', 'Workshop attendance list and CRM lead records, 22 Jul', '6 of 20 Q3 reports arrived after Monday 12:00',
    'Jira board export, 30 Sep', 'Finance reminders in March, June and October', 'Customer survey of 12 Oct, 38 answers',
    'Post-mortem documents INC-204 and INC-219', 'Release notes 4.2 to 4.6',
  ],
  late: [
    'Weekly reports reached the team after the Monday deadline', 'Call notes were missing from the CRM', 'Code reviews waited more than three days',
    'Handover notes for two accounts were left unfinished', 'Estimates for the Q2 features ran over by a third',
  ],
  // Faults, one of which a faulty text may carry.
  faults: [
    'Can be abrasive in meetings', 'He is lazy about documentation', 'Always late with the reports', 'Never asks for help',
    'Good job this year', 'Needs to improve', 'I feel she is not committed', 'People say he is hard to work with',
    'Was on sick leave for surgery in May', 'Asked for a salary raise of $5,000', 'Card 4111 1111 1111 1111 left in the notes',
    'Her attitude is a problem', 'Too emotional when plans change',
  ],
  names: ['Alex Chen', 'Maria Lopez', 'Sam Patel', 'Jordan Lee', 'Priya Nair', 'Tom Becker', 'Nina Kowalski', 'Omar Haddad'],
  roles: ['Sales associate', 'Software engineer', 'Account manager', 'Support lead', 'Data analyst', 'Product designer'],
};

const ZH = {
  subj: ['负责', '主导', '推动', '完成', '组织', '重构', '整理', '跟进'],
  obj: ['第三季度客户研讨会', '杭州客户续约', '计费系统迁移', '新员工入职清单', '每周销售周报', '客户关系系统数据清理', '区域销售漏斗复盘', '供应商合同审查'],
  impact: ['提前两周完成季度目标', '团队因此能按最新数据排期', '积压工单从40个降到12个', '带来4个有效线索', '该客群流失率下降3个百分点', '每周为团队节省约6小时'],
  evidence: ['客户关系系统成交记录，9月14日', '研讨会签到表及线索记录，7月22日', '第三季度20份周报中有6份在周一12点后提交', '9月30日项目看板导出', '10月12日客户调查，38份回复'],
  late: ['周报在周一截止时间之后才提交', '客户通话记录没有录入系统', '代码评审等待超过三天', '两个客户的交接记录没有完成'],
  faults: ['工作态度差', '情绪化，容易激动', '总是迟到', '从不主动沟通', '做得不错', '有待提高', '我觉得他不够投入', '听说他很难相处', '今年休了两个月病假做手术', '希望年终奖提高到5万元', '性格强势，咄咄逼人'],
  names: ['小张', '李娜', '王强', '陈静', '刘洋', '赵敏'],
  roles: ['销售专员', '软件工程师', '客户经理', '客服主管', '数据分析师'],
};

const COMPETENCIES = ['communication', 'ownership', 'collaboration', 'craft', 'delivery'];

function q(s) {
  // Plain scalars are fine for our phrases except those with ': ' or a leading special character.
  return /[:#]\s|^[\s&*!|>'"%@`{[\]-]|,\s*$/.test(s) ? JSON.stringify(s) : s;
}

function date(r, year = 2026) {
  return `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

function sentence(r, L, faulty) {
  if (faulty && r.chance(0.35)) return r.pick(L.faults);
  return L === ZH ? `${r.pick(L.subj)}${r.pick(L.obj)}，${r.pick(L.impact)}` : `${r.pick(L.subj)} ${r.pick(L.obj)}, ${r.pick(L.impact)}`;
}

/** A long text as a block scalar of `lines` lines. */
function block(r, L, lines, faulty, indent) {
  const pad = ' '.repeat(indent);
  const out = ['|'];
  for (let i = 0; i < lines; i++) out.push(`${pad}${sentence(r, L, faulty)}.`);
  return out.join('\n');
}

/**
 * One review of about `target` lines. `faulty`: some texts carry lexicon faults and a few
 * structural faults are added (missing sections, wrong types, unknown keys).
 */
export function review(r, { target = 120, lang = 'en', faulty = false, template, syntaxError = false } = {}) {
  const L = lang === 'zh' ? ZH : EN;
  const out = [];
  const status = r.pick(['draft', 'scheduled', 'held', 'final', 'held', 'final']);
  out.push(`# ${lang === 'zh' ? '年度绩效面谈记录' : 'Annual appraisal record'}`);
  out.push('kind: review');
  if (template) out.push(`template: ${template}`);
  out.push(`type: ${r.pick(['appraisal', 'appraisal', 'coaching', 'plan'])}`);
  out.push(`status: ${status}`);
  out.push('period: { start: 2026-01-01, end: 2026-12-31 }');
  out.push(`employee: { name: ${r.pick(L.names)}, id: E${r.int(1000, 9999)}, role: ${r.pick(L.roles)} }`);
  out.push(`reviewer: { name: ${r.pick(L.names)}, role: ${lang === 'zh' ? '经理' : 'Manager'} }`);
  if (faulty && r.chance(0.15)) out.push('reviwer_note: typo key'); // unknown key
  out.push('');
  out.push('meeting:');
  out.push(`  at: 2026-12-${String(r.int(10, 20)).padStart(2, '0')}T${r.pick(['10:30', '14:30', '15:00', '17:40', '09:00'])}`);
  out.push(`  minutes: ${faulty && r.chance(0.3) ? r.pick([15, 'forty']) : r.pick([45, 60, 60, 90])}`);
  out.push(`  notified_on: 2026-12-0${r.int(1, 9)}`);
  out.push(`  location: ${q(faulty && r.chance(0.3) ? (lang === 'zh' ? '开放办公区工位' : 'Open office, by the desk') : lang === 'zh' ? '三楼小会议室' : 'Meeting room 3B')}`);
  out.push(`  setting: ${faulty && r.chance(0.2) ? 'open-office' : 'private-room'}`);
  out.push('  agenda:');
  for (const [t, m] of [['Opening', 5], ['Results against goals', 20], ['Strengths and areas to improve', 15], ['Plan and next goals', 15], ['Close', 5]])
    out.push(`    - { topic: ${t}, minutes: ${m} }`);
  out.push('');
  out.push('materials: [evaluation-form, performance-records, work-summary, job-description]');
  out.push('');

  // The variable part: goals, competencies, strengths, improvements, plans — sized to `target`.
  const fixedTail = 26;
  let budget = Math.max(10, target - out.length - fixedTail);
  const nGoals = Math.max(1, Math.min(40, Math.round(budget / 30)));
  out.push('goals:');
  for (let i = 0; i < nGoals; i++) {
    out.push(`  - id: goal-${i + 1}`);
    out.push(`    title: ${q(sentence(r, L, false))}`);
    out.push(`    measure: ${q(r.pick(L.evidence))}`);
    out.push(`    result: ${q(sentence(r, L, false))}`);
    out.push(`    status: ${r.pick(['met', 'exceeded', 'partly-met', 'not-met'])}`);
  }
  out.push('');
  out.push('competencies:');
  for (const id of COMPETENCIES.slice(0, r.int(2, 5))) {
    out.push(`  - id: ${id}`);
    out.push(`    rating: ${faulty && r.chance(0.1) ? 7 : r.int(2, 5)}`);
    out.push(`    comment: ${q(sentence(r, L, faulty))}`);
  }
  out.push('');
  budget = target - out.length - fixedTail;
  const noPraise = faulty && r.chance(0.2);
  const nImprove = faulty && r.chance(0.3) ? r.int(4, 6) : r.int(1, 3);
  const improveLines = nImprove * 4 + 2;
  let strengthLines = Math.max(budget - improveLines - nImprove * 6, 5);
  if (!noPraise) {
    out.push('strengths:');
    while (strengthLines > 0) {
      const long = strengthLines > 40 && r.chance(0.3);
      const n = long ? r.int(8, 30) : 1;
      out.push(`  - text: ${long ? block(r, L, n, faulty, 6) : q(sentence(r, L, faulty))}`);
      out.push(`    evidence: ${q(faulty && r.chance(0.2) ? r.pick(L.faults) : r.pick(L.evidence))}`);
      out.push(`    date: ${date(r)}`);
      out.push(`    goal: goal-${r.int(1, nGoals)}`);
      strengthLines -= 4 + n - 1;
    }
    out.push('');
  }
  out.push('improvements:');
  for (let i = 0; i < nImprove; i++) {
    out.push(`  - id: imp-${i + 1}`);
    out.push(`    text: ${q(faulty ? sentence(r, L, true) : r.pick(L.late))}`);
    out.push(`    evidence: ${q(r.pick(L.evidence))}`);
    out.push(`    date: ${faulty && r.chance(0.1) ? '2026-13-45' : date(r)}`);
  }
  out.push('');
  const noPlan = faulty && r.chance(0.3);
  if (!noPlan) {
    out.push('improvement_plan:');
    for (let i = 0; i < nImprove; i++) {
      out.push(`  - addresses: imp-${i + 1}`);
      out.push(`    action: ${q(sentence(r, L, false))}`);
      out.push(`    owner: ${r.pick(L.names)}`);
      out.push(`    due: 2027-0${r.int(1, 9)}-${String(r.int(10, 28))}`);
      out.push(`    measure: ${q(r.pick(L.evidence))}`);
      out.push(`    support: ${q(lang === 'zh' ? '团队提供模板和数据导出' : 'Report template and a CRM export from operations')}`);
    }
    out.push('');
  }
  out.push('next_goals:');
  for (let i = 0; i < 2; i++) {
    out.push(`  - id: next-${i + 1}`);
    out.push(`    title: ${q(sentence(r, L, false))}`);
    out.push(`    measure: ${q(r.pick(L.evidence))}`);
    out.push(`    due: 2027-12-31`);
    out.push(`    weight: 50`);
  }
  out.push('');
  if (faulty && r.chance(0.3)) out.push(`score: ${r.int(1, 5)}`);
  else {
    out.push('score:');
    out.push(`  value: ${r.int(2, 5)}`);
    out.push(`  rationale: ${q(sentence(r, L, faulty))}`);
  }
  if (!(faulty && r.chance(0.4))) {
    out.push('');
    out.push('employee_response:');
    out.push(`  agreement: ${r.pick(['agree', 'partly-agree', 'disagree'])}`);
    out.push(`  comment: ${q(sentence(r, L, false))}`);
    out.push('  appeal: { requested: false }');
  }
  out.push('');
  out.push('follow_up: { on: 2027-03-15 }');
  out.push('');
  out.push('signoffs:');
  out.push(`  - { role: reviewer, name: ${r.pick(L.names)}, on: 2026-12-20 }`);
  out.push(`  - { role: employee, name: ${r.pick(L.names)}, on: 2026-12-21 }`);
  if (syntaxError) out.splice(r.int(8, out.length - 1), 0, 'strengths: [unclosed, "flow');
  return `${out.join('\n')}\n`;
}

function templateText(name, lang) {
  const zh = lang === 'zh';
  return [
    `# ${name}`,
    'kind: template',
    `name: ${name}`,
    'type: appraisal',
    'scale:',
    ...[1, 2, 3, 4, 5].map((v) => `  - { value: ${v}, label: ${zh ? `等级${v}` : `Level ${v}`}, definition: ${zh ? '达到该等级的表现' : 'What performance at this level looks like'} }`),
    'competencies:',
    ...COMPETENCIES.map((id) => `  - { id: ${id}, title: ${id[0].toUpperCase()}${id.slice(1)}, description: ${zh ? '该能力在本公司的含义' : 'What it means here'} }`),
    'materials: [evaluation-form, performance-records, work-summary, job-description]',
    'agenda:',
    '  - { topic: Opening, minutes: 5 }',
    '  - { topic: Results, minutes: 20 }',
    '  - { topic: Plan, minutes: 20 }',
    'policy:',
    '  notice_days: 3',
    '  workday: { start: "09:00", end: "18:00" }',
    '  edge_minutes: 30',
    '  min_minutes: 30',
    '  max_improvements: 3',
    '',
  ].join('\n');
}

/** Writes a corpus; returns what it wrote. */
export function generate({ files = 2000, seed = 7, out }) {
  const r = rng(seed);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'templates'), { recursive: true });
  const templates = [['annual-en', 'en'], ['annual-zh', 'zh'], ['coaching', 'en']];
  for (const [name, lang] of templates) writeFileSync(join(out, 'templates', `${name}.review.yaml`), templateText(name, lang));
  const written = [];
  let lines = 0;
  let bytes = 0;
  const put = (rel, text) => {
    mkdirSync(join(out, rel, '..'), { recursive: true });
    writeFileSync(join(out, rel), text);
    written.push(rel);
    lines += text.split('\n').length - 1;
    bytes += Buffer.byteLength(text);
  };
  let faultyCount = 0;
  for (let i = 0; i < files - 2; i++) {
    const team = `teams/team-${String(i % 40).padStart(2, '0')}`;
    const lang = r.chance(0.35) ? 'zh' : 'en';
    const faulty = r.chance(0.55);
    if (faulty) faultyCount++;
    const target = r.chance(0.02) ? r.int(900, 1100) : r.int(60, 200);
    const template = r.chance(0.85) ? `../../templates/${r.pick(templates)[0]}.review.yaml` : undefined;
    put(`${team}/r-${String(i).padStart(4, '0')}.review.yaml`, review(r, { target, lang, faulty, template, syntaxError: faulty && r.chance(0.02) }));
  }
  put('big.review.yaml', review(r, { target: 20000, lang: 'en', faulty: true, template: 'templates/annual-en.review.yaml' }));
  put('one-150.review.yaml', review(rng(seed + 1), { target: 150, lang: 'en', faulty: false, template: 'templates/annual-en.review.yaml' }));
  // A repository of its own, as reviews usually are: it is the template root, and the
  // .gitignore around bench/.corpus does not hide it from the linter.
  if (spawnSync('git', ['init', '-q', out]).status !== 0) mkdirSync(join(out, '.git'));
  return { files: written.length, templates: templates.length, lines, bytes, faulty: faultyCount };
}

// (Also bundled into bench/.out/lines.js, where import.meta.url is not this file's: check the name.)
if (import.meta.url === `file://${process.argv[1]}` && process.argv[1]?.endsWith('gen.mjs')) {
  const arg = (name, def) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : def;
  };
  const files = Number(arg('files', 2000));
  const out = resolve(arg('out', `bench/.corpus/c${files}`));
  const info = generate({ files, seed: Number(arg('seed', 7)), out });
  console.log(`${out}: ${info.files} reviews (${info.faulty} faulty) + ${info.templates} templates, ${info.lines} lines, ${(info.bytes / 1e6).toFixed(1)} MB`);
}
