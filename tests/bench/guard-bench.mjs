#!/usr/bin/env node
// Benchmark of packages/guard: precision and recall of the secret detectors on the generated corpus
// (tests/fixtures/guard/generate.mjs, several seeds), and a full scan of a generated repository of
// N files (source text, JSON/YAML/TOML, workflows, 2% binary, 1% with a planted credential),
// committed to git and scanned as `quality guard --all` scans it (runGuard: `git ls-files` once,
// each file read once), then `--staged` on a 20-file change. Self-contained: bundles the engine
// with ncc into a temp dir. CPU time is printed next to wall time: on a loaded machine it is the
// figure to compare (on Linux: the process with its reader thread and git children, and the main
// thread alone, which bounds the wall time on an idle machine with two cores or more).
//
//   node tests/bench/guard-bench.mjs [--files 10000] [--seeds 10] [--keep DIR] [--cli FILE] [--json]
//
// --cli FILE also times `node FILE guard --staged` as a user runs it (e.g. dist/cli/index.js after
// `npm run build`), 5 runs, best and median.
// --keep DIR generates the repository into DIR once and reuses it (for profiling:
// node --cpu-prof tests/bench/guard-bench.mjs --keep /tmp/x --seeds 0).
// Goal (issue 14): 100,000 files in under 5 s, --staged on 20 files under 300 ms.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus, makeGen } from '../fixtures/guard/generate.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const files = opt('--files', 10_000);
const seeds = opt('--seeds', 10);
const asJson = args.includes('--json');
const keep = args.includes('--keep') ? resolve(args[args.indexOf('--keep') + 1]) : undefined;
const cli = args.includes('--cli') ? resolve(args[args.indexOf('--cli') + 1]) : undefined;

/** CPU ms from /proc (Linux): this process, its waited-for children, and the main thread alone. */
function cpuNow() {
  try {
    const f = (file) =>
      readFileSync(file, 'utf8')
        .replace(/^.*\) /s, '')
        .split(' ')
        .map(Number);
    const p = f('/proc/self/stat'); // after "pid (comm) ": state is [0], utime [11], stime [12], cutime [13], cstime [14]
    const m = f(`/proc/self/task/${process.pid}/stat`);
    const ms = (t) => t * 10; // USER_HZ is 100 on Linux
    return { self: ms(p[11] + p[12]), children: ms(p[13] + p[14]), main: ms(m[11] + m[12]) };
  } catch {
    return undefined;
  }
}
const cpuSince = (a, b) =>
  a && b && { self: b.self - a.self, children: b.children - a.children, main: b.main - a.main };

