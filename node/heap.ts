// V8's flags for the kind of run, set through node:v8, which is loaded only when a flag is set:
// loading it costs a one-file run more than a millisecond (it brings Node's streams with it).
//
// V8 moves an allocation site to the old generation ("pretenuring") once most objects made there
// survive a young-generation collection. Linting keeps each document alive while its rules run,
// so V8 soon decides that yaml's nodes are long-lived and allocates every later document straight
// into the old generation, where it dies: on the bench corpus that was 8 full collections instead
// of 1, 435 ms of GC pauses instead of 220, 16 % more CPU and 30 % more memory
// (bench/RESULTS.md). Each document really does die young, so the heuristic is turned off for any
// run that lints more than a file or two. The flag is read whenever V8 weighs pretenuring, so
// setting it once the run is under way takes effect.
//
// V8 prints "unrecognized flag" on standard error for a flag it does not know, so the flags are
// only set on the V8 versions known to have them (Node 20 to 24: V8 11 to 13).
const v8Major = Number(process.versions.v8.split('.')[0]);
const known = v8Major >= 11 && v8Major <= 13;

function setFlags(flags: string): void {
  if (known) (require('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
}

/** For a run that lints many documents (the language server, a lint of a folder): no pretenuring. */
export function longRun(): void {
  setFlags('--no-allocation-site-pretenuring');
}

/**
 * For a run known to be short (the command line linting one small file): V8's optimizing
 * compilers and its incremental marking do their work in tasks on background threads, and Node
 * waits for every such task before the process exits. In a run this short the optimized code and
 * the marking come too late to be of use, so the run only waited for them after writing its
 * report. Each flag is read when V8 decides to start such work, so setting it now takes effect.
 */
export function shortRun(): void {
  setFlags('--no-turbofan --no-maglev --no-incremental-marking');
}
