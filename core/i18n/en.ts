/**
 * The English message catalog: every sentence the tool says, keyed by rule id (`<rule>.<case>`)
 * or by the part of the tool that says it (`engine.`, `validate.`, `yaml.`, `template.`,
 * `server.`, `render.`). `{name}` is a placeholder filled by `t()`; a key ending in
 * `.one` / `.other` is a plural pair chosen by `tn()`. zh-CN.ts has exactly the same keys and,
 * per key, the same placeholders (test/core/i18n.test.ts).
 * The catalog is kept in two parts: en.rules.ts and en.app.ts.
 */
import { enApp } from './en.app';
import { enRules } from './en.rules';

/**
 * Both parts in one object without a prototype (no key is ever found on Object.prototype): for
 * 600 keys V8 copies into it many times faster than it builds a spread object, at every start.
 */
export const en: typeof enApp & typeof enRules = Object.assign(Object.create(null) as object, enApp, enRules);

export type MessageKey = keyof typeof en;
