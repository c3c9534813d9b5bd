/**
 * dist/coverage-gate/index.js run as the runner runs it, in real git repositories, with the
 * real jest/istanbul report of tests/fixtures/coverage/samples/js, against the fake GitHub API
 * and the local cache service that @actions/cache really talks to.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, repoRoot, type ActionResult } from './harness/index.js';
import { GitRepo } from '../support/git-repo.js';
import {
  startGitHubApi,
  makeEventPayload,
  makeUser,
  respond,
  WRITE_TOKEN,
  READ_TOKEN,
  type FakeGitHubApi,
} from '../support/github-api/index.js';
import { startCacheServer, type CacheServer } from '../support/cache-server/index.js';

const samples = join(repoRoot, 'tests/fixtures/coverage/samples/js/src');
const src = (f: string) => readFileSync(join(samples, f), 'utf8');
const realLcov = readFileSync(join(repoRoot, 'tests/fixtures/coverage/generated/js/lcov/lcov.info'), 'utf8');

/** The real report, keeping only the records of the given files. */
function lcovOf(files: string[]): string {
  return realLcov
    .split(/(?<=end_of_record\n)/)
    .filter((rec) => files.some((f) => rec.includes(`SF:${f}\n`)))
    .join('');
}

/** calc.js without pick() and neverCalled(): the head commit adds them (lines 26-37). */
const calcBase = src('calc.js')
  .split('\n')
  .filter((_, i) => i + 1 < 26 || i + 1 > 38)
  .join('\n')
  .replace('{ clamp, classify, total, pick, neverCalled }', '{ clamp, classify, total }');

let api: FakeGitHubApi;
let cache: CacheServer;
beforeAll(async () => {
  api = await startGitHubApi();
  cache = await startCacheServer();
});
afterAll(async () => {
  await api.close();
  await cache.close();
});

interface Scenario {
  origin: GitRepo;
  work: GitRepo;
  baseSha: string;
  headSha: string;
}

/** A bare origin, a base commit on main, a PR head commit on a branch; `work` is checked out at head. */
async function scenario(
  base: Record<string, string>,
  head: Record<string, string>,
  opts: { depth?: number } = {},
): Promise<Scenario> {
  const origin = await GitRepo.init({ bare: true });
  const seed = await GitRepo.init();
  await seed.write({ 'README.md': '# app\n', 'package.json': '{"name":"app"}\n' });
  const baseSha = await seed.commit('base', base);
  await seed.addRemote(origin);
  await seed.push('origin', 'main');
  await seed.branch('feature');
  await seed.checkout('feature');
  const headSha = await seed.commit('feature', head);
  await seed.push('origin', 'feature');
  const work = opts.depth ? await GitRepo.clone(origin.url, { depth: opts.depth, branch: 'feature' }) : seed;
  return { origin, work, baseSha, headSha };
}

function writeReport(s: Scenario, lcov: string, at = 'coverage/lcov.info'): void {
  mkdirSync(join(s.work.dir, at, '..'), { recursive: true });
  writeFileSync(join(s.work.dir, at), lcov);
}

let prNumber = 100;
async function runPr(
  s: Scenario,
  inputs: Record<string, string>,
  opts: { token?: string; fork?: boolean; env?: Record<string, string> } = {},
): Promise<ActionResult & { pr: number }> {
  const pr = ++prNumber;
  const repo = api.repo('octo-org', 'octo-repo', { defaultBranch: 'main' });
  repo.addPull(pr, { headSha: s.headSha, baseSha: s.baseSha, headRef: 'feature', baseRef: 'main', fork: opts.fork });
  const payload = makeEventPayload('pull_request', {
    number: pr,
    baseSha: s.baseSha,
    headSha: s.headSha,
    baseRef: 'main',
    headRef: 'feature',
    fork: opts.fork,
    apiUrl: api.url,
  });
  const r = await runAction('coverage-gate', {
    workspace: s.work.dir,
    event: { name: 'pull_request', payload },
    inputs: { baseline: 'none', ...inputs },
    token: opts.token ?? WRITE_TOKEN,
    env: { GITHUB_API_URL: api.url, GITHUB_SHA: s.headSha, ...cache.env(), ...(opts.env ?? {}) },
  });
  return { ...r, pr };
}

