import { version } from '../package.json';
import { lint } from './commands/lint';
import { newReview } from './commands/new';
import { render } from './commands/render';
import { report } from './commands/report';
import { rules } from './commands/rules';
import { schema } from './commands/schema';
import { UsageError } from '../node/config';
import { detectLocale, setCliLocale, tc } from './locale';
import { WORKER_ROLE, startWorker } from './lint/worker';
import { bytesWaiting, watchStderr } from './stdio';

const commands: Record<string, (argv: string[]) => Promise<number>> = { lint, render, report, new: newReview, rules, schema };

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${tc('cli.help.main', { version })}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  // Own keys only: a command named like an Object method ('toString') is unknown.
  const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!run) throw new UsageError(tc('cli.error.unknownCommand', { command }));
  return run(rest);
}

// The CLI is one bundle: loaded in one of lint's worker threads (--jobs), it serves lint tasks
// instead. The worker's own argument says so without loading node:worker_threads on every run.
if (!(process.argv[2] === WORKER_ROLE && startWorker())) start();

function start(): void {
  watchStderr();
  // Found when a message first needs it: by then a --cache run has opened its cache (see locale.ts).
  const argv = process.argv.slice(2);
  const cwd = process.cwd();
  setCliLocale(() => detectLocale(argv, cwd, process.env));
  // Once the command is done and every byte written has left, the process ends at once: Node
  // would otherwise still wait for V8's background work (a garbage collection or an optimizing
  // compile begun, whose results can no longer be used) and take the heap apart piece by piece.
  // Output still on its way to a slow reader ends the process when the loop empties instead.
  process.once('beforeExit', () => process.exit());
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      if (!bytesWaiting()) process.exit(code);
    },
    (error: unknown) => {
      // The run itself failed: one clear line, never a stack trace (set REVIEW_YAML_DEBUG=1 for one).
      const e = error as Error & { code?: string };
      let line = tc('cli.error.unexpected', { detail: String(e?.message ?? e) });
      if (e instanceof UsageError) line = e.message;
      else if (e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument is ambiguous/.test(e.message)) {
        const option = /'(--?[\w-]+)'/.exec(e.message)?.[1] ?? 'the option';
        line = tc('cli.error.dashValue', { option });
      } else if (e?.code?.startsWith('ERR_PARSE_ARGS')) line = tc('cli.error.parseArgs', { detail: e.message.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '') });
      process.stderr.write(`${tc('cli.error.prefix', { line })}\n`);
      if (process.env.REVIEW_YAML_DEBUG) process.stderr.write(`${e?.stack}\n`);
      process.exitCode = 2;
    },
  );
}
