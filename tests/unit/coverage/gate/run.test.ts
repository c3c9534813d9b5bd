import { describe, it, expect, afterAll } from '@jest/globals';
import {
  changeFor,
  evaluate,
  FileBaselineStore,
  formatPercent,
  formatPoints,
  missingChangedFiles,
  patchFromPullFiles,
  runGate,
  startGateGit,
  type Analysis,
  type ChangeEvent,
  type BaselineStore,
  type GateConfig,
} from '@quality/coverage';
import { join } from 'node:path';
import { GitRepo, gitRuns, removeAll } from '../../../support/git-repo.js';

afterAll(removeAll);

const cfg = (c: Partial<GateConfig>): GateConfig => ({ minChangedLines: 0, metric: 'lines', ...c });
const ev = (e: Partial<ChangeEvent>): ChangeEvent => ({
  name: 'pull_request',
  kind: 'pull_request',
  newBranch: false,
  ...e,
});
const none = { lines: null, branches: null, statements: null, functions: null, instructions: null };

function analysis(opts: {
  lines?: [number, number];
  files?: string[];
  skipped?: string[];
  format?: 'lcov' | 'istanbul-summary';
}): Analysis {
  const [covered, total] = opts.lines ?? [5, 10];
  const files = (opts.files ?? ['src/a.js']).map((path) => ({ path, ...none, lines: { covered, total } }));
  return {
    format: opts.format ?? 'lcov',
    producer: { name: 'unknown' },
    inputs: [{ path: 'r', format: opts.format ?? 'lcov', producer: { name: 'unknown' }, files: files.length }],
    model: {
      format: 'lcov',
      producer: { name: 'unknown' },
      metrics: new Set(['lines']),
      files: new Map(),
      sourceRoots: [],
      warnings: [],
    },
    workspace: '/ws',
    totals: { ...none, lines: { covered, total } },
    headline: {
      metric: 'lines',
      covered,
      total,
      percent: total ? (100 * covered) / total : null,
      rule: '',
      display: '',
    },
    files,
    unmapped: [],
    warnings: [],
    diff: opts.skipped && {
      source: 'git',
      lines: { covered: 0, total: 0 },
      files: [],
      skipped: opts.skipped.map((path) => ({ path, reason: 'not in the coverage report' as const })),
      noCoverableLines: true,
      percent: null,
    },
  } as Analysis;
}

describe('formatPercent', () => {
  it('truncates, never rounds up to a threshold, and says n/a for nothing measured', () => {
    expect(formatPercent(79.996)).toBe('79.99%');
    expect(formatPercent({ covered: 2, total: 3 })).toBe('66.66%');
    expect(formatPercent({ covered: 0, total: 0 })).toBe('n/a');
    expect(formatPercent(null)).toBe('n/a');
    expect(formatPoints(-0.506)).toBe('−0.50');
    expect(formatPoints(1.239)).toBe('+1.23');
  });
});

describe('patchFromPullFiles', () => {
  it('builds a unified diff, skips removed files and counts files without a patch', () => {
    const { text, skipped } = patchFromPullFiles([
      { filename: 'a.js', status: 'modified', patch: '@@ -1,0 +1,1 @@\n+x' },
      { filename: 'b.js', previous_filename: 'old.js', status: 'renamed', patch: '@@ -2,0 +3,1 @@\n+y\n' },
      { filename: 'gone.js', status: 'removed', patch: '@@ -1,1 +0,0 @@\n-z' },
      { filename: 'big.bin', status: 'added' },
    ]);
    expect(skipped).toBe(1);
    expect(text).toBe(
      'diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -1,0 +1,1 @@\n+x\n' +
        'diff --git a/old.js b/b.js\n--- a/old.js\n+++ b/b.js\n@@ -2,0 +3,1 @@\n+y\n',
    );
  });
});