const failure = (r: ActionResult) =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');

describe('coverage-gate on pull requests', () => {
  it('fails on untested new lines, annotates them, and comments why', async () => {
    const s = await scenario(
      { 'src/calc.js': calcBase, 'src/text.js': src('text.js') },
      { 'src/calc.js': src('calc.js') },
    );
    writeReport(s, lcovOf(['src/calc.js', 'src/text.js']));
    const r = await runPr(s, { 'min-diff-coverage': '80', 'max-decrease': 'off' });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(
      /min-diff-coverage: Patch coverage 42\.85% \(3\/7 changed executable lines\) is below the minimum 80%/,
    );
    const warn = r.annotations.filter((a) => a.level === 'warning' && a.title === 'Not covered by tests');
    expect(warn.map((a) => [a.file, a.line, a.endLine])).toEqual([['src/calc.js', 32, 36]]);
    expect(r.outputs.passed).toBe('false');
    expect(Number(r.outputs['diff-coverage'])).toBeCloseTo((3 / 7) * 100, 10);
    expect(r.summary.split('\n')[0]).toBe('### ❌ Coverage gate failed: `min-diff-coverage`');
    expect(r.summary).toContain('| `src/calc.js` |');
    expect(r.summary).toContain('32-34, 36');
    const comments = api.getRepo('octo-org', 'octo-repo')!.commentsOn(r.pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- quality:coverage-gate:coverage -->\n### ❌ Coverage gate failed/);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.diff.files[0]).toMatchObject({
      path: 'src/calc.js',
      uncovered: [32, 33, 34, 36],
      covered: [27, 28, 39],
    });
    expect(report.verdict.passed).toBe(false);
  });

  it('passes when the new lines are tested, and updates the sticky comment instead of adding one', async () => {
    const withPick = calcBase.replace('{ clamp, classify, total }', '{ clamp, classify, total, pick }');
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const first = await runPr(s, { 'min-diff-coverage': '40' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs.passed).toBe('true');
    expect(first.summary.split('\n')[0]).toBe('### ✅ Coverage gate passed');
    void withPick;
  });

  it('measures a push that creates a branch against the default branch (fetched into a shallow clone)', async () => {
    const s = await scenario(
      { 'src/calc.js': calcBase, 'src/text.js': src('text.js') },
      { 'src/calc.js': src('calc.js') },
      { depth: 1 },
    );
    writeReport(s, lcovOf(['src/calc.js', 'src/text.js']));
    const push = (ref: string) =>
      runAction('coverage-gate', {
        workspace: s.work.dir,
        event: {
          name: 'push',
          payload: makeEventPayload('push', { ref, created: true, after: s.headSha, apiUrl: api.url }),
        },
        inputs: { baseline: 'none', 'min-diff-coverage': '80' },
        env: { GITHUB_API_URL: api.url, GITHUB_SHA: s.headSha, GITHUB_REF: ref },
      });
    const r = await push('refs/heads/feature');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(
      /min-diff-coverage: Patch coverage 42\.85% \(3\/7 changed executable lines\) is below the minimum 80%/,
    );
    // The default branch's own first push has nothing to compare with: the patch rule is skipped, saying why.
    const first = await push('refs/heads/main');
    expect(first.summary).toMatch(/This push created the branch/);
    expect(first.outputs['diff-coverage']).toBe('');
  });

  it('fails on a coverage drop against the baseline saved by a push to main', async () => {
    const s = await scenario(
      { 'src/calc.js': src('calc.js'), 'src/text.js': src('text.js') },
      { 'src/untested.js': src('untested.js') },
    );
    // the push to main saves the baseline (calc + text)
    await s.work.checkout(s.baseSha);
    writeReport(s, lcovOf(['src/calc.js', 'src/text.js']));
    const push = await runAction('coverage-gate', {
      workspace: s.work.dir,
      event: {
        name: 'push',
        payload: makeEventPayload('push', {
          ref: 'refs/heads/main',
          before: '0'.repeat(40),
          after: s.baseSha,
          apiUrl: api.url,
        }),
      },
      inputs: { baseline: 'cache' },
      env: { GITHUB_API_URL: api.url, GITHUB_SHA: s.baseSha, GITHUB_REF: 'refs/heads/main', ...cache.env() },
    });
    expect(push.stderr).toBe('');
    expect(push.exitCode).toBe(0);
    expect(push.summary).toMatch(/Baseline (written|saved)/i);
    // the pull request adds an untested file
    await s.work.checkout(s.headSha);
    writeReport(s, lcovOf(['src/calc.js', 'src/text.js', 'src/untested.js']));
    const r = await runPr(s, { baseline: 'cache', 'min-diff-coverage': 'off', 'max-decrease': '0' });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(
      /max-decrease: Total headline \(lines\) coverage \d+\.\d\d% vs \d+\.\d\d% on main at [0-9a-f]{12} \(−\d+\.\d\d points\); no decrease is allowed/,
    );
    expect(Number(r.outputs.delta)).toBeLessThan(0);
    expect(r.outputs['baseline-coverage']).not.toBe('');
    const comment = api.getRepo('octo-org', 'octo-repo')!.commentsOn(r.pr)[0]!.body;
    expect(comment).toContain('`max-decrease`');
  });

  it('passes the first run without a baseline, with a notice saying why', async () => {
    cache.clear(); // an earlier test saved a baseline for main
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const r = await runPr(s, { baseline: 'cache', 'min-diff-coverage': 'off', 'max-decrease': '0' });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(/Baseline: none yet/);
    expect(r.summary).toMatch(/`max-decrease`: No baseline to compare with/);
  });

  it('comment: never posts nothing and still gives the body in the comment-file output', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const r = await runPr(s, { 'min-diff-coverage': 'off', comment: 'never' });
    expect(r.exitCode).toBe(0);
    expect(readFileSync(r.outputs['comment-file']!, 'utf8')).toMatch(/^<!-- quality:coverage-gate:coverage -->/);
    expect(api.getRepo('octo-org', 'octo-repo')!.commentsOn(r.pr)).toHaveLength(0);
  });

  it('on a fork with a read-only token: still enforces, no failure from the comment, body written to a file', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const r = await runPr(s, { 'min-diff-coverage': '80' }, { token: READ_TOKEN, fork: true });
    expect(r.exitCode).toBe(1); // the rule, not the comment
    expect(failure(r)).toMatch(/^Coverage gate failed\. min-diff-coverage/);
    expect(failure(r)).not.toMatch(/comment|403|Resource not accessible/);
    expect(readFileSync(r.outputs['comment-file']!, 'utf8')).toMatch(/^<!-- quality:coverage-gate:coverage -->/);
    expect(r.summary).toMatch(
      /The pull request comment was not posted: the token cannot write to this pull request \(a pull request from a fork gets a read-only token\)/,
    );
    expect(api.getRepo('octo-org', 'octo-repo')!.commentsOn(r.pr)).toHaveLength(0);
  });

  it('finds its comment on page 3 and updates it in place', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const repo = api.repo('octo-org', 'octo-repo', { defaultBranch: 'main' });
    const pr = prNumber + 1;
    repo.addPull(pr, { headSha: s.headSha, baseSha: s.baseSha, headRef: 'feature', baseRef: 'main' });
    const human = makeUser('someone');
    for (let i = 0; i < 220; i++) repo.addComment(pr, `human comment ${i}`, human);
    const old = repo.addComment(pr, '<!-- quality:coverage-gate:coverage -->\nold verdict');
    for (let i = 0; i < 5; i++) repo.addComment(pr, `later ${i}`, human);
    const r = await runPr(s, { 'min-diff-coverage': '10' });
    expect(r.exitCode).toBe(0);
    const all = repo.commentsOn(pr).filter((c) => c.body.includes('quality:coverage-gate'));
    expect(all).toHaveLength(1);
    expect(all[0]!.id).toBe(old.id);
    expect(all[0]!.body).toMatch(/Coverage gate passed/);
  });

  it('retries an API 429 and still comments', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const route = api.route('GET', '/repos/:owner/:repo/issues/:number/comments', [
      respond.tooManyRequests(1),
      respond.passthrough(),
    ]);
    const r = await runPr(s, { 'min-diff-coverage': '10' });
    route.remove();
    expect(r.exitCode).toBe(0);
    expect(route.hits).toBeGreaterThanOrEqual(2);
    expect(api.getRepo('octo-org', 'octo-repo')!.commentsOn(r.pr)).toHaveLength(1);
  });

  it('keeps a complete summary when the API fails throughout', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const routes = [
      api.route('GET', '/repos/:owner/:repo/issues/:number/comments', respond.serverError(500)),
      api.route('POST', '/repos/:owner/:repo/issues/:number/comments', respond.serverError(500)),
    ];
    const r = await runPr(s, { 'min-diff-coverage': '10' });
    for (const x of routes) x.remove();
    expect(r.exitCode).toBe(0); // the rules passed; the API does not fail the job
    expect(r.summary.split('\n')[0]).toBe('### ✅ Coverage gate passed');
    expect(r.summary).toMatch(/The pull request comment was not posted/);
    expect(r.annotations.some((a) => a.level === 'warning' && /comment/i.test(a.message))).toBe(true);
    expect(r.outputs['comment-file']).toBeTruthy();
  }, 60_000);

  it('deepens a shallow clone to find the merge base', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') }, { depth: 1 });
    expect((await s.work.git('rev-parse', '--is-shallow-repository')).trim()).toBe('true');
    writeReport(s, lcovOf(['src/calc.js']));
    const r = await runPr(s, { 'min-diff-coverage': '80' });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(/3\/7 changed executable lines/);
  });

  it('says what to set when the shallow clone may not be deepened', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') }, { depth: 1 });
    writeReport(s, lcovOf(['src/calc.js']));
    const r = await runPr(s, { 'min-diff-coverage': '80', fetch: 'false' }, { token: '' });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(/fetch-depth: 0/);
  });
});

