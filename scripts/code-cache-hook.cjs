// Preloaded (node --require) by scripts/code-cache.mjs into one representative run of the CLI:
// records the bundles cli/bundled.ts runs through node:vm and, when the run ends, writes the code V8
// has made for each of them by then, the functions compiled lazily during the run included, to
// `<bundle>.cache`, behind the mark the bundle's last line carries.
//
// V8 tags a cache with its flags, and takes it only under the same ones: every run loads the
// bundles under V8's defaults and sets its own flags after (cli/lazy.ts), so this run sets none.
const fs = require('node:fs');
const vm = require('node:vm');
const v8 = require('node:v8');

v8.setFlagsFromString = () => {};

const MARK = '//# review-yaml code cache ';
const runs = [];
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    if (options?.filename) runs.push({ script: this, file: options.filename });
  }
};
process.on('exit', () => {
  for (const { script, file } of runs) {
    const source = fs.readFileSync(file, 'utf8');
    const at = source.lastIndexOf(MARK);
    if (at < 0) continue;
    const mark = source.slice(at + MARK.length, at + MARK.length + 16);
    fs.writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(mark, 'latin1'), script.createCachedData()]));
  }
});