describe('changeFor', () => {
  const fallback = { name: 'the API', load: async () => ({ text: '', note: '' }) };
  it('takes diff-base first, then the event base through git and then the fallback', () => {
    expect(
      changeFor(ev({ baseSha: 'a'.repeat(40) }), { diffBase: 'origin/main', allowFetch: true, fallback }).sources,
    ).toEqual([{ kind: 'git', base: 'origin/main', head: 'HEAD', allowFetch: true }]);
    const s = changeFor(ev({ baseSha: 'b'.repeat(40) }), { allowFetch: false, fallback });
    expect(s.sources).toEqual([{ kind: 'git', base: 'b'.repeat(40), head: 'HEAD', allowFetch: false }, fallback]);
  });
  it('requires a base for pull requests and merge groups, naming the payload field and diff-base', () => {
    const pr = changeFor(ev({}), { allowFetch: true });
    expect(pr).toMatchObject({ sources: [], missing: { required: true } });
    expect(pr.missing!.reason).toMatch(/pull_request\.base\.sha.*'diff-base'/);
    const mg = changeFor(ev({ name: 'merge_group', kind: 'merge_group' }), { allowFetch: true });
    expect(mg.missing).toMatchObject({ required: true, reason: expect.stringContaining('merge_group.base_sha') });
    const mgOk = changeFor(ev({ name: 'merge_group', kind: 'merge_group', baseSha: 'c'.repeat(40) }), {
      allowFetch: true,
    });
    expect(mgOk.sources).toEqual([{ kind: 'git', base: 'c'.repeat(40), head: 'HEAD', allowFetch: true }]);
  });
  it('measures a push that created its branch against the default branch, unless it is the default branch or a tag', () => {
    const created = { name: 'push', kind: 'push' as const, newBranch: true, defaultBranch: 'main' };
    expect(changeFor(ev({ ...created, baseBranch: 'feature' }), { allowFetch: true }).sources).toEqual([
      { kind: 'git', base: 'origin/main', head: 'HEAD', allowFetch: true },
    ]);
    expect(changeFor(ev({ ...created, baseBranch: 'main' }), { allowFetch: true })).toMatchObject({
      sources: [],
      missing: { required: false },
    });
    expect(changeFor(ev({ ...created, baseBranch: 'v1', tag: true }), { allowFetch: true }).sources).toEqual([]);
  });
  it('skips, without failing, a push that created its branch and an event with no base', () => {
    expect(changeFor(ev({ name: 'push', kind: 'push', newBranch: true }), { allowFetch: true }).missing).toMatchObject({
      required: false,
    });
    expect(changeFor(ev({ name: 'schedule', kind: 'other' }), { allowFetch: true }).missing).toMatchObject({
      required: false,
    });
  });
});

describe('evaluate: never pass what was not measured', () => {
  it('fails a minimum over 0/0', () => {
    const v = evaluate(analysis({ lines: [0, 0] }), cfg({ minCoverage: 0 }), undefined);
    expect(v.passed).toBe(false);
    expect(v.rules[0]!.message).toMatch(/no executable lines measured \(0\/0\)/);
  });
  it('fails reports that measure nothing (0/0) whatever rules are set, once', () => {
    for (const c of [{}, { maxDecrease: 0 }, { minDiffCoverage: 80 }]) {
      const v = evaluate(analysis({ lines: [0, 0] }), cfg(c), undefined);
      expect([c, v.passed, v.rules.filter((r) => r.status === 'fail').map((r) => r.id)]).toEqual([
        c,
        false,
        ['measured'],
      ]);
      expect(v.rules[0]!.message).toMatch(/^The reports measure nothing: no executable lines \(.*0\/0\)/);
    }
    // A minimum over 0/0 already says so: no second failure.
    const min = evaluate(analysis({ lines: [0, 0] }), cfg({ minCoverage: 50 }), undefined);
    expect(min.rules.map((r) => r.id)).toEqual(['min-coverage']);
    // Something measured: no such rule.
    expect(evaluate(analysis({ lines: [1, 2] }), cfg({}), undefined).rules).toEqual([]);
  });
  it('fails every rule of a metric the reports do not carry', () => {
    const v = evaluate(analysis({}), cfg({ metric: 'branches', minCoverage: 90 }), undefined);
    expect(v.rules[0]).toMatchObject({ id: 'min-coverage', status: 'fail', enforced: true });
    expect(v.rules[0]!.message).toContain("Input 'metric' is branches");
  });
  it('fails the diff rules when the change is unknown, and the patch rule on a totals-only report', () => {
    const unknown = evaluate(analysis({}), cfg({ minDiffCoverage: 80, minFileCoverage: 50 }), undefined, {
      unknown: 'no base.',
    });
    expect(unknown.rules.map((r) => [r.id, r.status, r.enforced])).toEqual([
      ['min-diff-coverage', 'fail', true],
      ['min-file-coverage', 'fail', true],
    ]);
    const summary = evaluate(
      analysis({ format: 'istanbul-summary', skipped: [] }),
      cfg({ minDiffCoverage: 80 }),
      undefined,
    );
    expect(summary.passed).toBe(false);
    expect(summary.rules[0]!.message).toMatch(/without line data.*coverage-final\.json or lcov/);
  });
  it('names changed files missing from the report, only of the report languages; warn, fail or ignore', () => {
    const a = analysis({ files: ['src/a.js'], skipped: ['src/new.js', 'README.md', 'Makefile', 'src/b.py'] });
    expect(missingChangedFiles(a)).toEqual(['src/new.js']);
    const warn = evaluate(a, cfg({}), undefined);
    expect(warn.passed).toBe(true);
    expect(warn.rules).toEqual([expect.objectContaining({ id: 'missing-files', status: 'fail', enforced: false })]);
    expect(evaluate(a, cfg({ missingFiles: 'fail' }), undefined).passed).toBe(false);
    const ignore = evaluate(a, cfg({ missingFiles: 'ignore' }), undefined);
    expect([ignore.rules, ignore.missingFiles]).toEqual([[], []]);
  });
});