describe('coverage-gate outputs and the fork recipe', () => {
  it('writes the merged coverage as Cobertura XML that reads back with the same line totals', async () => {
    const s = await scenario(
      { 'src/calc.js': calcBase },
      { 'src/calc.js': src('calc.js'), 'src/text.js': src('text.js') },
    );
    writeReport(s, lcovOf(['src/calc.js']), 'coverage/a.info');
    writeReport(s, lcovOf(['src/text.js']), 'coverage/b.info');
    const r = await runPr(s, { files: 'coverage/*.info', 'cobertura-out': 'merged.xml', 'min-diff-coverage': '10' });
    expect(r.exitCode).toBe(0);
    const xml = readFileSync(join(s.work.dir, 'merged.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" \?>/);
    const again = await runPr(s, { files: 'merged.xml', 'min-diff-coverage': '10' });
    const a = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    const b = JSON.parse(readFileSync(again.outputs.report!, 'utf8'));
    expect(b.totals.lines).toEqual(a.totals.lines);
    // jest puts 2 default-parameter branches on non-executable lines: Cobertura cannot hold them
    expect(b.totals.branches.total).toBe(a.totals.branches.total - 2);
    expect(r.summary).toMatch(/cobertura-out: 2 branches on lines that are not executable/);
    expect(b.files.map((f: { path: string }) => f.path)).toEqual(['src/calc.js', 'src/text.js']);
  });

  it('posts the fork run comment from a workflow_run workflow, finding the pull request by its head commit', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const fork = await runPr(s, { 'min-diff-coverage': '10' }, { token: READ_TOKEN, fork: true });
    expect(fork.exitCode).toBe(0);
    const artifact = join(s.work.dir, 'downloaded-comment.md');
    // the artifact may have been tampered with: it cannot choose the pull request
    writeFileSync(artifact, readFileSync(fork.outputs['comment-file']!, 'utf8') + '\n<!-- pr: 1 -->\n');
    const payload = makeEventPayload('workflow_run', {
      runEvent: 'pull_request',
      headSha: s.headSha,
      fork: true,
      apiUrl: api.url,
    });
    const post = await runAction('coverage-gate', {
      workspace: s.work.dir,
      event: { name: 'workflow_run', payload },
      inputs: { 'comment-file': 'downloaded-comment.md' },
      token: WRITE_TOKEN,
      env: { GITHUB_API_URL: api.url },
    });
    expect(post.stderr).toBe('');
    expect(post.exitCode).toBe(0);
    const comments = api.getRepo('octo-org', 'octo-repo')!.commentsOn(fork.pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- quality:coverage-gate:coverage -->\n/);
    expect(comments[0]!.body).toContain('Coverage gate passed');
  });
});

describe('coverage-gate inputs and hostile content', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
  });

  it.each([
    ['min-coverage', '-1', 'a number from 0 to 100'],
    ['min-coverage', '101', 'a number from 0 to 100'],
    ['min-diff-coverage', 'abc', 'a number from 0 to 100'],
    ['max-decrease', '50%', 'a number from 0 to 100, without the % sign (write 50)'],
    ['metric', 'stmts', "one of 'lines', 'branches', 'headline'"],
  ])('%s = %j is refused with a clear message', async (name, value, expected) => {
    const r = await runPr(s, { [name]: value });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toContain(`Input '${name}' has the value ${JSON.stringify(value)}: expected ${expected}`);
  });

  it('names the patterns when the globs match nothing', async () => {
    const r = await runPr(s, { files: 'build/coverage/*.info\nnope.xml' });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(
      /Input 'files' matched no file in .* \(patterns: build\/coverage\/\*\.info, nope\.xml\)/,
    );
  });

  it('refuses report paths outside the workspace and lists them as unmapped', async () => {
    const lcov = `SF:../../etc/passwd\nDA:1,1\nend_of_record\n${lcovOf(['src/calc.js'])}`;
    writeReport(s, lcov, 'coverage/outside.info');
    const r = await runPr(s, { files: 'coverage/outside.info', 'min-diff-coverage': '10' });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(/1 report file could not be mapped to the repository/);
    expect(r.summary).toContain('outside the workspace');
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['src/calc.js']);
  });

  it('escapes file names with markdown, HTML and workflow commands, and never runs them', async () => {
    const evil = 'src/x|y <img src=x onerror=alert(1)> ::error::pwned $(touch hacked).js';
    const t = await scenario(
      { 'src/calc.js': calcBase },
      { 'src/calc.js': src('calc.js'), [evil]: 'module.exports = 1;\n' },
    );
    writeReport(t, `${lcovOf(['src/calc.js'])}SF:${evil}\nDA:1,0\nend_of_record\n`);
    const r = await runPr(t, { 'min-diff-coverage': '10' });
    expect(r.stdout.split('\n').some((l) => l.startsWith('::error::pwned'))).toBe(false);
    const outside = r.summary.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
    expect(outside).not.toContain('<img');
    expect(r.summary).toContain('src/x\\|y <img');
    // the annotation carries the file name as a property, escaped by the toolkit
    expect(r.annotations.some((a) => a.file === evil)).toBe(true);
  });

  it('fails max-decrease, saying why, on a baseline file from a future schema: a decrease against it cannot be measured', async () => {
    const file = join(s.work.dir, 'baseline.json');
    writeFileSync(
      file,
      JSON.stringify({
        schema: 99,
        writer: 'quality 9.0.0',
        commit: 'a'.repeat(40),
        commitTime: 1,
        branch: 'main',
        totals: { lines: { covered: 1, total: 1 } },
        headline: { metric: 'lines', covered: 1, total: 1 },
      }),
    );
    const r = await runPr(s, { baseline: 'baseline.json', 'min-diff-coverage': '10', 'max-decrease': '0' });
    expect(r.exitCode).toBe(1);
    expect(r.summary).toMatch(/Baseline: unreadable \(.*schema 99.*newer quality/);
    expect(
      r.annotations.some(
        (a) => a.level === 'error' && /max-decrease: The baseline file cannot be read/.test(a.message),
      ),
    ).toBe(true);
  });
});

