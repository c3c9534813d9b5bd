#!/usr/bin/env node
/**
 * lcov parser benchmark: node tests/bench/lcov-bench.mjs [--size-mb N] [--copies K] [--slice-mb N] [--keep]
 *
 * 1. Generates (in os.tmpdir(), never in the repository) an lcov tracefile of about N MB
 *    (default 200; 1024 works) shaped like geninfo output (see section()): F source files,
 *    written K = --copies times (default 2) under different TNs with different hits, so
 *    (K-1)/K of the parse is merging and 1/K of the file is distinct data the model keeps.
 *    --file PATH reuses a tracefile (e.g. one kept with --keep) instead of generating one.
 * 2. Transpiles the parser's TypeScript sources (ts.transpileModule, no type check: the
 *    bench must not depend on the rest of the tree compiling) into a temp dir.
 * 3. Measures, on the same file: a raw Buffer scan counting '\n' (1 MiB reads), readline
 *    counting lines, our parser (in a child process, to get ITS peak RSS from
 *    process.resourceUsage().maxRSS), and `lcov-parse` (the npm parser peers use) on a
 *    --slice-mb prefix (default 20 MB): lcov-parse reads the whole file into one string
 *    and splits it, so it cannot take hundreds of MB (V8's string limit is ~512 MiB, and
 *    its memory grows with the file). The slice comparison runs each parser in its own fresh
 *    processes (two each, alternated), excludes a warm-up run, and keeps the best of --runs
 *    (3) per process: same bytes, same conditions for both.
 * Prints MB/s for each and the parser's peak RSS. Scans are best of 2, the full parse runs
 * once (its child also gives the peak RSS).
 *
 * The slice is the first copy only: every record there is new data (new files, growing
 * tables, new function names), while (K-1)/K of the full file merges into tables that
 * exist. On a quiet machine both are now about 180-200 MB/s: new names are copied as bytes
 * into the file's function table (no string, no Map), and merging finds them at a cursor.
 */
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  writeFileSync,
  mkdirSync,
  readFileSync,
  statSync,
  openSync,
  readSync,
  closeSync,
  rmSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join, dirname, resolve, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? def : Number(process.argv[i + 1]);
}
const SIZE_MB = arg('size-mb', 200);
const SLICE_MB = arg('slice-mb', 20);
const COPIES = arg('copies', 2);
const RUNS = arg('runs', 3);
const KEEP = process.argv.includes('--keep');
const REUSE = process.argv.includes('--file') ? process.argv[process.argv.indexOf('--file') + 1] : null;
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------- slice child mode
// node lcov-bench.mjs --slice-child <ours|lcov-parse> <bundle> <file> <runs>: a fresh process per
// parser, so neither pays for the other's garbage, JIT state or heap growth; one warm-up run
// (compiles the hot code, loads the module) is excluded, then best of <runs>. Both read the
// same file from disk inside the timed region (lcov-parse with fs.readFile, ours streamed).
if (process.argv[2] === '--slice-child') {
  const [, , , which, bundle, file, n] = process.argv;
  let run;
  if (which === 'lcov-parse') {
    const lp = require('lcov-parse');
    run = () =>
      new Promise((res, rej) => lp(file, (err, data) => (err ? rej(new Error(String(err))) : res(data.length))));
  } else {
    const { parseLcov } = await import(pathToFileURL(join(bundle, 'packages/coverage/src/parsers/lcov.js')).href);
    const { openReport } = await import(pathToFileURL(join(bundle, 'packages/coverage/src/input.js')).href);
    run = async () => (await parseLcov(openReport(file), { name: file })).files.size;
  }
  const warm = await time(run, 1);
  const best = await time(run, Number(n));
  process.stdout.write(JSON.stringify({ warmMs: warm.ms, ms: best.ms, all: best.all }));
  process.exit(0);
}

// ---------------------------------------------------------------------------- child mode
if (process.argv[2] === '--child') {
  const [, , , bundle, file, spill, budgetMb] = process.argv;
  const { parseLcov } = await import(pathToFileURL(join(bundle, 'packages/coverage/src/parsers/lcov.js')).href);
  const { openReport } = await import(pathToFileURL(join(bundle, 'packages/coverage/src/input.js')).href);
  const { summarizeFile, totalsOf } = await import(
    pathToFileURL(join(bundle, 'packages/coverage/src/model/index.js')).href
  );
  const t0 = process.hrtime.bigint();
  // spill '-': everything in memory; else a temp folder for the spill file, as the CLI and the gate run it
  const r = await parseLcov(openReport(file), {
    name: file,
    spillDir: spill === '-' ? undefined : spill,
    freezeAboveBytes: budgetMb ? Number(budgetMb) * MB : undefined,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const t = totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssKb: process.resourceUsage().maxRSS,
      mem: process.memoryUsage(),
      files: r.files.size,
      frozen: [...r.files.values()].filter((f) => f.frozen).length,
      totals: t,
    }),
  );
  process.exit(0);
}

