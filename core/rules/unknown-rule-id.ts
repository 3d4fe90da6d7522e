import type { Directive } from '../directives';
import { type Params, t as say, type Locale } from '../i18n';
import { type Report, defineRule } from '../rule';
import { didYouMean } from '../suggest';
import type { DocKind, LooseTemplate } from '../types';

/** The id the user probably meant, when one is close. */
interface Guess { to?: string }

/** Made by the engine, which knows the rule set in use; this module gives the rule its metadata and fix. */
export default defineRule({
  id: 'unknown-rule-id',
  meta: {
    defaultSeverity: 'error',
    from: null,
    fix: 'auto',
    tags: ['template'],
    appliesTo: ['review', 'template'],
  },
  fix: {
    canFix: (report: Report<Guess>) => report.data?.to !== undefined,
    create({ edit, has, t }, report: Report<Guess>) {
      const to = report.data?.to;
      if (to === undefined) return undefined;
      if (report.span) return { title: t('unknown-rule-id.fix.change', { to }), edits: [edit.replaceText(report.span.start, report.span.end, to)] };
      if (has(['rules', to])) return undefined;
      return { title: t('unknown-rule-id.fix.rename', { to }), edits: [edit.renameKey(report.path, to)] };
    },
  },
});

/** Ids in a template's `rules` map and in `# review-disable…` comments that name no rule of `known`. */
export function* unknownIdReports(
  facts: { kind: DocKind; template: LooseTemplate | undefined; directives: readonly Directive[]; known: ReadonlySet<string>; locale: Locale },
): Iterable<Report<Guess>> {
  const { kind, template, directives, known, locale } = facts;
  const t = (key: Parameters<typeof say>[1], params?: Params) => say(locale, key, params);
  const check = (id: string) => {
    if (known.has(id)) return undefined;
    const guess = didYouMean(id, [...known]);
    return { guess, hint: guess ? t('common.didYouMean', { guess }) : t('unknown-rule-id.hint.list') };
  };
  if (kind === 'template')
    for (const id of Object.keys(template?.rules ?? {})) {
      const unknown = check(id);
      if (unknown) yield { path: ['rules', id], at: 'key', message: t('unknown-rule-id.template', { id, hint: unknown.hint }), data: { to: unknown.guess } };
    }
  for (const d of directives)
    for (const [i, id] of d.ids.entries()) {
      const unknown = check(id);
      if (!unknown) continue;
      const start = d.idOffsets[i] ?? 0;
      yield {
        path: [],
        span: { start, end: start + id.length },
        message: t('unknown-rule-id.directive', { id, kind: d.kind, hint: unknown.hint }),
        data: { to: unknown.guess },
      };
    }
}
