/**
 * `quality guard`: the guard rails (secrets, conflict markers, large or broken files, unsafe
 * workflows) on the repository's files. `--all` scans every tracked file; `--staged` the index
 * as it would be committed (what the pre-commit hook sees, not the work tree); `--base REF` only
 * what the change since the merge-base adds, so old findings do not block. A secret is never
 * printed: findings carry its first characters and length only.
 */
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseDiff } from '@quality/coverage';
import { parseBaseline, applyBaseline, scan, type GuardFinding, type ScanEntry } from '@quality/guard';
import { ConfigurationError } from '@quality/kit/errors';
import { escapeLine } from '@quality/kit/escape';
import { countFindings, failsAt, type FailLevel, type Severity } from '@quality/kit/findings';
import { repoRoot, runGit } from '@quality/kit/git';
import { changeBase, changeText } from '../change.js';
import { existingDir, fromCwd, parse, UsageError } from '../args.js';
import { configured } from '../config.js';
import type { CommandRun } from '../registry.js';

const HELP = `Usage: quality guard [--all | --staged | --base REF] [options]

The guard rails on your repository: credentials (AWS, GitHub, GitLab, Slack, Stripe, Google, npm,
private keys, JWTs, connection strings), merge-conflict markers, files over 500 KB, invalid
JSON/YAML/TOML, broken symlinks, shebang and executable bit, and workflows with unpinned or
injectable steps. A secret is never printed: only its first 4 characters and its length.

What is scanned:
  --all              every tracked file (the default)
  --staged           the index, as the next commit would hold it (the pre-commit hook's view)
  --base REF         what your change adds since the merge-base with REF (work tree included)

Options:
  --baseline FILE    accepted findings (fingerprints with a reason each): they do not count
  --fail-level L     error (default), warning, any or none: the lowest severity that fails
  --root DIR         a directory inside the repository (default: the current directory)
  --json             print {"findings":[...],"counts":{...}}
  -h, --help         show this help

Flags not given, and the rules (secrets, entropy, files, workflows, max-file-kb, forbid-crlf,
forbid-bom, rules: severity or off per rule id) are read from the guard section of
.github/quality.yml (or quality.yml).

Exit codes: 0 nothing at or above the fail level, 1 findings that fail, 2 a usage or configuration error.
`;

const OPTIONS = {
  all: { type: 'boolean' },
  staged: { type: 'boolean' },
  base: { type: 'string' },
  baseline: { type: 'string' },
  'fail-level': { type: 'string' },
  root: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `git ls-files -s -z` (or of the index for --staged): mode, object and path of each entry. */
async function indexEntries(
  root: string,
  paths?: readonly string[],
): Promise<{ mode: number; object: string; path: string }[]> {
  const args = ['ls-files', '-s', '-z', '--full-name'];
  if (paths) {
    if (paths.length === 0) return [];
    args.push('--', ...paths.map((p) => `:(literal)${p}`));
  }
  const out = (await runGit(root, args)).stdout.toString('utf8');
  return out
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, object] = line.slice(0, tab).split(' ');
      return { mode: parseInt(mode!, 8), object: object!, path: line.slice(tab + 1) };
    });
}

/** The work tree's file (lstat: a symlink is a link, never followed). */
function workTreeEntry(root: string, path: string, mode: number): ScanEntry | undefined {
  const abs = join(root, path);
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return undefined; // deleted in the work tree: nothing to scan
  }
  if (st.isSymbolicLink())
    return { path, mode: 0o120000, size: 0, symlinkTarget: readlinkSync(abs), read: () => Buffer.alloc(0) };
  if (!st.isFile()) return undefined;
  return {
    path,
    mode: st.mode & 0o111 ? 0o100755 : mode === 0o160000 ? mode : 0o100644,
    size: st.size,
    read: () => readFileSync(abs),
  };
}

/** The staged blob of an entry (what the commit would hold), read through git. */
async function stagedEntry(root: string, e: { mode: number; object: string; path: string }): Promise<ScanEntry> {
  if (e.mode === 0o160000) return { path: e.path, mode: e.mode, size: 0, read: () => Buffer.alloc(0) };
  const blob = (await runGit(root, ['cat-file', 'blob', e.object])).stdout;
  if (e.mode === 0o120000)
    return { path: e.path, mode: e.mode, size: 0, symlinkTarget: blob.toString('utf8'), read: () => Buffer.alloc(0) };
  return { path: e.path, mode: e.mode, size: blob.length, read: () => blob };
}

