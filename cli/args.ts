/**
 * Every subcommand reads its options through here, so that each one answers `--help` and an
 * option that is not one of its own gets the same one clear line, with the nearest option
 * (`--formt` → `--format`) rather than the parser's paragraph.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { didYouMean } from '../core/suggest';
import { UsageError } from '../node/config';
import { tc } from './locale';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommand<O extends Options>(command: string, args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw usageOf(command, e, options);
  }
}

/** The parser's error as one line naming the command's help; an unknown option gets the nearest known one. */
export function usageOf(command: string, e: unknown, options: Options): Error {
  const err = e as Error & { code?: string };
  if (err?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /'(-[^']*)'/.exec(err.message)?.[1] ?? '';
    const name = given.replace(/^--?/, '').replace(/=.*$/, '');
    const names = Object.keys(options);
    const guess = name.length > 1 ? didYouMean(name, names) : names.find((n) => options[n]!.short === name);
    const option = given.replace(/=.*$/, '');
    return new UsageError(guess ? tc('cli.error.unknownOption.guess', { option, guess: `--${guess}`, command }) : tc('cli.error.unknownOption', { option, command }));
  }
  if (err?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const given = /'([^']*)'/.exec(err.message)?.[1] ?? '';
    return new UsageError(tc('cli.error.unexpectedArgument', { argument: given, command }));
  }
  return err;
}
