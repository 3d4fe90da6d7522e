// The entry of dist/engine.js: the engine with its rules, schemas and YAML parser, which the
// command line needs only once it lints, fixes, renders or writes a file. dist/cli.js loads it
// on first use (cli/lazy.ts), so that a run that never needs it (an unchanged --cache run,
// --version, --help) does not even compile it. Only the engine is here: the commands and their
// state (the CLI's language, its error type) stay in dist/cli.js, one copy of each.
export { DEFAULT_MATERIALS } from '../core/defaults';
export { lint } from '../core/engine';
export { kindLine } from '../core/locate';
export { fixAll } from '../core/fix';
export { detectKind, parse, toData } from '../core/parse';
export { labelsFor, renderHtml } from '../core/render';
export { allRules, ruleById } from '../core/rules';
export { builtinRules, ruleSet } from '../core/ruleset';
export { loadPlugins } from '../node/plugins';
export { customRuleProblems, declarativeRules } from '../core/declarative';
export { displayPath } from '../core/validate';
export { resolveTemplate, templatePath } from '../core/template';
export { validate } from '../core/validate';
export { REVIEW_TYPES, reviewTypeFor, skeleton } from '../core/skeleton';
export { CalibrationAggregator, renderCalibrationHtml, reportCsv, reportJson, reviewFacts } from '../core/calibration';
export { catalogs, has, list, t, tn } from '../core/i18n';
