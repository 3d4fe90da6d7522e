// core/conforms.ts answers for a document that certainly fits its schema without building zod's
// schemas. Held here to zod's own answer: whenever it answers, zod accepts the same data and gives
// back the same value, keys in the same order. Data: every YAML file of the repository and the
// bench generator's reviews, then values made from the shapes themselves and randomly damaged.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { MIRRORED_ZOD_VERSION, conforming, keysAt } from '../../core/conforms';
import { detectKind, parse, toData } from '../../core/parse';
import { keysAt as zodKeysAt, zodSchemas } from '../../core/validate';
import { publishedSchemas } from '../../schemas';
import type { Shape, Shapes } from '../../schemas/plain';
import { shapesOf } from '../../schemas/shape';

const ROOT = resolve(__dirname, '../..');
const SEED = Number(process.env.FC_SEED ?? 20_261_208);
const RUNS = Number(process.env.CONFORMS_RUNS ?? 3000);
type Kind = 'review' | 'template' | 'config';

/** Checks one value; returns whether the quick answer was given. */
function same(kind: Kind, data: unknown, what: string): boolean {
  const quick = conforming(kind, data);
  if (!quick) return false;
  const zod = zodSchemas()[kind].safeParse(data);
  assert.ok(zod.success, `answered for data zod refuses (${what}): ${JSON.stringify(data)}\n${JSON.stringify(zod.error?.issues)}`);
  assert.deepStrictEqual(quick.data, zod.data, `a value other than zod's (${what})`);
  assert.equal(JSON.stringify(quick.data), JSON.stringify(zod.data), `keys in another order than zod's (${what})`);
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', '.git', 'dist', '.e2e', '.corpus'].includes(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** Values of a shape, as a document would hold them (any value where the shape cannot say). */
function valueOf(shapes: Shapes, shape: Shape): fc.Arbitrary<unknown> {
  const pattern = (at: number) => new RegExp(...shapes.patterns[at]!);
  switch (shape.type) {
    case 'string':
      if (shape.dateTime !== undefined)
        return fc.tuple(fc.stringMatching(pattern(shape.dateTime)), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('', ':30', ':60', 'Z', '+08:00', '.5'))
          .map(([d, h, m, tail]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${tail}`);
      if (shape.patterns?.length) return fc.stringMatching(pattern(shape.patterns[0]!));
      return fc.oneof(fc.string({ minLength: shape.min ?? 0, maxLength: Math.max(shape.min ?? 0, 12) }), fc.constantFrom('', 'Ada', '李雷'));
    case 'number':
      return fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double({ noNaN: false }), fc.constantFrom(0, -0, 1e21, 2 ** 53, Infinity));
    case 'boolean':
      return fc.boolean();
    case 'values':
      return fc.constantFrom(...shape.values);
    case 'optional':
      return fc.option(valueOf(shapes, shape.of), { nil: undefined, freq: 3 });
    case 'array':
      return fc.array(valueOf(shapes, shape.of), { minLength: shape.min ?? 0, maxLength: Math.max(shape.min ?? 0, 3) });
    case 'record':
      return fc.dictionary(fc.constantFrom('early', 'night', 'a b', '1', 'constructor'), valueOf(shapes, shape.of), { maxKeys: 3 });
    case 'union':
      return fc.oneof(...shape.of.map((s) => valueOf(shapes, s)));
    case 'object': {
      const keys = Object.entries(shape.keys);
      return fc.record(Object.fromEntries(keys.map(([k, s]) => [k, valueOf(shapes, s)])), { requiredKeys: keys.filter(([, s]) => s.type !== 'optional').map(([k]) => k) });
    }
    default:
      return fc.anything();
  }
}

const strange = fc.oneof(fc.anything(), fc.constantFrom(undefined, null, NaN, -0, '', [], {}, '2026-02-30', '2026-12-15T24:00', 'sdcard'));

/** A value with one place in it changed: a key dropped, added or given another value, an item added. */
function damaged(value: unknown, path: number[], replacement: unknown, how: number): unknown {
  if (value === null || typeof value !== 'object') return how % 2 ? replacement : value;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  if (!entries.length || path.length === 0) {
    if (Array.isArray(value)) return [...value, replacement];
    return how % 3 === 0 ? replacement : { ...value, [how % 3 === 1 ? 'extra' : 'notes']: replacement };
  }
  const [k, v] = entries[path[0]! % entries.length]!;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
  if (how === 7 && !Array.isArray(value)) delete copy[k];
  else copy[k] = damaged(v, path.slice(1), replacement, how);
  return copy;
}

/** Whether every map in the value is a plain object, as parsed YAML's are. */
function plain(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(plain);
  if (value === null || typeof value !== 'object') return true;
  return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plain);
}

/** The value with every map's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
}

/** The value with the keys of one map reversed: the map `path` leads to (each step an index among a container's entries). */
function reversedAt(value: unknown, path: number[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  if (!entries.length || path.length === 0) return Array.isArray(value) ? value : Object.fromEntries(entries.reverse());
  const at = path[0]! % entries.length;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
  copy[entries[at]![0]] = reversedAt(entries[at]![1], path.slice(1));
  return copy;
}

describe('quick schema answers (core/conforms.ts) against zod', () => {
  it('schemas/shapes.json is what the schemas say (else run `npm run generate`)', () => {
    assert.deepEqual(JSON.parse(readFileSync(join(ROOT, 'schemas/shapes.json'), 'utf8')), shapesOf(publishedSchemas));
  });

  it('every review, template and configuration in the repository and 300 generated ones: the same answer, and every valid review answered', async () => {
    let answered = 0;
    let validReviews = 0;
    const { generate } = await import('../../bench/gen.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'review-yaml-conforms-'));
    generate({ files: 300, seed: 11, out: dir });
    const files = [...yamlFiles(ROOT), ...yamlFiles(dir)];
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    rmSync(dir, { recursive: true, force: true });
    for (const [i, file] of files.entries()) {
      const text = texts[i]!;
      const parsed = parse(text);
      const claimed = file.endsWith('.reviewrc.yaml') ? 'config' : detectKind(parsed);
      if (claimed !== 'review' && claimed !== 'template' && claimed !== 'config') continue;
      let data: unknown;
      try {
        data = toData(parsed);
      } catch {
        continue;
      }
      if (same(claimed, data, file)) answered++;
      if (claimed === 'review' && zodSchemas().review.safeParse(data).success) {
        validReviews++;
        assert.ok(conforming('review', data), `a valid review left to zod: ${file}`);
      }
    }
    assert.ok(validReviews > 250 && answered >= validReviews, `${answered} answered, ${validReviews} valid reviews of ${files.length} files`);
  });

  it('a review that fits is linted without building the zod schemas; one with an unknown key builds them and is told', () => {
    const script = `
      const { lint } = require('./core/engine');
      const built = () => Object.keys(require.cache).some((f) => /schemas[\\\\/]review\\.ts$/.test(f));
      const good = require('node:fs').readFileSync('examples/reviews/liu-2026-annual.review.yaml', 'utf8');
      const first = lint(good).findings.filter((f) => f.rule === 'schema').length;
      const before = built();
      const bad = lint(good.replace('kind: review', 'kind: review\\nnot_a_key: 1')).findings.filter((f) => f.rule === 'schema').length;
      console.log(JSON.stringify({ first, before, bad, after: built() }));`;
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { first: 0, before: false, bad: 1, after: true });
  });

  it('the keys a map may hold at a path, as the zod schema gives them, at every path of each kind and beside it', () => {
    const shapes = shapesOf(publishedSchemas);
    let paths = 0;
    const walk = (kind: Kind, shape: Shape, path: (string | number)[]): void => {
      if (path.length > 6) return;
      paths++;
      assert.deepEqual(keysAt(kind, path), zodKeysAt(zodSchemas()[kind], path), `${kind} at ${path.join('.')}`);
      assert.deepEqual(keysAt(kind, [...path, 'no_such_key']), zodKeysAt(zodSchemas()[kind], [...path, 'no_such_key']));
      const inner = shape.type === 'optional' ? shape.of : shape;
      if (inner.type === 'object') for (const [k, s] of Object.entries(inner.keys)) walk(kind, s, [...path, k]);
      else if (inner.type === 'array' || inner.type === 'record') walk(kind, inner.of, [...path, 0]);
      else if (inner.type === 'union') for (const o of inner.of) walk(kind, o, path);
    };
    for (const kind of ['review', 'template', 'config'] as const) walk(kind, shapes[kind], []);
    assert.ok(paths > 300, `${paths} paths`);
  });

  it('mirrors the installed version of zod: a new version fails here until its checks are compared with schemas/shape.ts', () => {
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules/zod/package.json'), 'utf8')).version;
    assert.equal(installed, MIRRORED_ZOD_VERSION, `zod ${installed} is installed; schemas/shape.ts and core/conforms.ts mirror ${MIRRORED_ZOD_VERSION}: compare zod's checks with them, then update MIRRORED_ZOD_VERSION`);
    assert.equal(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies.zod, MIRRORED_ZOD_VERSION, 'package.json pins the exact version the quick answers mirror');
  });

  for (const kind of ['review', 'template', 'config'] as const) {
    it(`${kind}: values made from the shape, whole and damaged (${RUNS} cases)`, () => {
      const shapes = shapesOf(publishedSchemas);
      let answered = 0;
      fc.assert(
        fc.property(valueOf(shapes, shapes[kind]), fc.array(fc.nat(), { maxLength: 4 }), strange, fc.nat({ max: 7 }), fc.boolean(), fc.boolean(), (value, path, replacement, how, whole, reverse) => {
          const data = whole ? value : damaged(value, path, replacement, how);
          if (same(kind, reverse ? reversed(data) : data, kind)) answered++;
          // One map deep inside in another order (a later entry of a list or map): zod's value still.
          same(kind, reversedAt(data, path), kind);
          // In the schema's order already, the value is given back itself: nothing is copied.
          if (whole && !reverse && plain(value) && conforming(kind, value)) assert.equal(conforming(kind, value)!.data, value);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // Made from the shape, many values fit: the quick answer must be given for a good part of them.
      assert.ok(answered > RUNS / 20, `only ${answered} of ${RUNS} answered`);
    });
  }
});
