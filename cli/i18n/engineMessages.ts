/**
 * What dist/cli.js has in place of core/i18n (scripts/build.mjs): the languages and placeholders
 * themselves, and the engine's messages through the engine, whose bundle holds the catalogs. Its
 * start-up then neither compiles nor builds 130 KB of messages it rarely says, and they are in
 * one bundle only. The CLI says them only where it loads the engine anyway (a broken
 * .reviewrc.yaml, a new review's placeholders) or is about to stop with an error.
 */
import type * as Messages from '../../core/i18n';
import { engine } from '../lazy';

export * from '../../core/i18n/locale';
export type { MessageKey } from '../../core/i18n';

export const t: typeof Messages.t = (...a) => engine().t(...a);
export const tn: typeof Messages.tn = (...a) => engine().tn(...a);
export const list: typeof Messages.list = (...a) => engine().list(...a);
export const has: typeof Messages.has = (key): key is Messages.MessageKey => engine().has(key);
/** The catalogs themselves, read through on first use (rule descriptions in SARIF and `rules`). */
export const catalogs: typeof Messages.catalogs = new Proxy({} as typeof Messages.catalogs, {
  get: (_, key) => Reflect.get(engine().catalogs, key),
  has: (_, key) => Reflect.has(engine().catalogs, key),
  ownKeys: () => Reflect.ownKeys(engine().catalogs),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(engine().catalogs, key),
});
