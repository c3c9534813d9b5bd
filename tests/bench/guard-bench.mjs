#!/usr/bin/env node
// Benchmark of packages/guard: precision and recall of the secret detectors on the generated corpus
// (tests/fixtures/guard/generate.mjs, several seeds), and a full scan of a generated repository of
// N files (source text, JSON/YAML/TOML, workflows, 2% binary, 1% with a planted credential),
// committed to git and scanned as `quality guard --all` scans it (runGuard: `git ls-files` once,
// each file read once), then `--staged` on a 20-file change. Self-contained: bundles the engine
// with ncc into a temp dir. CPU time is printed next to wall time: on a loaded machine it is the
// figure to compare.
//
//   node tests/bench/guard-bench.mjs [--files 10000] [--seeds 10] [--keep DIR] [--json]
//
// --keep DIR generates the repository into DIR once and reuses it (for profiling:
// node --cpu-prof tests/bench/guard-bench.mjs --keep /tmp/x --seeds 0).
// Goal (issue 14): 100,000 files in under 5 s, --staged on 20 files under 300 ms.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
  const result = await guard.runGuard({ root, scope: { kind: 'all' } });
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
  const staged = await guard.runGuard({ root, scope: { kind: 'staged' } });
  const scpu = process.cpuUsage(scpu0);
  const s1 = performance.now();
  git('reset', '-q', '--hard', 'HEAD');
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
      totalMs: Math.round(t2 - t0),
      per100kFilesS: +((((t2 - t0) / entries.length) * 100_000) / 1000).toFixed(2),
      scanned: result.scanned,
      skipped: result.skipped,
      planted: plantedCount,
      stagedFiles: staged.files,
      stagedMs: Math.round(s1 - s0),
      stagedCpuMs: Math.round((scpu.user + scpu.system) / 1000),
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
      `guard --all: ${s.files} files (${s.skipped.binary} binary skipped) in ${s.totalMs} ms wall, ${s.scanCpuMs} ms CPU (git ls-files, read, scan); ${s.per100kFilesS} s wall per 100,000 files extrapolated`,
    );
    console.log(`guard --staged: ${s.stagedFiles} files in ${s.stagedMs} ms wall, ${s.stagedCpuMs} ms CPU`);
    console.log(
      `  planted ${s.planted} credentials, ${s.secretFindings} secret findings; other findings: ${JSON.stringify(s.otherFindings)}`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(0);
