// Preloaded into the CLI (node -r) by the concurrent-save test: when the CLI flushes the
// temporary file that is to replace a review, an "editor" saves the review first, in place,
// as editors do. Deterministic: the save always lands after the new text is written and
// before the rename, the window in which a save used to be lost.
const fs = require('node:fs');
const realFsync = fs.fsyncSync;
let saved = false;
fs.fsyncSync = function (fd) {
  realFsync.call(fs, fd);
  if (saved) return;
  let path = '';
  try {
    path = fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return;
  }
  const m = /^(.*)\/\.(.+)\.review-yaml-\d+-[0-9a-z]+\.tmp$/.exec(path) ?? /^(.*)\/\.(.+)\.\d+-\d+-\w+\.tmp$/.exec(path);
  if (!m) return;
  saved = true;
  const target = `${m[1]}/${m[2]}`;
  const text = fs.readFileSync(target, 'utf8') + process.env.EDITOR_SAVE_APPEND;
  fs.writeFileSync(target, text);
};
