import { defineRule } from '../rule';

/** From this many levels on, a scale is too fine to be applied consistently. */
const MAX_LEVELS = 10;

export default defineRule({
  id: 'scale-level-undefined',
  meta: {
    defaultSeverity: 'warning',
    from: null,
    fix: 'none',
    tags: ['template'],
    appliesTo: ['template'],
  },
  *check({ template, has, t }) {
    const scale = template?.scale;
    if (!scale?.length) return;
    if (scale.length >= MAX_LEVELS)
      yield {
        path: ['scale'],
        at: 'key',
        message: t('scale-level-undefined.tooMany', { count: scale.length, max: MAX_LEVELS - 1 }),
      };
    let previous: number | undefined;
    for (const [i, level] of scale.entries()) {
      if (!level) continue;
      const missing = (['label', 'definition'] as const).filter((k) => !level[k]?.trim());
      if (missing.length) {
        const name = t('scale-level-undefined.level', { n: typeof level.value === 'number' ? level.value : i + 1 });
        yield {
          path: ['scale', i],
          message: t(missing.length === 2 ? 'scale-level-undefined.noBoth' : missing[0] === 'label' ? 'scale-level-undefined.noLabel' : 'scale-level-undefined.noDefinition', { level: name }),
        };
      }
      if (typeof level.value !== 'number') continue;
      if (previous !== undefined && level.value <= previous)
        yield {
          path: has(['scale', i, 'value']) ? ['scale', i, 'value'] : ['scale', i],
          message: t('scale-level-undefined.order', { value: level.value, previous }),
        };
      previous = level.value;
    }
  },
});
