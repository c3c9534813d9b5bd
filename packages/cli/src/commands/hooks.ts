/**
 * `quality hooks install|uninstall`: git hooks that run the guard rails before a commit and the
 * whole check before a push. `quality hooks run HOOK` is what the installed scripts call; it reads
 * the config file then (guard.protected-branches), so an edit applies without reinstalling.
 *
 * Tricky rule: a hook that is already there (not ours) is never overwritten: it is renamed to
 * `HOOK.pre-quality`, our script runs it first (its failure stops the commit), and uninstall
 * puts it back. Installing twice rewrites our script only, so it is idempotent.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import { escapeLine } from '@quality/kit/escape';
import { repoRoot, runGit } from '@quality/kit/git';
import { existingDir, parse, UsageError } from '../args.js';
import { configured } from '../config.js';
import { commands, type CliIO, type CommandRun } from '../registry.js';

const HELP = `Usage: quality hooks install|uninstall [options]

install     add a pre-commit hook (quality guard --staged, quality format --check when that
            command exists, and no direct commit to a protected branch) and a pre-push hook
            (quality check). Hooks go where git looks for them (core.hooksPath is respected).
            A hook already there is kept, renamed HOOK.pre-quality, and run first.
            Running install again only refreshes the scripts.
uninstall   remove those hooks and put back the ones they replaced.

Options (install):
  --protected-branches LIST   branches a commit may not go to directly, written into the hook
                              (default: guard.protected-branches of .github/quality.yml or
                              quality.yml, read at each commit, so editing it needs no reinstall;
                              without that key main,master)
  --command CMD               how the hooks call quality, words separated by spaces (default: the
                              repository's node_modules/.bin/quality, else this quality)
  --root DIR                  a directory inside the repository (default: the current directory)
  -h, --help                  show this help

Skip the hooks once with git commit --no-verify or git push --no-verify.
`;

export const HOOKS = ['pre-commit', 'pre-push'] as const;
type Hook = (typeof HOOKS)[number];
/** Marks a script as ours: install rewrites it, uninstall removes it. */
export const MARKER = '# quality-hooks: installed by `quality hooks install`';
export const CHAINED_SUFFIX = '.pre-quality';
/** Protected when neither --protected-branches nor the config file's guard.protected-branches names any. */
export const DEFAULT_PROTECTED = ['main', 'master'] as const;

