import { tc } from './locale';

/** A file-system error in the user's words (in the run's language), for the one line a failed run prints. */
export function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return tc('cli.errno.ENOENT');
    case 'EACCES':
    case 'EPERM':
      return tc('cli.errno.EACCES');
    case 'EISDIR':
      return tc('cli.errno.EISDIR');
    case 'ENOTDIR':
    case 'EEXIST':
      return tc('cli.errno.ENOTDIR');
    case 'EROFS':
      return tc('cli.errno.EROFS');
    case 'ENOSPC':
      return tc('cli.errno.ENOSPC');
    case 'EREADONLY':
    case 'EHARDLINK':
    case 'EOWNER':
    case 'ENOTREG':
    case 'ECHANGED':
      return tc(`cli.fixSkipped.${code === 'ECHANGED' ? 'changed' : code}`);
    default:
      return code ?? (e as Error)?.message ?? String(e);
  }
}