describe('runGate', () => {
  it('falls back to the next diff source when git fails, with a warning and the source note', async () => {
    const repo = await GitRepo.init();
    await repo.commit('c', {
      'src/a.js': 'a\nb\nc\n',
      'lcov.info': 'SF:src/a.js\nDA:1,1\nDA:2,0\nDA:3,1\nend_of_record\n',
    });
    let loaded = 0;
    const r = await runGate({
      analyze: { reports: ['lcov.info'], cwd: repo.dir },
      config: cfg({ minDiffCoverage: 80 }),
      change: {
        sources: [
          { kind: 'git', base: 'f'.repeat(40), allowFetch: false },
          {
            name: 'the test API',
            load: async () => {
              loaded++;
              return {
                text: 'diff --git a/src/a.js b/src/a.js\n--- a/src/a.js\n+++ b/src/a.js\n@@ -0,0 +1,2 @@\n+a\n+b\n',
                note: 'from the test API.',
              };
            },
          },
        ],
      },
    });
    expect(loaded).toBe(1);
    expect(r.analysis.diff!.lines).toEqual({ covered: 1, total: 2 });
    expect(r.diffNote).toBe('from the test API.');
    expect(r.warnings.some((w) => w.startsWith('Local git could not give the diff'))).toBe(true);
    expect(r.verdict.passed).toBe(false);
    expect(r.baselineNote).toBe('not used (baseline: none).');
  });

  it('throws the git error when it is the only source, and never loads a fallback it does not need', async () => {
    const repo = await GitRepo.init();
    const base = await repo.commit('base', { 'src/a.js': 'a\n' });
    await repo.commit('c', { 'src/a.js': 'a\nb\n', 'lcov.info': 'SF:src/a.js\nDA:1,1\nDA:2,1\nend_of_record\n' });
    await expect(
      runGate({
        analyze: { reports: ['lcov.info'], cwd: repo.dir },
        config: cfg({}),
        change: { sources: [{ kind: 'git', base: 'f'.repeat(40), allowFetch: false }] },
      }),
    ).rejects.toThrow();
    let loaded = 0;
    const ok = await runGate({
      analyze: { reports: ['lcov.info'], cwd: repo.dir },
      config: cfg({ minDiffCoverage: 80 }),
      change: {
        sources: [
          { kind: 'git', base, allowFetch: false },
          { name: 'x', load: async () => (loaded++, { text: '', note: '' }) },
        ],
      },
    });
    expect(loaded).toBe(0);
    expect(ok.analysis.diff!.lines).toEqual({ covered: 1, total: 1 });
    expect(ok.verdict.passed).toBe(true);
  });
});

describe('runGate: a baseline that cannot be read', () => {
  const run = async (store: ConstructorParameters<typeof FileBaselineStore>[0] | BaselineStore, dir: string) =>
    runGate({
      analyze: { reports: ['lcov.info'], cwd: dir },
      config: cfg({ maxDecrease: 0 }),
      change: { sources: [] },
      baseline: { store: typeof store === 'string' ? new FileBaselineStore(store) : store, query: { branch: 'main' } },
    });

  it('a file the workflow named that holds no snapshot fails max-decrease with the reason; a service that fails is a warning', async () => {
    const repo = await GitRepo.init();
    await repo.commit('c', {
      'src/a.js': 'a\n',
      'lcov.info': 'SF:src/a.js\nDA:1,1\nend_of_record\n',
      'bad.json': '{not json',
    });
    const bad = await run(join(repo.dir, 'bad.json'), repo.dir);
    const rule = bad.verdict.rules.find((x) => x.id === 'max-decrease')!;
    expect([rule.status, bad.verdict.passed]).toEqual(['fail', false]);
    expect(rule.message).toMatch(
      /^The baseline file cannot be read, so the decrease cannot be measured: .*bad\.json.*not valid JSON.* delete the file/,
    );
    // A file that does not exist yet is the first run: the ratchet passes with a note.
    const first = await run(join(repo.dir, 'none.json'), repo.dir);
    expect([first.verdict.passed, first.baselineNote]).toEqual([true, expect.stringMatching(/^none yet/)]);
    // The cache or the data branch down: degraded to a warning, the rule skipped.
    const down: BaselineStore = {
      kind: 'cache',
      read: async () => ({ status: 'unavailable', detail: 'the cache service answered 503.' }),
      write: async () => ({ status: 'failed', detail: 'down' }),
    };
    const degraded = await run(down, repo.dir);
    expect(degraded.verdict.rules.find((x) => x.id === 'max-decrease')!.status).toBe('skip');
    expect(degraded.warnings).toEqual(['Baseline cache store: the cache service answered 503.']);
  });
});

