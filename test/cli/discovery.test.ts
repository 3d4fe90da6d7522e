// Finding the reviews under a folder: cli/files.ts crawls with fdir directly (the crawler
// tinyglobby uses) instead of running the glob **/*.review.yaml. The two must find the same files,
// in trees with dot folders, node_modules and .git at any depth, look-alike names, and symbolic
// links to files, to folders, in a loop and to nothing.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { REVIEW_GLOB, reviewsUnder } from '../../cli/files';

const viaGlob = (dir: string) => globSync(REVIEW_GLOB, { cwd: dir, absolute: true, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] }).sort();

describe('finding the reviews under a folder', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'review-yaml-discovery-'));
    const files = [
      'a.review.yaml', 'b.review.yml', 'c.review.yaml.bak', 'D.REVIEW.YAML', '.review.yaml', '.hidden.review.yaml',
      'team/x.review.yaml', 'team/deep/er/y.review.yaml', '.dot/z.review.yaml', 'node_modules/n.review.yaml',
      'team/node_modules/pkg/n.review.yaml', '.git/g.review.yaml', 'team/.git/g.review.yaml', 'node_modulesx/ok.review.yaml',
      'folder.review.yaml/inside.review.yaml', 'outside/o.review.yaml', 'space name/s p.review.yaml', '中文/评审.review.yaml',
    ];
    for (const f of files) {
      mkdirSync(dirname(join(dir, 'root', f)), { recursive: true });
      writeFileSync(join(dir, 'root', f), 'kind: review\n');
    }
    const link = (target: string, at: string) => symlinkSync(target, join(dir, 'root', at));
    link('a.review.yaml', 'link.review.yaml');
    link('team', 'team-link');
    link('.', 'team/deep/loop');
    link('nowhere.review.yaml', 'dangling.review.yaml');
    link('../outside', 'outside-link');
    link('a.review.yaml', 'plain-name-link');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds what the glob finds', () => {
    const root = join(dir, 'root');
    const expected = viaGlob(root);
    assert.ok(expected.length > 8, `the tree has reviews to find: ${expected.join(', ')}`);
    assert.deepEqual([...reviewsUnder(root)].sort(), expected);
  });

  it('finds the same in a folder given with a trailing slash, and in an empty one', () => {
    assert.deepEqual([...reviewsUnder(`${join(dir, 'root')}/`)].sort(), viaGlob(join(dir, 'root')));
    mkdirSync(join(dir, 'empty'));
    assert.deepEqual(reviewsUnder(join(dir, 'empty')), viaGlob(join(dir, 'empty')));
  });
});
