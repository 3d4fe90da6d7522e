// The checked .reviewrc.yaml files of --cache runs, kept apart from the cache file's reading and
// writing (cache.ts) so that the CLI's language lookup can ask them without loading the rest.
import { isDeepStrictEqual } from 'node:util';
import type { UserConfig } from '../../core/types';
import { sha256 } from './fingerprint';

/**
 * The .reviewrc.yaml files a --cache run checked, by the hash of their text: what checking them
 * gave. Checking one needs the engine's YAML parser and schemas; an unchanged run answers from
 * here and need not load them. Only a configuration that checked clean is kept (a broken one is
 * checked again, to word its problem), and only one that JSON keeps as it is.
 */
export const configs = {
  /** Read from the cache file: another version's or no cache, none. */
  known: new Map<string, UserConfig>(),
  /** Checked or answered this run: what the cache file keeps. */
  used: new Map<string, UserConfig>(),
  /** Whether a --cache run is under way: without one, nothing is remembered. */
  active: false,
  /** Whether this run checked a configuration the cache file did not hold. */
  added: false,
};

/** The checked configuration of this text, if a --cache run checked it before. */
export function knownConfig(text: string): UserConfig | undefined {
  if (!configs.active || !configs.known.size) return undefined;
  const hash = sha256(text);
  const config = configs.known.get(hash);
  if (config) configs.used.set(hash, config);
  return config;
}

/** Keeps what checking this configuration text gave, for the next --cache run. */
export function rememberConfig(text: string, config: UserConfig): void {
  if (!configs.active || !isDeepStrictEqual(JSON.parse(JSON.stringify(config)), config)) return;
  const hash = sha256(text);
  configs.used.set(hash, config);
  if (!configs.known.has(hash)) configs.added = true;
}