export const guardCommand: CommandRun = async (argv, io) => {
  const { values, inputs } = parse(argv, OPTIONS);
  if (values.help) {
    await io.stdout(HELP);
    return 0;
  }
  const modes = [values.all, values.staged, values.base !== undefined].filter(Boolean).length;
  if (modes > 1) throw new UsageError('Give one of --all, --staged or --base REF.');
  const cwd = existingDir(io.cwd, values.root, '--root');
  let root: string;
  try {
    root = await repoRoot(cwd);
  } catch {
    throw new ConfigurationError(
      `${cwd} is not inside a git repository: quality guard scans the files git tracks. Run it in your checkout.`,
    );
  }
  // Flags not given: the guard section of the config file (a baseline path there is from the root).
  const cfg = await configured(inputs, 'guard', root, io);
  const failLevel: FailLevel = cfg.enum('--fail-level', ['error', 'warning', 'any', 'none'] as const, 'error');
  const baselineArg = cfg.optional('--baseline');
  const baselineFile =
    baselineArg === undefined
      ? undefined
      : cfg.origin('--baseline')
        ? join(root, baselineArg)
        : fromCwd(io.cwd, baselineArg);
  const rules = (cfg.json('--rules') ?? {}) as Record<string, Severity | 'off'>;
  const all = await indexEntries(root);
  const allPaths = all.map((e) => e.path);

  let entries: ScanEntry[];
  /** --base: the lines the change adds, per path; a finding elsewhere is not the change's. */
  let added: Map<string, Set<number>> | undefined;
  let scope: string;
  if (values.staged) {
    const names = (
      await runGit(root, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=d'])
    ).stdout
      .toString('utf8')
      .split('\0')
      .filter(Boolean);
    entries = await Promise.all((await indexEntries(root, names)).map((e) => stagedEntry(root, e)));
    scope = `the index (${entries.length} staged file(s))`;
  } else if (values.base !== undefined) {
    const { base, mergeBase } = await changeBase(root, values.base);
    const diff = parseDiff(await changeText(root, mergeBase, false), { name: `git diff ${mergeBase.slice(0, 12)}` });
    added = new Map(diff.files.map((f) => [f.path, new Set(f.added)]));
    const modeOf = new Map(all.map((e) => [e.path, e.mode]));
    entries = diff.files.flatMap((f) => workTreeEntry(root, f.path, modeOf.get(f.path) ?? 0o100644) ?? []);
    scope = `the change since the merge-base ${mergeBase.slice(0, 12)} with ${base} (${entries.length} file(s))`;
  } else {
    entries = all.flatMap((e) => workTreeEntry(root, e.path, e.mode) ?? []);
    scope = `every tracked file (${entries.length})`;
  }

  const result = scan(entries, {
    allPaths,
    secrets: cfg.boolean('--secrets', true),
    entropy: cfg.boolean('--entropy', true),
    files: cfg.boolean('--files', true),
    workflows: cfg.boolean('--workflows', true),
    maxFileBytes: cfg.number('--max-file-kb', { integer: true, min: 1, default: 500 }) * 1024,
    forbidCrlf: cfg.boolean('--forbid-crlf', false),
    forbidBom: cfg.boolean('--forbid-bom', false),
  });
  let findings: GuardFinding[] = result.findings.flatMap((f) => {
    const level = Object.hasOwn(rules, f.rule) ? rules[f.rule] : undefined;
    return level === 'off' ? [] : level ? [{ ...f, severity: level }] : [f];
  });
  if (added) {
    const lines = added;
    findings = findings.filter((f) => f.line === undefined || lines.get(f.path)?.has(f.line));
  }
  let suppressed = 0;
  if (baselineFile !== undefined) {
    const file = baselineFile;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigurationError(
        `${cfg.origin('--baseline') ? `${cfg.origin('--baseline')!.file}: guard.baseline` : '--baseline'} ${baselineArg} does not exist or cannot be read.`,
      );
    }
    const applied = applyBaseline(findings, parseBaseline(text, file));
    findings = applied.kept;
    suppressed = applied.suppressed.length;
  }
  const counts = countFindings(findings);
  const failed = failsAt(findings, failLevel);

  if (values.json) {
    // Never the secret itself: the message already carries the redacted form.
    const out = findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      path: f.path,
      line: f.line ?? null,
      message: f.message,
    }));
    await io.stdout(`${JSON.stringify({ findings: out, counts, suppressed, scanned: result.scanned })}\n`);
    return failed ? 1 : 0;
  }
  const lines = findings.map(
    (f) =>
      `${escapeLine(f.path)}${f.line !== undefined ? `:${f.line}` : ''}: ${f.severity} ${f.rule}: ${escapeLine(f.message)}`,
  );
  lines.push(
    `Scanned ${scope}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)` +
      (suppressed ? `; ${suppressed} accepted by the baseline` : '') +
      (result.skipped.binary ? `; ${result.skipped.binary} binary file(s) skipped` : '') +
      '.',
  );
  await io.stdout(`${lines.join('\n')}\n`);
  return failed ? 1 : 0;
};
