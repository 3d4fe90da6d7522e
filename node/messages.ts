// What the shared Node layer says itself (the engine's findings come from core's catalog).
import { type Locale, type Params, fill } from '../core/i18n';

const en = {
  'config.unreadable': 'Cannot read config {path}.',
};
type NodeKey = keyof typeof en;

const catalogs: Record<Locale, Record<NodeKey, string>> = {
  en,
  'zh-CN': {
    'config.unreadable': '无法读取配置文件 {path}。',
  },
};

export function nodeMessage(locale: Locale, key: NodeKey, params?: Params): string {
  return fill(catalogs[locale]?.[key] ?? en[key], params);
}