const OPTIONS = {
  'protected-branches': { type: 'string' },
  command: { type: 'string' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A word for sh: single-quoted, a quote inside closed and escaped. */
const shQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The hook script: run the hook it replaced first (stdin kept for pre-push), then quality. The
 * branches are written in only when given at install; else the run reads the config file.
 */
export function hookScript(hook: Hook, command: readonly string[], protectedBranches?: readonly string[]): string {
  const args = [
    'hooks',
    'run',
    hook,
    ...(hook === 'pre-commit' && protectedBranches !== undefined
      ? ['--protected-branches', protectedBranches.join(',')]
      : []),
  ];
  const prev = `"$(dirname "$0")/${hook}${CHAINED_SUFFIX}"`;
  const chain =
    hook === 'pre-push'
      ? ['input=$(cat)', `if [ -x ${prev} ]; then`, `  printf '%s\\n' "$input" | ${prev} "$@" || exit $?`, 'fi']
      : [`if [ -x ${prev} ]; then`, `  ${prev} "$@" || exit $?`, 'fi'];
  return [
    '#!/bin/sh',
    MARKER,
    `# (\`quality hooks uninstall\` removes it and puts back the hook it replaced, ${hook}${CHAINED_SUFFIX}).`,
    ...chain,
    `exec ${[...command, ...args].map(shQuote).join(' ')}`,
    '',
  ].join('\n');
}

/** Where git runs hooks from: core.hooksPath when set, else .git/hooks (of the common dir in a worktree). */
export async function hooksDir(root: string): Promise<string> {
  const out = (await runGit(root, ['rev-parse', '--git-path', 'hooks'])).stdout.toString('utf8').trim();
  return isAbsolute(out) ? out : resolve(root, out);
}

const isOurs = (file: string) => {
  try {
    return readFileSync(file, 'utf8').includes(MARKER);
  } catch {
    return false;
  }
};
const exists = (file: string) => {
  try {
    statSync(file);
    return true;
  } catch {
    return existsSync(file); // a dangling symlink
  }
};

/**
 * A hook that picks what to run from its own name (husky: `. "$(dirname "$0")/h"`, whose h runs
 * .husky/$(basename "$0")): renamed to chain it, it would find nothing and pass every commit.
 */
function dispatchesOnName(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').slice(0, 64 * 1024);
  } catch {
    return false;
  }
  return /\bhusky\b|basename\s+"?\$\{?0\b|\$\{0##\*\/\}|\$\{0%\/\*\}\/h\b|dirname\s+"?\$0"?\)"?\/h\b/.test(text);
}

function defaultCommand(root: string): string[] {
  const local = join(root, 'node_modules', '.bin', 'quality');
  if (existsSync(local)) return [local];
  const script = process.argv[1];
  if (script && existsSync(script)) return [process.execPath, resolve(script)];
  throw new ConfigurationError(
    'Cannot tell how to run quality from a hook: give --command, e.g. --command "npx quality".',
  );
}

async function install(root: string, command: string[], branches: string[] | undefined): Promise<string[]> {
  const dir = await hooksDir(root);
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  // Checked for every hook before any is written: a refusal leaves the folder as it was.
  for (const hook of HOOKS) {
    const file = join(dir, hook);
    if (exists(file) && !isOurs(file) && dispatchesOnName(file))
      throw new ConfigurationError(
        `${file} runs what its own file name says (husky and its like read $0), so it cannot be kept under another name and chained: add 'quality hooks run ${hook}' to the script it dispatches to (for husky, .husky/${hook}) instead. Nothing was installed.`,
      );
  }
  for (const hook of HOOKS) {
    const file = join(dir, hook);
    const kept = `${file}${CHAINED_SUFFIX}`;
    let note = '';
    if (exists(file) && !isOurs(file)) {
      if (exists(kept))
        throw new ConfigurationError(
          `${file} is not ours and ${kept} exists too: move one of them away, then run quality hooks install again.`,
        );
      renameSync(file, kept);
      note = ` (your previous hook runs first: kept as ${hook}${CHAINED_SUFFIX})`;
    } else if (exists(kept)) note = ` (chained: ${hook}${CHAINED_SUFFIX} runs first)`;
    const fresh = !exists(file);
    writeFileSync(file, hookScript(hook, command, branches));
    chmodSync(file, 0o755);
    lines.push(`${fresh ? 'Installed' : 'Refreshed'} ${relative(root, file) || file}${note}.`);
  }
  return lines;
}

async function uninstall(root: string): Promise<string[]> {
  const dir = await hooksDir(root);
  const lines: string[] = [];
  for (const hook of HOOKS) {
    const file = join(dir, hook);
    const kept = `${file}${CHAINED_SUFFIX}`;
    const shown = relative(root, file) || file;
    if (exists(file) && !isOurs(file)) {
      lines.push(`Left ${shown}: it is not a quality hook.`);
      continue;
    }
    const ours = exists(file);
    if (ours) rmSync(file, { force: true });
    if (exists(kept)) {
      renameSync(kept, file);
      lines.push(`Removed the quality ${hook} hook; put back the one it replaced.`);
    } else
      lines.push(
        ours ? `Removed the quality ${hook} hook.` : `No quality ${hook} hook in ${relative(root, dir) || dir}.`,
      );
  }
  return lines;
}

/** The branch HEAD is on; undefined when detached. */
async function currentBranch(root: string): Promise<string | undefined> {
  const r = await runGit(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'], { ok: [0, 1, 128] });
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

export const hooksCommand: CommandRun = async (argv, io) => {
  const { values, positionals, inputs } = parse(argv, OPTIONS, 2);
  if (values.help) {
    await io.stdout(HELP);
    return 0;
  }
  const [action, hook] = positionals;
  if (action !== 'install' && action !== 'uninstall' && action !== 'run')
    throw new UsageError(
      action === undefined ? 'Give install or uninstall.' : `Unknown action '${action}': install or uninstall.`,
    );
  if (action !== 'run' && hook !== undefined) throw new UsageError(`Unexpected argument '${hook}'.`);
  const cwd = existingDir(io.cwd, values.root, '--root');
  let root: string;
  try {
    root = await repoRoot(cwd);
  } catch {
    throw new ConfigurationError(`${cwd} is not inside a git repository: git hooks belong to a repository.`);
  }
  const given = values['protected-branches'] !== undefined ? inputs.list('--protected-branches') : undefined;
  if (given !== undefined && given.length === 0)
    throw new UsageError('--protected-branches needs at least one branch name (e.g. main,release).');

  if (action === 'install') {
    const command = values.command !== undefined ? values.command.trim().split(/\s+/) : defaultCommand(root);
    const lines = await install(root, command, given);
    await io.stdout(`${lines.map(escapeLine).join('\n')}\n`);
    return 0;
  }
  if (action === 'uninstall') {
    await io.stdout(`${(await uninstall(root)).map(escapeLine).join('\n')}\n`);
    return 0;
  }

  // run: what the installed scripts call.
  const { main } = await import('../program.js');
  const sub = { ...io, cwd: root };
  if (hook === 'pre-commit') {
    // Read now, not at install: the flag written into the hook, else the config file's key.
    const listed = (await configured(inputs, 'guard', root, io)).list('--protected-branches');
    const protectedBranches = listed.length > 0 ? listed : [...DEFAULT_PROTECTED];
    const branch = await currentBranch(root);
    if (branch !== undefined && protectedBranches.includes(branch)) {
      io.stderr(
        `quality pre-commit: direct commits to ${escapeLine(branch)} are refused (protected: ${protectedBranches.map(escapeLine).join(', ')}). ` +
          'Commit on a branch (git switch -c NAME) and open a pull request, or skip the hook once with git commit --no-verify.\n',
      );
      return 1;
    }
    const guard = await main(['guard', '--staged'], sub);
    if (guard !== 0) {
      io.stderr('quality pre-commit: the commit was stopped by quality guard (above). Skip once with --no-verify.\n');
      return guard;
    }
    if (commands.some((c) => c.name === 'format')) return stagedFormatCheck(root, io, main);
    await io.stdout('quality pre-commit: format check skipped (this quality has no format command).\n');
    return 0;
  }
  if (hook === 'pre-push') {
    const check = await main(['check'], sub);
    if (check !== 0)
      io.stderr('quality pre-push: the push was stopped by quality check (above). Skip once with --no-verify.\n');
    return check;
  }
  throw new UsageError(`quality hooks run takes ${HOOKS.join(' or ')}, not '${hook ?? ''}'.`);
};

/**
 * The pre-commit format check: `quality format --check` over the project, but only the staged
 * files it lists stop the commit (an unformatted file elsewhere is not this commit's). A project
 * without a formatter (exit 2: nothing configured) skips the check with a note.
 */
async function stagedFormatCheck(
  root: string,
  io: CliIO,
  main: (argv: string[], io: CliIO) => Promise<number>,
): Promise<number> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['format', '--check', '--json'], {
    ...io,
    cwd: root,
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
  });
  if (code === 2 && !/No formatter found/.test(err.join(''))) {
    io.stderr(err.join(''));
    io.stderr('quality pre-commit: the format check could not run (above). Skip once with --no-verify.\n');
    return 2;
  }
  if (code === 2) {
    const why = err.join('').trim().split('\n')[0] ?? '';
    await io.stdout(
      `quality pre-commit: format check skipped (${escapeLine(why.replace(/^quality format: /, ''))}).\n`,
    );
    return 0;
  }
  let files: { path: string; tool: string }[] = [];
  try {
    files = (JSON.parse(out.join('')) as { files?: { path: string; tool: string }[] }).files ?? [];
  } catch {
    io.stderr(err.join(''));
    io.stderr('quality pre-commit: the format check could not run (above). Skip once with --no-verify.\n');
    return 1;
  }
  const staged = new Set(
    (await runGit(root, ['diff', '--cached', '--name-only', '-z', '--diff-filter=d'])).stdout
      .toString('utf8')
      .split('\0')
      .filter(Boolean),
  );
  const bad = files.filter((f) => staged.has(f.path));
  if (bad.length > 0) {
    io.stderr(
      `${bad.map((f) => `${escapeLine(f.path)}: not formatted (${escapeLine(f.tool)})`).join('\n')}\n` +
        'quality pre-commit: staged files are not formatted; quality format --fix rewrites them, then git add them.\n',
    );
    return 1;
  }
  if (code !== 0 && files.length === 0) {
    io.stderr(err.join(''));
    io.stderr('quality pre-commit: a formatter could not run (above). Skip once with --no-verify.\n');
    return 1;
  }
  return 0;
}
