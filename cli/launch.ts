// The entry of dist/cli.js, the `review-yaml` command: runs the command line (cli/main.ts, bundled
// as dist/main.js beside it) with the machine code V8 made for it at build time (cli/bundled.ts),
// instead of having Node compile it afresh at every start. No V8 flag is set before: V8 takes a
// code cache only under the flags it was made with, and a run sets its flags once the engine is
// loaded (cli/lazy.ts).
import { join } from 'node:path';
import { bundled } from './bundled';

// The command line sees this file as its own: its worker threads (--jobs) start here too.
if (bundled(join(__dirname, 'main.js'), __filename) === undefined) require('./main');
