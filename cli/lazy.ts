// The engine, loaded on first use rather than at start-up: the rules with their word lists, the
// zod schemas and the YAML parser (cli/engine.ts). An unchanged --cache run, --version, --help or
// a run without a .reviewrc.yaml may never need them. Bundled, they are a file of their own,
// dist/engine.js beside dist/cli.js: a run that does not need them does not even compile them.
type Engine = typeof import('./engine');
let loaded: Engine | undefined;
export const engine = (): Engine => (loaded ??= require('./engine') as Engine);