// ---------------------------------------------------------------------------- transpile
function transpile() {
  const ts = require('typescript');
  const out = mkdtempSync(join(tmpdir(), 'lcov-bench-js-'));
  const seen = new Set();
  const queue = [join(REPO, 'packages/coverage/src/parsers/lcov.ts'), join(REPO, 'packages/coverage/src/input.ts')];
  // '@quality/kit/<name>' is a workspace package exporting .ts (its package.json says where):
  // point each at the transpiled file.
  const kitExports = JSON.parse(readFileSync(join(REPO, 'packages/kit/package.json'), 'utf8')).exports;
  while (queue.length) {
    const src = queue.pop();
    if (seen.has(src)) continue;
    seen.add(src);
    let code = readFileSync(src, 'utf8');
    const rel = relative(REPO, src).replace(/\.ts$/, '.js');
    code = code.replace(/from '@quality\/kit\/([\w-]+)'/g, (_, name) => {
      const target = kitExports[`./${name}`];
      if (!target) throw new Error(`lcov-bench: @quality/kit/${name} is not in packages/kit/package.json exports`);
      const ts = join(REPO, 'packages/kit', target);
      queue.push(ts);
      let p = relative(dirname(join(out, rel)), join(out, relative(REPO, ts).replace(/\.ts$/, '.js')));
      if (!p.startsWith('.')) p = `./${p}`;
      return `from '${p}'`;
    });
    for (const m of code.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) queue.push(resolve(dirname(src), `${m[1]}.ts`));
    const js = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    }).outputText;
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel), js);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return out;
}

// ---------------------------------------------------------------------------- generate
/** xorshift32 seeded per (file, copy): the structure of a file is the same in every copy, its hits are not. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/**
 * One geninfo (lcov 1.x, gcov) section, record order as geninfo writes it: TN, SF, FN*, FNDA*,
 * FNF, FNH, BRDA*, BRF, BRH, DA*, LF, LH, end_of_record. Shape: source files of 60..1500 lines
 * (a few up to 6000), DA on ~60% of the lines, a function every ~15 lines (mangled C++ names),
 * BRDA on ~10% of the DA lines (2 branches, sometimes 4; ~15% never evaluated '-'), hits
 * 0 on ~25% of lines and otherwise spread from 1 to ~100k (a few hot loops).
 */
function section(tn, i, variant) {
  const shape = rng(i * 2654435761 + 1);
  const hit = rng(i * 2654435761 + 7919 * (variant + 1));
  const L = shape(20) === 0 ? 1500 + shape(4500) : 60 + shape(1440);
  const dir = `/home/runner/work/project/project/src/module${i % 97}/sub${i % 13}`;
  let s = `TN:${tn}\nSF:${dir}/file_${i}.cpp\n`;
  const lines = [];
  for (let l = 1; l <= L; l++) if (shape(10) < 6) lines.push(l);
  const fns = [];
  for (let l = 1; l <= L; l += 8 + shape(15))
    fns.push([l, `_ZN7project8module${i % 97}${'Impl'.repeat(1 + shape(3))}${8 + (l % 10)}function${l}Ev`]);
  for (const [l, n] of fns) s += `FN:${l},${n}\n`;
  let fnh = 0;
  for (const [, n] of fns) {
    const h = hit(3) === 0 ? 0 : 1 + hit(hit(4) === 0 ? 100000 : 50);
    s += `FNDA:${h},${n}\n`;
    if (h) fnh++;
  }
  s += `FNF:${fns.length}\nFNH:${fnh}\n`;
  let brf = 0;
  let brh = 0;
  let block = 0;
  for (const l of lines) {
    if (shape(10) !== 0) continue;
    const n = shape(5) === 0 ? 4 : 2;
    const never = hit(7) === 0;
    for (let b = 0; b < n; b++) {
      const t = never ? '-' : String(hit(3) === 0 ? 0 : 1 + hit(1000));
      s += `BRDA:${l},${block},${b},${t}\n`;
      brf++;
      if (t !== '-' && t !== '0') brh++;
    }
    block++;
  }
  s += `BRF:${brf}\nBRH:${brh}\n`;
  let lh = 0;
  for (const l of lines) {
    const h = hit(4) === 0 ? 0 : 1 + hit(hit(20) === 0 ? 100000 : 300);
    s += `DA:${l},${h}\n`;
    if (h) lh++;
  }
  s += `LF:${lines.length}\nLH:${lh}\nend_of_record\n`;
  return s;
}

