// Preloaded (node --require) into a CLI process by tests: records which of the CLI's own bundles
// (files of a folder named dist) the process read to run them, by watching fs.readFileSync,
// through which Node's module loader and cli/lazy.ts read a bundle; and, per bundle compiled
// through node:vm, whether a code cache was offered and whether V8 took it. Writes one line per
// fact ("engine.js", "engine.js cache accepted|rejected|none") to $REVIEW_YAML_LOAD_PROBE at exit;
// the packages it loaded from node_modules ("module picomatch"); and the V8 flags the process set
// while it ran ("v8 flags --no-turbofan …"), through node:v8, and whether before or after a code
// cache of the engine was read ("v8 flags set after the engine"); whether it opened standard error
// ("stderr opened").
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const out = process.env.REVIEW_YAML_LOAD_PROBE;
const seen = new Set();
const ours = (file) => typeof file === 'string' && path.basename(path.dirname(path.resolve(file))) === 'dist';
const read = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (ours(file)) seen.add(path.basename(file));
  // A package the process loaded from node_modules at run time (the bundles hold the others).
  const pkg = typeof file === 'string' ? /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file)?.[1] : undefined;
  if (pkg) seen.add(`module ${pkg}`);
  return read.call(this, file, ...rest);
};
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    if (ours(options?.filename)) seen.add(`${path.basename(options.filename)} cache ${!options.cachedData ? 'none' : this.cachedDataRejected ? 'rejected' : 'accepted'}`);
  }
};
const v8 = require('node:v8');
const setFlags = v8.setFlagsFromString;
v8.setFlagsFromString = function (flags) {
  seen.add(`v8 flags ${flags}`);
  seen.add(`v8 flags set ${[...seen].some((s) => s.startsWith('engine.js cache')) ? 'after' : 'before'} the engine`);
  return setFlags.call(this, flags);
};
const stderr = Object.getOwnPropertyDescriptor(process, 'stderr');
Object.defineProperty(process, 'stderr', {
  ...stderr,
  get() {
    seen.add('stderr opened');
    return stderr.get.call(process);
  },
});
process.on('exit', () => {
  if (out) fs.writeFileSync(out, [...seen].sort().join('\n'));
});
