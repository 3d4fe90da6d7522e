// The entry of dist/cli.js, the `review-yaml` command: runs the command line (cli/main.ts, bundled
// as dist/main.js beside it) with the machine code V8 made for it at build time (cli/bundled.ts),
// instead of having Node compile it afresh at every start. The heap's flags come first: V8 takes
// the code cache only under the flags it was made with.
import '../node/heap';
import { join } from 'node:path';
import { bundled } from './bundled';

// The command line sees this file as its own: its worker threads (--jobs) start here too.
if (bundled(join(__dirname, 'main.js'), __filename) === undefined) require('./main');