async function generate(file, sizeMb) {
  let perSection = 0;
  for (let i = 0; i < 200; i++) perSection += Buffer.byteLength(section('shard_0', i, 0));
  perSection /= 200;
  const files = Math.max(1, Math.round((sizeMb * MB) / COPIES / perSection));
  const out = createWriteStream(file, { highWaterMark: 4 * MB });
  for (let variant = 0; variant < COPIES; variant++) {
    const tn = `shard_${variant}`;
    let buf = '';
    for (let i = 0; i < files; i++) {
      buf += section(tn, i, variant);
      if (buf.length > 4 * MB) {
        if (!out.write(buf)) await once(out, 'drain');
        buf = '';
      }
    }
    out.write(buf);
  }
  out.end();
  await once(out, 'finish');
  return files;
}

// ---------------------------------------------------------------------------- measures
async function rawScan(file) {
  let n = 0;
  for await (const c of createReadStream(file, { highWaterMark: MB })) {
    for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) n++;
  }
  return n;
}

async function readlineScan(file) {
  let n = 0;
  const rl = createInterface({ input: createReadStream(file, { highWaterMark: MB }), crlfDelay: Infinity });
  for await (const line of rl) if (line !== undefined) n++;
  return n;
}

function slice(file, mb) {
  const size = Math.min(statSync(file).size, mb * MB);
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(size);
  readSync(fd, buf, 0, size, 0);
  closeSync(fd);
  const end = buf.lastIndexOf('end_of_record\n');
  const path = `${file}.slice`;
  writeFileSync(path, buf.subarray(0, end + 'end_of_record\n'.length));
  return path;
}

/** Best of RUNS (the machine may be shared: the minimum is the least disturbed run). */
async function time(fn, runs = RUNS) {
  let best = null;
  const all = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const v = await fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    all.push(Math.round(ms));
    if (!best || ms < best.ms) best = { ms, v };
  }
  return { ...best, all };
}

const mbps = (bytes, ms) => bytes / MB / (ms / 1000);

