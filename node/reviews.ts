// Every *.review.yaml under a folder, for the language server's workspace diagnostics: outside
// node_modules and .git, symbolic links not followed (a link may lead out of the folder).
import { fdir } from 'fdir';

export function reviewsUnder(dir: string): Promise<string[]> {
  return new fdir({
    filters: [(path, isDirectory) => !isDirectory && path.endsWith('.review.yaml')],
    exclude: (name) => name === 'node_modules' || name === '.git',
    pathSeparator: '/',
    includeBasePath: true,
  })
    .crawl(dir)
    .withPromise() as Promise<string[]>;
}
