/**
 * Go shards hold packages, and together they must be the packages the unsharded command tests:
 * `go test ./...`. The matrix finds them with go's own rules (`go help packages`), checked here
 * against `go list ./...` on a module with every folder the rules name.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { discoverTests } from '../../../packages/matrix/src/tests.js';
import { diskReader } from '../../../packages/matrix/src/reader.js';

let dir: string;
const test = (pkg: string) => `package ${pkg}\n\nimport "testing"\n\nfunc TestX(t *testing.T) {}\n`;
const FILES: Record<string, string> = {
  'go.mod': 'module example.com/m\n\ngo 1.19\n',
  'x_test.go': test('m'),
  // Folders another language's conventions skip, which go test ./... tests.
  'build/b_test.go': test('build'),
  'env/e_test.go': test('env'),
  'dist/d_test.go': test('dist'),
  'target/t_test.go': test('target'),
  'internal/venv/v_test.go': test('venv'),
  'all/a_test.go': test('all'),
  // What ./... leaves out: _ and . folders, testdata, vendor, a nested module, a _ file.
  '_old/o_test.go': test('old'),
  '.cache/c_test.go': test('cache'),
  'testdata/x/x_test.go': test('x'),
  'vendor/example.com/v/v_test.go': test('v'),
  'nested/go.mod': 'module example.com/nested\n\ngo 1.19\n',
  'nested/n_test.go': test('nested'),
  'skip/_s_test.go': test('skip'),
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quality-go-packages-'));
  for (const [f, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Go test packages for shards', () => {
  it('are the packages with tests that go test ./... runs, no more and no fewer', () => {
    const listed = execFileSync('go', ['list', '-f', '{{if or .TestGoFiles .XTestGoFiles}}{{.Dir}}{{end}}', './...'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GOFLAGS: '-mod=mod', GOWORK: 'off' },
    })
      .split('\n')
      .filter((l) => l !== '')
      .map((d) => (relative(dir, d) === '' ? '.' : `./${relative(dir, d).split('\\').join('/')}`))
      .sort();
    expect(listed).toEqual(['.', './all', './build', './dist', './env', './internal/venv', './target']);
    expect(discoverTests(diskReader(dir), '.', 'go')).toEqual(listed);
  });
});