// ---------------------------------------------------------------------------- main
const work = mkdtempSync(join(tmpdir(), 'lcov-bench-'));
const file = REUSE ?? join(work, 'big.info');
let bundle = null;
try {
  if (!REUSE) process.stderr.write(`generating ~${SIZE_MB} MB in ${work} ...\n`);
  const nFiles = REUSE ? '?' : await generate(file, SIZE_MB);
  const bytes = statSync(file).size;
  process.stderr.write(`  ${(bytes / MB).toFixed(0)} MB, ${nFiles} files x ${COPIES} sections\ntranspiling ...\n`);
  bundle = transpile();

  const rows = [];
  const raw = await time(() => rawScan(file), Math.min(RUNS, 2));
  rows.push(['raw Buffer scan (count \\n)', bytes, raw.ms, '']);
  const rl = await time(() => readlineScan(file), Math.min(RUNS, 2));
  rows.push(['readline (count lines)', bytes, rl.ms, '']);

  // The full parse twice, each in its own process: as the CLI and the gate run it (finished
  // files past the memory budget go to a spill file in the temp folder), and all in memory.
  // Both must give the same totals.
  const full = {};
  for (const [mode, spill] of [
    ['spill', tmpdir()],
    ['memory', '-'],
  ]) {
    process.stderr.write(`our parser (child process, ${mode}) ...\n`);
    full[mode] = JSON.parse(
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', bundle, file, spill], {
        maxBuffer: 16 * MB,
        encoding: 'utf8',
      }),
    );
  }
  if (JSON.stringify(full.spill.totals) !== JSON.stringify(full.memory.totals)) {
    throw new Error(
      `totals differ: spill ${JSON.stringify(full.spill.totals)} vs memory ${JSON.stringify(full.memory.totals)}`,
    );
  }
  for (const [mode, child] of Object.entries(full)) {
    rows.push([
      `quality parseLcov (full parse + merge, ${mode === 'spill' ? 'spill file' : 'all in memory'})`,
      bytes,
      child.ms,
      `peak RSS ${(child.maxRssKb / 1024).toFixed(0)} MB, ${child.frozen} of ${child.files} files frozen (at exit heap ${(child.mem.heapUsed / MB).toFixed(0)} MB, array buffers ${(child.mem.arrayBuffers / MB).toFixed(0)} MB)`,
    ]);
  }

  let lp = null;
  try {
    lp = require('lcov-parse');
  } catch {
    process.stderr.write('lcov-parse is not installed (npm install --save-dev lcov-parse@1.0.0): skipped\n');
  }
  if (lp) {
    const small = slice(file, SLICE_MB);
    const sBytes = statSync(small).size;
    // Separate fresh processes, alternated (lcov-parse, ours, lcov-parse, ours) so a slow
    // spell of the shared machine hits both; each: warm-up excluded, best of RUNS.
    const sliceChild = (which) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [fileURLToPath(import.meta.url), '--slice-child', which, bundle, small, String(RUNS)],
          {
            maxBuffer: MB,
            encoding: 'utf8',
          },
        ),
      );
    process.stderr.write(`slice ${(sBytes / MB).toFixed(0)} MB: lcov-parse and ours, each in fresh processes ...\n`);
    const best = { 'lcov-parse': null, ours: null };
    for (let round = 0; round < 2; round++) {
      for (const which of ['lcov-parse', 'ours']) {
        const r = sliceChild(which);
        if (!best[which] || r.ms < best[which].ms) best[which] = r;
      }
    }
    const runsNote = (r) =>
      `best of ${RUNS} x 2 processes, warm-up excluded (cold run ${(r.warmMs / 1000).toFixed(2)} s)`;
    rows.push([
      `lcov-parse 1.0.0 (${(sBytes / MB).toFixed(0)} MB slice: reads whole files)`,
      sBytes,
      best['lcov-parse'].ms,
      runsNote(best['lcov-parse']),
    ]);
    rows.push([`quality parseLcov (same slice, own process)`, sBytes, best.ours.ms, runsNote(best.ours)]);
  }

  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(
    `\nlcov parse benchmark, node ${process.version}, file ${(bytes / MB).toFixed(0)} MB (${REUSE ? `reused ${REUSE}` : `${nFiles} files x ${COPIES} sections`})\n`,
  );
  console.log(`${'what'.padEnd(w)}  ${'MB'.padStart(7)}  ${'seconds'.padStart(8)}  ${'MB/s'.padStart(8)}  notes`);
  for (const [name, b, ms, note] of rows) {
    console.log(
      `${name.padEnd(w)}  ${(b / MB).toFixed(0).padStart(7)}  ${(ms / 1000).toFixed(2).padStart(8)}  ${mbps(b, ms).toFixed(0).padStart(8)}  ${note}`,
    );
  }
  const ours = mbps(bytes, full.spill.ms);
  console.log(`\nours / readline: ${(ours / mbps(bytes, rl.ms)).toFixed(2)}x (goal >= 0.33)`);
  if (lp) {
    const lpRow = rows.find((r) => r[0].startsWith('lcov-parse'));
    const oursSlice = rows.find((r) => r[0].includes('same slice'));
    console.log(
      `ours / lcov-parse (same slice): ${(mbps(oursSlice[1], oursSlice[2]) / mbps(lpRow[1], lpRow[2])).toFixed(1)}x (goal >= 10)`,
    );
  }
  console.log(
    `peak RSS of our parse: ${(full.spill.maxRssKb / 1024).toFixed(0)} MB with the spill file, ${(full.memory.maxRssKb / 1024).toFixed(0)} MB all in memory (goal < 300 MB on 1 GB)`,
  );
  console.log(`totals (equal in both full parses): ${JSON.stringify(full.spill.totals)}`);
} finally {
  if (!KEEP) {
    rmSync(work, { recursive: true, force: true });
    if (bundle) rmSync(bundle, { recursive: true, force: true });
  } else
    process.stderr.write(
      `kept ${work} and ${bundle} (re-run: node ${relative(process.cwd(), fileURLToPath(import.meta.url))} --child ${bundle} ${file} ${tmpdir()})\n`,
    );
}
