// Preloaded (node --require) into a CLI process by tests: records which of the CLI's own bundles
// the process read to run them, by watching fs.readFileSync, through which Node's module loader
// (and anything else that would compile them) reads a file. Writes the list, one name a line, to
// the file named by REVIEW_YAML_LOAD_PROBE when the process exits.
const fs = require('node:fs');
const path = require('node:path');
const out = process.env.REVIEW_YAML_LOAD_PROBE;
const dist = path.resolve(__dirname, '../../dist');
const seen = new Set();
const read = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (typeof file === 'string' && path.dirname(path.resolve(file)) === dist) seen.add(path.basename(file));
  return read.call(this, file, ...rest);
};
process.on('exit', () => {
  if (out) fs.writeFileSync(out, [...seen].sort().join('\n'));
});
