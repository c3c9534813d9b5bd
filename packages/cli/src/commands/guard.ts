/**
 * `quality guard`: the guard rails (secrets, conflict markers, large or broken files, unsafe
 * workflows) on the repository's files. `--all` scans every tracked file; `--staged` the index
 * as it would be committed (what the pre-commit hook sees, not the work tree); `--base REF` only
 * what the change since the merge-base adds, so old findings do not block. A secret is never
 * printed: findings carry its first characters and length only.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  applyRuleLevels,
  changeScope,
  parseBaseline,
  runGuard,
  writeBaseline,
  type Baseline,
  type GuardScope,
  type RuleLevels,
} from '@quality/guard';
import { ConfigurationError } from '@quality/kit/errors';
import { escapeLine } from '@quality/kit/escape';
import { countFindings, failsAt, type FailLevel } from '@quality/kit/findings';
import { repoRoot } from '@quality/kit/git';
import { changeBase, changeText } from '../change.js';
import { CONFIG_OPTION, configHelp, existingDir, fromCwd, parse, UsageError } from '../args.js';
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
  --update-baseline [FILE]
                     write the baseline (default .github/guard-baseline.json) from every tracked
                     file's findings: existing reasons kept, new entries get a reason to replace,
                     entries whose finding is gone removed
  --fail-level L     error (default), warning, any or none: the lowest severity that fails
  --root DIR         a directory inside the repository (default: the current directory)
  --json             print {"findings":[...],"counts":{...}}
${configHelp()}
  -h, --help         show this help

Flags not given, and the rules (secrets, entropy, files, workflows, max-file-size-kb, forbid-crlf,
forbid-bom, rules: severity or off per rule id) are read from the guard section of
.github/quality.yml (or quality.yml).

Exit codes: 0 nothing at or above the fail level, 1 findings that fail, 2 a usage or configuration error.
`;

/** Where --update-baseline writes when no file is named, relative to the repository root. */
export const DEFAULT_BASELINE = '.github/guard-baseline.json';

const OPTIONS = {
  ...CONFIG_OPTION,
  all: { type: 'boolean' },
  staged: { type: 'boolean' },
  base: { type: 'string' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  'fail-level': { type: 'string' },
  root: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const guardCommand: CommandRun = async (argv, io) => {
  const { values, positionals, inputs } = parse(argv, OPTIONS, 1);
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
  const rules = (cfg.json('--rules') ?? {}) as RuleLevels;
  if (values['update-baseline'] && modes > 0 && !values.all)
    throw new UsageError('--update-baseline scans every tracked file: drop --staged and --base.');

  let scope: GuardScope;
  let scopeText: (files: number) => string;
  if (values.staged) {
    scope = { kind: 'staged' };
    scopeText = (n) => `the index (${n} staged file(s))`;
  } else if (values.base !== undefined) {
    const { base, mergeBase } = await changeBase(root, values.base);
    // Loaded here: the coverage package is a third of the bundle, and a commit hook never needs it.
    const { parseDiff } = await import('@quality/coverage');
    const diff = parseDiff(await changeText(root, mergeBase, false), { name: `git diff ${mergeBase.slice(0, 12)}` });
    scope = changeScope(diff, mergeBase);
    scopeText = (n) => `the change since the merge-base ${mergeBase.slice(0, 12)} with ${base} (${n} file(s))`;
  } else {
    scope = { kind: 'all' };
    scopeText = (n) => `every tracked file (${n})`;
  }

  const baselineArg =
    values.baseline ?? (values['update-baseline'] ? positionals[0] : undefined) ?? cfg.optional('--baseline');
  const fromConfig = values.baseline === undefined && positionals.length === 0 && baselineArg !== undefined;
  if (positionals.length && !values['update-baseline'])
    throw new UsageError(`Unexpected argument '${positionals[0]}'.`);
  if (positionals.length && values.baseline !== undefined)
    throw new UsageError('Give the baseline file once: --update-baseline FILE or --baseline FILE.');
  const baselineFile =
    baselineArg !== undefined
      ? fromConfig
        ? join(root, baselineArg)
        : fromCwd(io.cwd, baselineArg)
      : values['update-baseline']
        ? join(root, DEFAULT_BASELINE)
        : undefined;
  let baseline: Baseline | undefined;
  if (baselineFile !== undefined && !(values['update-baseline'] && !existsSync(baselineFile))) {
    let text: string;
    try {
      text = readFileSync(baselineFile, 'utf8');
    } catch {
      const where = fromConfig
        ? `${cfg.origin('--baseline')?.file ?? 'the config file'}: guard.baseline`
        : 'The baseline';
      throw new ConfigurationError(`${where} ${baselineFile} does not exist or cannot be read.`);
    }
    baseline = parseBaseline(text, baselineFile);
  }

  const result = await runGuard({
    root,
    scope,
    baseline,
    secrets: cfg.boolean('--secrets', true),
    entropy: cfg.boolean('--entropy', true),
    files: cfg.boolean('--files', true),
    workflows: cfg.boolean('--workflows', true),
    maxFileBytes: cfg.number('--max-file-size-kb', { integer: true, min: 1, default: 500 }) * 1024,
    forbidCrlf: cfg.boolean('--forbid-crlf', false),
    forbidBom: cfg.boolean('--forbid-bom', false),
  });
  if (values['update-baseline']) {
    const file = baselineFile!;
    const kept = new Set(baseline?.entries.map((e) => e.fingerprint));
    const fresh = new Set(result.inScope.map((f) => f.fingerprint));
    const added = [...fresh].filter((f) => !kept.has(f)).length;
    const removed = [...kept].filter((f) => !fresh.has(f)).length;
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(tmp, writeBaseline(result.inScope, baseline));
      renameSync(tmp, file);
    } catch (e) {
      throw new ConfigurationError(
        `Could not write the baseline ${file}: ${(e as Error).message}. Check that its folder exists and is writable.`,
      );
    }
    await io.stdout(
      `Wrote ${relative(io.cwd, file) || file}: ${fresh.size} accepted finding(s), ${added} new (each with a reason to replace), ${fresh.size - added} kept, ${removed} stale removed.\n`,
    );
    return 0;
  }
  // Per-rule severity or `off` from the config file.
  const findings = applyRuleLevels(result.findings, rules);
  const counts = countFindings(findings);
  const suppressed = result.suppressed.length;
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
    `Scanned ${scopeText(result.files)}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)` +
      (suppressed ? `; ${suppressed} accepted by the baseline` : '') +
      (result.skipped.binary ? `; ${result.skipped.binary} binary file(s) skipped` : '') +
      '.',
  );
  if (result.historyNote) lines.push(result.historyNote);
  await io.stdout(`${lines.join('\n')}\n`);
  return failed ? 1 : 0;
};