describe('runGate: git starts beside the reports', () => {
  it('measures the change git started before the reports were read, the same as after them', async () => {
    const repo = await GitRepo.init();
    const base = await repo.commit('base', { 'src/a.js': 'a\n' });
    await repo.commit('c', {
      'src/a.js': 'a\nb\nc\n',
      'lcov.info': 'SF:src/a.js\nDA:1,1\nDA:2,0\nDA:3,1\nend_of_record\n',
    });
    const r = await runGate({
      analyze: { reports: ['lcov.info'], cwd: repo.dir },
      config: cfg({ minDiffCoverage: 80 }),
      change: { sources: [{ kind: 'git', base, allowFetch: false }] },
    });
    expect(r.analysis.diff!.source).toBe('git');
    expect(r.analysis.diff!.mergeBase).toBe(base);
    expect(r.analysis.diff!.lines).toEqual({ covered: 1, total: 2 });
  });

  it('reads the reports while git lists the files: a report error comes without waiting for git', async () => {
    const repo = await GitRepo.init();
    await repo.commit('c', { 'src/a.js': 'a\n', 'report.txt': 'not a coverage report\n' });
    // git that never answers: the report is read (and refused) all the same.
    const never = new Promise<never>(() => undefined);
    await expect(
      runGate({
        analyze: { reports: ['report.txt'], cwd: repo.dir },
        config: cfg({}),
        change: { sources: [] },
        started: { repo: never },
      }),
    ).rejects.toThrow(/report\.txt/);
  });

  it('reports the analysis error when both fail, and leaves no git rejection unhandled', async () => {
    const repo = await GitRepo.init();
    await repo.commit('c', { 'src/a.js': 'a\n', 'lcov.info': 'SF:elsewhere/b.js\nDA:1,1\nend_of_record\n' });
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => void unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(
        runGate({
          analyze: { reports: ['lcov.info'], cwd: repo.dir },
          config: cfg({}),
          change: { sources: [{ kind: 'git', base: 'f'.repeat(40), allowFetch: false }] },
        }),
      ).rejects.toThrow(/None of the 1 report\(s\) holds a file of this repository/);
      // The abandoned git run ends on its own (two git runs at most); give it time to.
      await new Promise((r) => setTimeout(r, 1500));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('startGateGit: an entry starts git before it looks for the reports', () => {
  it('gives runGate the change and the file list it would have asked git for', async () => {
    const repo = await GitRepo.init();
    const base = await repo.commit('base', { 'src/a.js': 'a\n' });
    await repo.commit('c', { 'src/a.js': 'a\nb\n', 'lcov.info': 'SF:src/a.js\nDA:1,1\nDA:2,0\nend_of_record\n' });
    const change = { sources: [{ kind: 'git' as const, base, allowFetch: false }] };
    const started = startGateGit(repo.dir, change);
    const r = await runGate({
      analyze: { reports: ['lcov.info'], cwd: repo.dir },
      config: cfg({}),
      change,
      started,
    });
    expect(r.analysis.diff!.mergeBase).toBe(base);
    expect(r.analysis.diff!.lines).toEqual({ covered: 0, total: 1 });
    expect(r.analysis.files.map((f) => f.path)).toEqual(['src/a.js']);
  });

  it('takes one git run in the usual case (the base among HEAD ancestors): the diff; merge base, top level and files are read here', async () => {
    const repo = await GitRepo.init();
    const base = await repo.commit('base', { 'src/a.js': 'a\n' });
    await repo.commit('c', { 'src/a.js': 'a\nb\n' });
    const change = { sources: [{ kind: 'git' as const, base, allowFetch: false }] };
    let started: ReturnType<typeof startGateGit> | undefined;
    const runs = await gitRuns(async () => {
      started = startGateGit(join(repo.dir, 'src'), change);
      await Promise.all([started.repo, started.change]);
    });
    expect(runs).toEqual(['diff']);
    const repoFiles = await started!.repo;
    expect(repoFiles).toEqual({ ok: true, value: { workspace: repo.dir, files: ['src/a.js'] } });
    const measured = await started!.change!;
    expect(measured.ok && measured.value.mergeBase).toBe(base);
    expect(measured.ok && measured.value.parsed.files.map((f) => f.path)).toEqual(['src/a.js']);
  });

  it('takes two git runs, started together, when the base is not an ancestor of HEAD: rev-parse (top level, merge base) and the diff', async () => {
    const repo = await GitRepo.init();
    const first = await repo.commit('base', { 'src/a.js': 'a\n' });
    await repo.branch('side');
    const side = await repo.commit('side', { 'src/s.js': 's\n' });
    await repo.checkout('main');
    await repo.commit('c', { 'src/a.js': 'a\nb\n' });
    const change = { sources: [{ kind: 'git' as const, base: side, allowFetch: false }] };
    let started: ReturnType<typeof startGateGit> | undefined;
    // The runs start together: their order varies.
    const runs = (
      await gitRuns(async () => {
        started = startGateGit(join(repo.dir, 'src'), change);
        await Promise.all([started.repo, started.change]);
      })
    ).sort();
    expect(runs).toEqual(['diff', 'rev-parse']);
    expect(await started!.repo).toEqual({ ok: true, value: { workspace: repo.dir, files: ['src/a.js'] } });
    const measured = await started!.change!;
    expect(measured.ok && measured.value.mergeBase).toBe(first);
    expect(measured.ok && measured.value.parsed.files.map((f) => f.path)).toEqual(['src/a.js']);
  });

  it('several merge bases, or a base that is not here: the careful way, with the same answers', async () => {
    const repo = await GitRepo.init();
    await repo.commit('base', { 'src/a.js': 'a\n' });
    await repo.branch('x');
    await repo.checkout('x');
    const x1 = await repo.commit('x1', { 'src/x.js': 'x\n' });
    await repo.checkout('main');
    const m1 = await repo.commit('m1', { 'src/m.js': 'm\n' });
    await repo.git('merge', '--quiet', '--no-edit', 'x');
    await repo.checkout('x');
    await repo.git('merge', '--quiet', '--no-edit', m1);
    const picked = (await repo.git('merge-base', 'main', 'x')).trim();
    expect([m1, x1]).toContain(picked);
    const criss = startGateGit(repo.dir, { sources: [{ kind: 'git', base: 'main', allowFetch: false }] });
    const c = await criss.change!;
    expect(c.ok && c.value.mergeBase).toBe(picked);
    expect((await criss.repo).ok).toBe(true);
    // A base that is not in the clone: the change fails with what to do; the file list is still there.
    const missing = startGateGit(repo.dir, { sources: [{ kind: 'git', base: 'f'.repeat(40), allowFetch: false }] });
    const m = await missing.change!;
    expect(!m.ok && String(m.error)).toMatch(/The base commit f{40} is not in this clone/);
    const files = await missing.repo;
    expect(files.ok && files.value.workspace).toBe(repo.dir);
    expect(files.ok && files.value.files.sort()).toEqual(['src/a.js', 'src/m.js', 'src/x.js']);
  });

  it('runGate takes what was started, not git again: an early failure is the error without fetching', async () => {
    const repo = await GitRepo.init();
    const base = await repo.commit('base', { 'src/a.js': 'a\n' });
    await repo.commit('c', { 'src/a.js': 'a\nb\n', 'lcov.info': 'SF:src/a.js\nDA:1,1\nDA:2,0\nend_of_record\n' });
    const change = { sources: [{ kind: 'git' as const, base, allowFetch: false }] };
    const started = {
      ...startGateGit(repo.dir, change),
      change: Promise.resolve({ ok: false as const, error: new Error('the early git run failed') }),
    };
    await expect(
      runGate({ analyze: { reports: ['lcov.info'], cwd: repo.dir }, config: cfg({}), change, started }),
    ).rejects.toThrow('the early git run failed');
    // With fetching allowed, the early failure is not final: the change is measured again.
    const fetching = { sources: [{ kind: 'git' as const, base, allowFetch: true }] };
    const r = await runGate({
      analyze: { reports: ['lcov.info'], cwd: repo.dir },
      config: cfg({}),
      change: fetching,
      started,
    });
    expect(r.analysis.diff!.mergeBase).toBe(base);
  });
});
