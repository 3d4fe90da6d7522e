// The heavy parts of the engine, loaded on first use rather than at start-up: the rules with their
// word lists, the zod schemas and the YAML parser take ~30 ms to load, and an unchanged --cache
// run, --version, --help or a run without a .reviewrc.yaml may never need some of them (an
// unchanged --cache run of 2,000 files takes about 0.2 s in all). esbuild keeps a module that is
// only require()d in the bundle but runs its top level on the first call.
export const engine = () => require('../core/engine') as typeof import('../core/engine');
export const fixes = () => require('../core/fix') as typeof import('../core/fix');
export const ruleCatalog = () => require('../core/rules') as typeof import('../core/rules');
export const yamlParse = () => require('../core/parse') as typeof import('../core/parse');
export const schemaCheck = () => require('../core/validate') as typeof import('../core/validate');