describe('coverage-gate never passes what it did not measure', () => {
  const noBranches = (lcov: string) =>
    lcov
      .split('\n')
      .filter((l) => !/^(BRDA|BRF|BRH):/.test(l))
      .join('\n');

  it('fails a minimum over 0/0: no executable lines measured', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    const empty = { path: 'src/calc.js', statementMap: {}, fnMap: {}, branchMap: {}, s: {}, f: {}, b: {} };
    writeReport(s, JSON.stringify({ 'src/calc.js': empty }), 'coverage/coverage-final.json');
    const r = await runPr(s, {
      files: 'coverage/coverage-final.json',
      'min-coverage': '80',
      'min-diff-coverage': 'off',
    });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(/min-coverage: .*no executable lines measured \(0\/0\)/);
    expect(r.outputs.passed).toBe('false');
  });

  it('fails a configured branches metric on a report without branch data, naming the input', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, noBranches(lcovOf(['src/calc.js'])));
    const r = await runPr(s, { metric: 'branches', 'min-coverage': '90', 'min-diff-coverage': 'off' });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toContain("Input 'metric' is branches, but the reports carry no branches data");
    expect(r.summary).toContain("- ❌ `min-coverage`: Input 'metric' is branches");
  });

  it('measures a merge queue run against merge_group.base_sha', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const payload = {
      merge_group: {
        base_sha: s.baseSha,
        head_sha: s.headSha,
        base_ref: 'refs/heads/main',
        head_ref: 'gh-readonly-queue/main/pr-1',
      },
      repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
    };
    const r = await runAction('coverage-gate', {
      workspace: s.work.dir,
      event: { name: 'merge_group', payload },
      inputs: { baseline: 'none', 'min-diff-coverage': '80' },
      env: { GITHUB_API_URL: api.url, GITHUB_SHA: s.headSha },
    });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(/min-diff-coverage: Patch coverage 42\.85% \(3\/7 changed executable lines\)/);
  });

  it('fails a pull request whose payload has no base commit, saying what to fix', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const r = await runAction('coverage-gate', {
      workspace: s.work.dir,
      event: { name: 'pull_request', payload: { number: 7, pull_request: { number: 7 } } },
      inputs: { baseline: 'none', 'min-diff-coverage': '80' },
      token: '',
      env: { GITHUB_SHA: s.headSha },
    });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(
      /min-diff-coverage: The change cannot be measured: .*pull_request\.base\.sha.*'diff-base'/,
    );
    expect(r.summary.split('\n')[0]).toBe('### ❌ Coverage gate failed: `min-diff-coverage`');
  });

  it('refuses an invalid diff-base as an input error', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
    const r = await runPr(s, { 'diff-base': '--upload-pack=x' });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toContain(
      `Input 'diff-base' has the value "--upload-pack=x": expected a commit SHA or a ref name`,
    );
  });

  it('names, annotates and (with missing-files: fail) fails on changed files the report does not list', async () => {
    const s = await scenario(
      { 'src/calc.js': calcBase },
      { 'src/calc.js': src('calc.js'), 'src/new.js': 'module.exports = 2;\n', 'docs/notes.md': '# notes\n' },
    );
    writeReport(s, lcovOf(['src/calc.js']));
    const warn = await runPr(s, { 'min-diff-coverage': '10' });
    expect(warn.exitCode).toBe(0);
    expect(warn.summary).toContain('#### Changed files not in the coverage report');
    expect(warn.summary).toContain('`src/new.js`');
    expect(warn.summary).not.toContain('`docs/notes.md`'); // not a language the report covers
    expect(warn.summary).toMatch(/⚠️ `missing-files`: 1 changed file is not in the coverage report/);
    expect(
      warn.annotations.filter((a) => a.title === 'Not in the coverage report').map((a) => [a.level, a.file]),
    ).toEqual([['warning', 'src/new.js']]);
    const failing = await runPr(s, { 'min-diff-coverage': '10', 'missing-files': 'fail' });
    expect(failing.exitCode).toBe(1);
    expect(failure(failing)).toMatch(/missing-files: 1 changed file is not in the coverage report.*src\/new\.js/);
    const quiet = await runPr(s, { 'min-diff-coverage': '10', 'missing-files': 'ignore' });
    expect(quiet.exitCode).toBe(0);
    expect(quiet.summary).not.toContain('src/new.js');
  });

  it('fails the patch rule on a totals-only report (istanbul coverage-summary.json) and says why', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    const t = { total: 10, covered: 5, skipped: 0, pct: 50 };
    const sum = { lines: t, statements: t, functions: t, branches: t };
    writeReport(
      s,
      JSON.stringify({ total: sum, [join(s.work.dir, 'src/calc.js')]: sum }),
      'coverage/coverage-summary.json',
    );
    const r = await runPr(s, { files: 'coverage/coverage-summary.json', 'min-diff-coverage': '80' });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(
      /min-diff-coverage: Patch coverage cannot be measured: .*coverage-summary\.json.*without line data.*coverage-final\.json or lcov/,
    );
  });

  it('gates the producing tool headline by default and names the tool', async () => {
    const s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeFileSync(
      join(s.work.dir, 'coverage-final.json'),
      readFileSync(join(repoRoot, 'tests/fixtures/coverage/generated/js/json/coverage-final.json'), 'utf8'),
    );
    const r = await runPr(s, { files: 'coverage-final.json', 'min-diff-coverage': 'off', 'min-coverage': '1' });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(
      /\| Total istanbul headline \\\(statements\\\) \| 70\.58% \(istanbul prints 70\.58%\) \| 12\/17 \|/,
    );
    expect(r.summary).toMatch(/min-coverage`: Total istanbul headline \(statements\) coverage/);
    const comment = api.getRepo('octo-org', 'octo-repo')!.commentsOn(r.pr)[0]!.body;
    expect(comment).toContain('istanbul headline (statements)');
  });
});

describe('coverage-gate faults and inputs that reach too far', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario({ 'src/calc.js': calcBase }, { 'src/calc.js': src('calc.js') });
    writeReport(s, lcovOf(['src/calc.js']));
  });

  it.each([
    ['baseline', 'Cache', 0, ''],
    ['baseline', 'NONE', 0, ''],
    [
      'baseline',
      'false',
      1,
      `Input 'baseline' has the value "false": expected cache, branch, none, or the path of a .json file`,
    ],
    ['baseline', 'Cachee', 1, `Input 'baseline' has the value "Cachee"`],
  ])('%s = %j', async (name, value, code, message) => {
    const r = await runPr(s, { [name]: value, 'min-diff-coverage': '10' });
    expect(r.exitCode).toBe(code);
    if (message) {
      expect(failure(r)).toContain(message);
      // An input error, before any report is read, still leaves a job summary saying what to fix.
      expect(r.summary).toMatch(/^### ❌ Coverage gate error/);
      expect(r.summary).toContain('Input &#39;baseline&#39; has the value');
    }
    expect(existsSync(join(s.work.dir, value))).toBe(false);
  });

  it('reads the event through kit readEvent: a fork pull request never writes a baseline', async () => {
    const r = await runPr(
      s,
      { baseline: 'fork-baseline.json', 'min-diff-coverage': '10' },
      { fork: true, token: READ_TOKEN },
    );
    expect(r.exitCode).toBe(0);
    expect(existsSync(join(s.work.dir, 'fork-baseline.json'))).toBe(false);
    expect(r.stdout).toMatch(/Baseline not written: pull requests from forks never write shared state/);
  });

  it('never reads or echoes a file outside the workspace (files: /etc/passwd)', async () => {
    const r = await runPr(s, { files: '/etc/passwd' });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(/Input 'files' \(\/etc\/passwd\) points outside the workspace and RUNNER_TEMP/);
    expect(r.stdout + r.summary).not.toMatch(/root:/);
  });

  it('refuses cobertura-out outside the workspace, and names a directory as the fault it is', async () => {
    const out = await runPr(s, { 'cobertura-out': '../../x.xml', 'min-diff-coverage': '10' });
    expect(out.exitCode).toBe(1);
    expect(failure(out)).toMatch(/Input 'cobertura-out' \(\.\.\/\.\.\/x\.xml\) points outside the workspace/);
    expect(out.outputs.passed).toBeUndefined();
    mkdirSync(join(s.work.dir, 'covdir'), { recursive: true });
    const dir = await runPr(s, { 'cobertura-out': 'covdir', 'min-diff-coverage': '10' });
    expect(dir.exitCode).toBe(1);
    expect(failure(dir)).toMatch(
      /Cannot write the Cobertura XML \('cobertura-out'\) to .*covdir: the path is a folder: name a file \(EISDIR\)/,
    );
    expect(dir.outputs.passed).toBeUndefined(); // no verdict written before the fault
    expect(dir.summary).toMatch(/^### ❌ Coverage gate error/);
    expect(dir.summary).toContain('### ✅ Coverage gate passed'); // the verdict is still shown
  });

  it('names RUNNER_TEMP when it is not a folder', async () => {
    const file = join(s.work.dir, 'not-a-dir');
    writeFileSync(file, 'x');
    const r = await runPr(s, { 'min-diff-coverage': '10' }, { env: { RUNNER_TEMP: file } });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(
      /Cannot write the gate's report folder \(RUNNER_TEMP must be a writable folder\) to .*not-a-dir.*ENOTDIR|EEXIST/,
    );
    expect(r.stderr).not.toMatch(/This is a bug/);
    expect(r.summary).toMatch(/^### ❌ Coverage gate error\n\n.*RUNNER\\_TEMP must be a writable folder/);
  });

  it('names GITHUB_OUTPUT on a full disk, and still writes the summary with the verdict', async () => {
    const r = await runPr(s, { 'min-diff-coverage': '10' }, { env: { GITHUB_OUTPUT: '/dev/full' } });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toMatch(
      /Cannot write the step outputs to \/dev\/full: the disk is full: free space on the runner \(ENOSPC\)/,
    );
    expect(r.stderr).not.toMatch(/This is a bug/);
    expect(r.summary).toMatch(/^### ❌ Coverage gate error/);
    expect(r.summary).toContain('### ✅ Coverage gate passed');
    expect(r.summary).toContain('Reports: `coverage/lcov.info` (lcov)');
  });

  it('names GITHUB_API_URL when it is not a URL', async () => {
    const r = await runPr(s, { 'min-diff-coverage': '10' }, { env: { GITHUB_API_URL: 'not a url' } });
    expect(r.exitCode).toBe(1);
    expect(failure(r)).toContain('GITHUB_API_URL ("not a url") is not an http(s) URL');
    expect(r.summary).toContain('Coverage gate error');
    expect(r.outputs.passed).toBeUndefined();
  });

  it('never turns API text or an html_url into a workflow command', async () => {
    const evil = 'https://example.test/x\n::error::pwned';
    const route = api.route(
      'POST',
      '/repos/:owner/:repo/issues/:number/comments',
      respond.json({ id: 987654, body: 'x', html_url: evil }, { status: 201 }),
    );
    const r = await runPr(s, { 'min-diff-coverage': '10' });
    route.remove();
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n').some((l) => l.startsWith('::error::pwned'))).toBe(false);
    const bad = api.route(
      'POST',
      '/repos/:owner/:repo/issues/:number/comments',
      respond.json({ message: 'nope\n::error::pwned2' }, { status: 422 }),
    );
    const r2 = await runPr(s, { 'min-diff-coverage': '10' });
    bad.remove();
    expect(r2.stdout.split('\n').some((l) => l.startsWith('::error::pwned2'))).toBe(false);
    expect(r2.annotations.some((a) => a.level === 'error')).toBe(false);
  });
});
