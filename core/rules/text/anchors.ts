/**
 * Whether feedback names something a reader could check: a number, a date or period, a named
 * event, artefact, customer, project or person. Length says nothing: "hard-working, reliable,
 * positive and always willing to help" is long and names nothing; "closed Acme in Q3" is short
 * and checkable (SBI, Center for Creative Leadership: situation, behaviour, impact).
 */
import { lazily } from '../../lazily';

/** A digit, or a Chinese count with its measure word (三次, 两个项目; 一个 is an article). */
const NUMBER = /\p{N}|[两三四五六七八九十百千万]+[个次项份周月天日年家名位条场篇轮笔单件季届]/u;

/** A month, a quarter or half, a weekday: a time a reader can look up. */
const PERIOD = new RegExp(
  String.raw`\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Q[1-4]|H[12]|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b` +
    String.raw`|[一二三四五六七八九十]+月|第[一二三四]季度|[上下]半年|年[初中底]|春节|国庆|双十一|618`,
  'u',
);

/** A name in quotes or title marks, or an upper-case acronym (CRM, SLA, iOS). */
const NAMED = lazily(() => /[“"「《][^”"」》]{2,}[”"」》]|\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|[A-Za-z]{2,}(?=[^A-Za-z]*\p{Script=Han})|(?<=\p{Script=Han}[^A-Za-z]*)[A-Za-z]{2,}/u);

/** A capitalised word inside a sentence (not its first word, not "I"): a name of someone or something. */
const PROPER = lazily(() => /(?<=[\p{Ll}\p{N},;:)] \(?)[A-Z]\p{L}[\p{L}'’-]*/u);

/** Things that happened or were made: a reader can ask for them by name. */
const THINGS_EN =
  /\b(?:project|release|launch|migration|rollout|upgrade|audit|incident|outage|deployment|handover|report|dashboard|guide|manual|spec|proposal|contract|tender|account|customer|client|supplier|vendor|campaign|workshop|presentation|course|training|ticket|bug|review|survey|budget|forecast|pilot|prototype|design|process|procedure|rota|schedule|shift|ward|clinic|audit|inspection|deadline|milestone|event|conference|visit|module|lecture|paper|grant|submission|analysis|model|pipeline|tool|system|script|service|product|feature|app|website|order|shipment|stocktake|case|complaint|escalation|recruitment|interview|onboarding|induction)s?\b/i;
const THINGS_ZH =
  /项目|版本|上线|发布|迁移|升级|审计|故障|事故|交接|报告|报表|方案|合同|标书|客户|供应商|活动|培训|课程|讲座|会议|评审|预算|试点|原型|设计稿|流程|制度|排班|系统|工具|模块|需求|订单|发货|盘点|投诉|工单|招聘|面试|入职|论文|课题|基金|验收|巡检|检查|病区|门诊|专利|文档|手册|接口|数据库|代码|测试|用例/u;

export function isAnchored(text: string): boolean {
  return NUMBER.test(text) || PERIOD.test(text) || NAMED().test(text) || PROPER().test(text) || THINGS_EN.test(text) || THINGS_ZH.test(text);
}
