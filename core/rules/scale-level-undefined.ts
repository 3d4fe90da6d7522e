import { defineRule } from '../rule';

/** From this many levels on, a scale is too fine to be applied consistently. */
const MAX_LEVELS = 10;

export default defineRule({
  id: 'scale-level-undefined',
  meta: {
    description: 'A rating-scale level without a label or a definition, a scale of 10 or more levels, or values not in ascending order.',
    defaultSeverity: 'warning',
    from: null,
    fix: 'none',
    tags: ['template'],
    appliesTo: ['template'],
  },
  *check({ template, has }) {
    const scale = template?.scale;
    if (!scale?.length) return;
    if (scale.length >= MAX_LEVELS)
      yield {
        path: ['scale'],
        at: 'key',
        message: `The scale has ${scale.length} levels. Use fewer (5 is common, at most ${MAX_LEVELS - 1}), each with a definition: fine scales are applied less consistently.`,
      };
    let previous: number | undefined;
    for (const [i, level] of scale.entries()) {
      if (!level) continue;
      const missing = (['label', 'definition'] as const).filter((k) => !level[k]?.trim());
      if (missing.length) {
        const name = typeof level.value === 'number' ? `Scale level ${level.value}` : `Scale level ${i + 1}`;
        yield {
          path: ['scale', i],
          message: `${name} has no ${missing.join(' and no ')}. Give every level a short label and a definition of the performance it stands for, so that reviewers apply it alike.`,
        };
      }
      if (typeof level.value !== 'number') continue;
      if (previous !== undefined && level.value <= previous)
        yield {
          path: has(['scale', i, 'value']) ? ['scale', i, 'value'] : ['scale', i],
          message: `Scale values must ascend, lowest first: ${level.value} comes after ${previous}. Reorder the levels or fix the value.`,
        };
      previous = level.value;
    }
  },
});