const tmp = mkdtempSync(join(tmpdir(), 'quality-guard-bench-'));
try {
  execFileSync(
    process.execPath,
    [
      join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(repo, 'packages/guard/src/index.ts'),
      '-o',
      join(tmp, 'bundle'),
      '-q',
      '-t',
    ],
    { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  appendFileSync(join(tmp, 'bundle/index.js'), '\nexport default __webpack_exports__;\n');
  const mod = await import(pathToFileURL(join(tmp, 'bundle/index.js')).href);
  const guard = typeof mod.findSecrets === 'function' ? mod : mod.default;

  // ------------------------------------------------------------ precision / recall
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let decoyFiles = 0;
  const perKind = {};
  for (let seed = 1; seed <= seeds; seed++) {
    const { positives, decoys } = generateCorpus(seed, 10);
    for (const p of positives) {
      const found = guard.findSecrets(p.path, p.text);
      const hit = found.some((f) => f.rule === `secret/${p.kind}` && f.secret === p.secret);
      perKind[p.kind] ??= { planted: 0, found: 0 };
      perKind[p.kind].planted++;
      if (hit) (tp++, perKind[p.kind].found++);
      else fn++;
      fp += found.filter((f) => f.secret !== p.secret).length;
    }
    for (const d of decoys) {
      decoyFiles++;
      fp += guard.findSecrets(d.path, d.text).length;
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);

  // ------------------------------------------------------------ repository scan
  const g = makeGen(42);
  const root = keep ?? join(tmp, 'repo');
  const reuse = keep !== undefined && existsSync(join(keep, '.git'));
  const planted = generateCorpus(99, Math.ceil(files / 100 / 14)).positives;
  const words = [
    'const',
    'let',
    'return',
    'function',
    'value',
    'item',
    'index',
    'result',
    'config',
    'options',
    'await',
    'import',
  ];
  const line = () => `  ${Array.from({ length: 6 + Math.floor(g.r() * 8) }, () => g.pick(words)).join(' ')};`;
  const paths = [];
  let plantedCount = 0;
  for (let i = 0; i < (reuse ? 0 : files); i++) {
    const dir = `src/m${i % 200}`;
    const k = g.r();
    let path;
    let body;
    if (k < 0.02) {
      path = `${dir}/img${i}.png`;
      body = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        Buffer.from(g.str('abcdef0123', 4000)),
      ]);
    } else if (k < 0.07) {
      path = `${dir}/data${i}.json`;
      body = JSON.stringify(
        {
          name: `pkg${i}`,
          version: '1.0.0',
          items: Array.from({ length: 20 }, (_, j) => ({ id: j, v: g.str('abc', 8) })),
        },
        null,
        2,
      );
    } else if (k < 0.12) {
      path = `${dir}/conf${i}.yml`;
      body = Array.from(
        { length: 40 },
        (_, j) => `key${j}:\n  value: ${g.str('abcdefgh', 10)}\n  list: [1, 2, 3]`,
      ).join('\n');
    } else if (k < 0.13) {
      path = `${dir}/conf${i}.toml`;
      body = Array.from({ length: 30 }, (_, j) => `[section${j}]\nname = "${g.str('abcdef', 8)}"\ncount = ${j}`).join(
        '\n',
      );
    } else if (k < 0.14 && plantedCount < planted.length) {
      const p = planted[plantedCount++];
      path = `${dir}/${i}-${p.path.replace(/\//g, '_')}`;
      body = /\.(?:ya?ml|json|toml|ini|html)$/.test(p.path)
        ? p.text
        : `${Array.from({ length: 30 }, line).join('\n')}\n${p.text}`;
    } else {
      path = `${dir}/file${i}.ts`;
      body = `export function f${i}() {\n${Array.from({ length: 40 + Math.floor(g.r() * 40) }, line).join('\n')}\n}\n`;
    }
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
    paths.push(path);
  }
  for (let w = 0; w < (reuse ? 0 : 20); w++) {
    const path = `.github/workflows/w${w}.yml`;
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(
      join(root, path),
      `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${'a'.repeat(40)}\n      - run: npm test\n`,
    );
    paths.push(path);
  }

  const git = (...a) =>
    execFileSync('git', a, {
      cwd: root,
      maxBuffer: 1 << 30,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'b',
        GIT_AUTHOR_EMAIL: 'b@x',
        GIT_COMMITTER_NAME: 'b',
        GIT_COMMITTER_EMAIL: 'b@x',
      },
    });
  if (!reuse) {
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'bench');
  }
  if (reuse)
    plantedCount = git('ls-files')
      .toString()
      .split('\n')
      .filter((p) => /^src\/m\d+\/\d+-/.test(p)).length;

  const t0 = performance.now();
  const t1 = t0;
  const cpu0 = process.cpuUsage();
  const proc0 = cpuNow();
  const result = await guard.runGuard({ root, scope: { kind: 'all' } });
  const proc = cpuSince(proc0, cpuNow());
  const cpu = process.cpuUsage(cpu0);
  const t2 = performance.now();
  const entries = { length: result.files };

  // --staged: 20 files changed and staged (put back afterwards).
  const tracked = git('ls-files', '-z', '--', 'src/m1*')
    .toString()
    .split('\0')
    .filter((p) => p.endsWith('.ts'))
    .slice(0, 20);
  for (const p of tracked) appendFileSync(join(root, p), '// staged change\n');
  git('add', '--', ...tracked);
  const s0 = performance.now();
  const scpu0 = process.cpuUsage();
  const sproc0 = cpuNow();
  const staged = await guard.runGuard({ root, scope: { kind: 'staged' } });
  const sproc = cpuSince(sproc0, cpuNow());
  const scpu = process.cpuUsage(scpu0);
  const s1 = performance.now();
  // The CLI as a user runs it: node, the bundle, the config lookup, git.
  const cliRuns = [];
  for (let i = 0; cli && i < 5; i++) {
    const c0 = cpuNow();
    const w0 = performance.now();
    execFileSync(process.execPath, [cli, 'guard', '--staged', '--root', root], { stdio: 'ignore' });
    const c = cpuSince(c0, cpuNow());
    cliRuns.push({ ms: performance.now() - w0, cpuMs: c?.children });
  }
  git('reset', '-q', '--hard', 'HEAD');
  const best = (xs) => Math.round(Math.min(...xs));
  const median = (xs) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  const otherRules = {};
  for (const f of result.findings)
    if (!f.rule.startsWith('secret/')) otherRules[f.rule] = (otherRules[f.rule] ?? 0) + 1;
  const secretFindings = result.findings.filter((f) => f.rule.startsWith('secret/'));
  const out = {
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    corpus: {
      seeds,
      planted: tp + fn,
      decoyFiles,
      truePositives: tp,
      falseNegatives: fn,
      falsePositives: fp,
      precision,
      recall,
      perKind,
    },
    scan: {
      files: entries.length,
      scanMs: Math.round(t2 - t1),
      scanCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      scanGitCpuMs: proc?.children,
      scanMainThreadCpuMs: proc?.main,
      totalMs: Math.round(t2 - t0),
      per100kFilesS: +((((t2 - t0) / entries.length) * 100_000) / 1000).toFixed(2),
      scanned: result.scanned,
      skipped: result.skipped,
      planted: plantedCount,
      stagedFiles: staged.files,
      stagedMs: Math.round(s1 - s0),
      stagedCpuMs: Math.round((scpu.user + scpu.system) / 1000),
      stagedGitCpuMs: sproc?.children,
      cliStaged: cliRuns.length
        ? {
            runs: cliRuns.length,
            bestMs: best(cliRuns.map((r) => r.ms)),
            medianMs: median(cliRuns.map((r) => r.ms)),
            bestCpuMs: cliRuns[0].cpuMs === undefined ? undefined : best(cliRuns.map((r) => r.cpuMs)),
            medianCpuMs: cliRuns[0].cpuMs === undefined ? undefined : median(cliRuns.map((r) => r.cpuMs)),
          }
        : undefined,
      secretFindings: secretFindings.length,
      otherFindings: otherRules,
    },
  };
  if (asJson) console.log(JSON.stringify(out, null, 2));
  else {
    console.log(`load average: ${out.load}`);
    console.log(
      `corpus: ${seeds} seeds, ${tp + fn} planted, ${decoyFiles} decoy files: precision ${(precision * 100).toFixed(2)}%, recall ${(recall * 100).toFixed(2)}% (fp ${fp}, fn ${fn})`,
    );
    for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(28)} ${v.found}/${v.planted}`);
    const s = out.scan;
    console.log(
      `guard --all: ${s.files} files (${s.skipped.binary} binary skipped, ${s.skipped.prefiltered} without a trigger text) in ${s.totalMs} ms wall, ${s.scanCpuMs} ms CPU (all threads${s.scanMainThreadCpuMs !== undefined ? `; main thread ${s.scanMainThreadCpuMs} ms, git ${s.scanGitCpuMs} ms` : ''}); ${s.per100kFilesS} s wall per 100,000 files extrapolated`,
    );
    console.log(
      `guard --staged: ${s.stagedFiles} files in ${s.stagedMs} ms wall, ${s.stagedCpuMs} ms CPU${s.stagedGitCpuMs !== undefined ? ` (+ git ${s.stagedGitCpuMs} ms)` : ''} (in process)`,
    );
    if (s.cliStaged)
      console.log(
        `quality guard --staged (CLI, ${s.cliStaged.runs} runs): best ${s.cliStaged.bestMs} ms wall, median ${s.cliStaged.medianMs} ms` +
          (s.cliStaged.bestCpuMs !== undefined
            ? `; CPU (node and git) best ${s.cliStaged.bestCpuMs} ms, median ${s.cliStaged.medianCpuMs} ms`
            : ''),
      );
    console.log(
      `  planted ${s.planted} credentials, ${s.secretFindings} secret findings; other findings: ${JSON.stringify(s.otherFindings)}`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(0);
