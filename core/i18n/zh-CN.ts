/** 简体中文消息目录：与 en.ts 键完全相同，每个键的占位符也相同（见 test/core/i18n.test.ts）。 */
import type { MessageKey } from './en';
import { zhCNApp } from './zh-CN.app';
import { zhCNRules } from './zh-CN.rules';

/** Both parts in one object without a prototype, as en.ts makes them. */
export const zhCN: Record<MessageKey, string> = Object.assign(Object.create(null) as object, zhCNApp, zhCNRules);
