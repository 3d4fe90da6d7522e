// What the language server says itself (code action titles, hover of rule ids, request errors),
// kept beside the server; the engine's findings come from core's catalog. The Chinese catalog has
// exactly the same keys and placeholders (the type below and test/server/messages.test.ts hold it).
import { type Locale, type Params, fill } from '../core/i18n';

const en = {
  'server.disableLine': 'Disable {rule} for this line',
  'server.disableFile': 'Disable {rule} for this file',
  'server.fixAll': 'Fix all auto-fixable problems ({n})',
  'server.selectPlaceholder': 'Select the placeholder',
  'server.configIgnored': 'The nearest .reviewrc.yaml was ignored: {detail}',
  'server.pluginsUntrusted': 'The plugins of .reviewrc.yaml ({plugins}) are off: loading a plugin runs its code, and this workspace is not trusted. Trust the workspace to check with their rules.',
  'server.pluginProblem': 'A plugin of .reviewrc.yaml was left out: {detail}',
  'server.notOpen': '{uri} is not open in the editor; open it first.',
  'server.directive.nextLine': 'Turn rules off for the next line.',
  'server.directive.disable': 'Turn rules off from here to the end of the file (or until `review-enable`).',
  'server.directive.enable': 'Turn rules back on from here.',
  'server.rename.notId': 'Only the id of a goal or an improvement (or a reference to one) can be renamed.',
  'server.rename.competencyTemplate': 'Competency ids are used by every review of this template; rename them in each review as well.',
  'server.rename.competencyReview': 'Competency ids belong to the template; rename the competency there.',
  'server.hover.rule': '**{id}** — {description}\n\nDefault: `{severity}`{from}. [Documentation]({url})',
  'server.hover.rule.noDocs': '**{id}** — {description}\n\nDefault: `{severity}`{from}.',
  'server.hover.from': ', from `{status}`',
  'server.moreFindings': '{more} more findings from here on are not shown: the first {shown} of {total} are (setting reviewYaml.maxProblems). `review-yaml lint` lists them all.',
};

export type ServerKey = keyof typeof en;

const zhCN: Record<ServerKey, string> = {
  'server.disableLine': '在此行禁用 {rule}',
  'server.disableFile': '在此文件中禁用 {rule}',
  'server.fixAll': '修复所有可自动修复的问题（{n} 个）',
  'server.selectPlaceholder': '选中占位文字',
  'server.configIgnored': '已忽略最近的 .reviewrc.yaml：{detail}',
  'server.pluginsUntrusted': '.reviewrc.yaml 中的插件（{plugins}）未启用：加载插件会运行其代码，而此工作区未受信任。信任此工作区后即可按其规则检查。',
  'server.pluginProblem': '.reviewrc.yaml 中的一个插件未被使用：{detail}',
  'server.notOpen': '{uri} 未在编辑器中打开；请先打开它。',
  'server.directive.nextLine': '对下一行关闭规则。',
  'server.directive.disable': '从此处到文件末尾（或到 `review-enable` 为止）关闭规则。',
  'server.directive.enable': '从此处重新开启规则。',
  'server.rename.notId': '只能重命名目标或待改进项的 id（或对它们的引用）。',
  'server.rename.competencyTemplate': '该模板的每份评估都在使用能力项 id；请同时在每份评估中重命名。',
  'server.rename.competencyReview': '能力项 id 属于模板；请在模板中重命名该能力项。',
  'server.hover.rule': '**{id}** — {description}\n\n默认级别：`{severity}`{from}。[文档]({url})',
  'server.hover.rule.noDocs': '**{id}** — {description}\n\n默认级别：`{severity}`{from}。',
  'server.hover.from': '，自状态 `{status}` 起',
  'server.moreFindings': '从此处起还有 {more} 条检查结果未显示：共 {total} 条，只显示前 {shown} 条（设置项 reviewYaml.maxProblems）。`review-yaml lint` 会列出全部结果。',
};

export const serverCatalogs: Record<Locale, Record<ServerKey, string>> = { en, 'zh-CN': zhCN };

/** A server message in `locale` (English when unknown), its `{placeholders}` filled from `params`. */
export function ts(locale: Locale | undefined, key: ServerKey, params?: Params): string {
  return fill(serverCatalogs[locale ?? 'en']?.[key] ?? en[key], params);
}
