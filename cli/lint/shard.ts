import { UsageError } from '../../node/config';
import { tc } from '../locale';

export interface Shard { index: number; count: number }

export function parseShard(spec: string | undefined): Shard | undefined {
  if (spec === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new UsageError(tc('cli.error.shard', { spec }));
  return { index, count };
}

/**
 * The files of one shard: the selection sorted, then every n-th file from the i-th on. Each
 * file lands in exactly one shard, and the same checkout always splits the same way.
 */
export function selectShard<T>(sorted: T[], shard: Shard | undefined): T[] {
  if (!shard) return sorted;
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}
