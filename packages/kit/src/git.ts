/**
 * git for every package: `runGit` and the few operations the actions need, with the real `git` binary.
 *
 * Every call is `spawn('git', [...args])`: an argument array, never a shell, so no
 * branch or file name is ever interpreted by a shell. Refs from users are validated
 * (`assertRef`: git check-ref-format's rules plus "no leading dash") and, where the
 * command parses options, passed after `--end-of-options`, so a ref like
 * `--upload-pack=x` can never become an option.
 *
 * Paths: `lsFiles` and `diffAgainstBase` both name files relative to the repository
 * TOP LEVEL (`ls-files --full-name`, diff without `--relative`), whatever `cwd` is;
 * pass `repoRoot(cwd)` as the workspace to `resolvePaths`.
 *
 * Diff options: `--unified=0` (context lines carry nothing we count), `-M` (a renamed
 * file's unchanged lines are not "added"; without it a rename is a delete plus an
 * add of every line), `--no-ext-diff --no-textconv --no-color` (a user's config must
 * not change the text we parse), `--ignore-submodules`, fixed `a/` `b/` prefixes
 * (`diff.noprefix` / `diff.mnemonicPrefix` overridden), `core.quotePath=false` (UTF-8
 * names come out raw; names with quotes, backslashes or control characters are still
 * C-quoted, which the parser undoes), `diff.relative=false`, and a high
 * `diff.renameLimit` so a large change still gets rename detection.
 *
 * git inherits the process environment, plus what a call adds (`env`, `configEnv`).
 * `lsRemote` runs outside any repository (in the temp folder) so no repository config applies.
 */
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, openSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from './errors.js';
import { readChunk } from './files.js';
import { indexFiles } from './git-index.js';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    readonly args: readonly string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} exited with ${code}: ${stderr.trim() || '(no message)'}`);
  }
}

const CONFIG = [
  '-c',
  'core.quotePath=false',
  '-c',
  'color.ui=never',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicPrefix=false',
  '-c',
  'diff.relative=false',
  '-c',
  'diff.external=',
  '-c',
  'diff.renameLimit=100000',
];

export interface RunGitOptions {
  /** Exit codes that are not failures (default [0]); 'any': never reject for an exit code. */
  ok?: readonly number[] | 'any';
  /** Receives stdout as it streams (then `stdout` in the result is empty). */
  onStdout?: (chunk: Buffer) => void;
  timeoutMs?: number;
  /** Written to git's stdin (default: no stdin). */
  input?: string | Buffer;
  /** Variables set for git on top of the inherited environment. */
  env?: Readonly<Record<string, string>>;
  /** Inherited variables removed first (e.g. GIT_DIR, so that `cwd` is the repository). */
  unsetEnv?: readonly string[];
  /** Config passed as GIT_CONFIG_KEY_n / VALUE_n after any inherited ones: never on the command line (credentials). */
  configEnv?: readonly (readonly [string, string])[];
  /**
   * Output through pipes even without `input` (default: through two unlinked temporary files, see
   * `outputFiles`). For output a remote decides the size of, which a pipe lets `onStdout` refuse
   * as it comes instead of after it is on disk.
   */
  pipes?: boolean;
}

function childEnv(options: RunGitOptions): NodeJS.ProcessEnv {
  // process.env itself, not spawn's default: the same object in a run, the test's own under Jest.
  if (!options.env && !options.unsetEnv && !options.configEnv) return process.env;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of options.unsetEnv ?? []) delete env[k];
  Object.assign(env, options.env);
  if (options.configEnv?.length) {
    let n = Number(env['GIT_CONFIG_COUNT'] ?? 0) || 0;
    for (const [key, value] of options.configEnv) {
      env[`GIT_CONFIG_KEY_${n}`] = key;
      env[`GIT_CONFIG_VALUE_${n}`] = value;
      n++;
    }
    env['GIT_CONFIG_COUNT'] = String(n);
  }
  return env;
}

/**
 * Run git; resolves with the exit code and output. An exit code not in `ok` rejects with a
 * GitError; a git that cannot be started rejects with the spawn error.
 */
export function runGit(cwd: string, args: readonly string[], options: RunGitOptions = {}): Promise<GitResult> {
  const ok = options.ok ?? [0];
  const fullArgs = [...CONFIG, ...args];
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  let files: OutputFiles | undefined;
  if (options.input === undefined && !options.pipes) {
    try {
      files = outputFiles();
    } catch {
      files = undefined; // no writable temporary folder: pipes
    }
  }
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn('git', fullArgs, {
        cwd,
        env: childEnv(options),
        stdio: files
          ? ['ignore', files.out, files.err]
          : [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
    } catch (e) {
      files?.close(); // arguments spawn refuses at once (the promise rejects with its error)
      throw e;
    }
    // Our own timer, not spawn's `timeout`: that one stays armed for its whole span when git
    // cannot be started at all (a missing folder), and keeps a finished CLI alive.
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    timer.unref();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let streamError: unknown = null;
    const onOut = (c: Buffer) => {
      if (options.onStdout) {
        try {
          options.onStdout(c);
        } catch (e) {
          streamError ??= e;
        }
      } else out.push(c);
    };
    child.stdout?.on('data', onOut);
    child.stderr?.on('data', (c: Buffer) => {
      if (err.length < 256) err.push(c);
    });
    if (child.stdin) {
      child.stdin.on('error', () => undefined); // git may exit before reading all input
      child.stdin.end(options.input);
    }
    child.on('error', (e) => {
      clearTimeout(timer);
      files?.close();
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (files) {
        try {
          err.push(readChunk(files.err, STDERR_KEPT, 0));
          for (let at = 0, size = fstatSync(files.out).size; at < size && !streamError; at += CHUNK) {
            onOut(readChunk(files.out, Math.min(CHUNK, size - at), at));
          }
        } catch (e) {
          streamError ??= e;
        } finally {
          files.close();
        }
      }
      let stderr = Buffer.concat(err).toString('utf8');
      if (signal)
        stderr += ` (git stopped by ${signal}: took longer than ${Math.round(timeoutMs / 1000)} s, or killed)`;
      const c = code ?? 128;
      if (streamError) reject(streamError);
      else if (ok !== 'any' && !ok.includes(c)) reject(new GitError(args, c, stderr));
      else resolve({ code: c, stdout: Buffer.concat(out), stderr });
    });
  });
}

const CHUNK = 1024 * 1024;
const STDERR_KEPT = 64 * 1024;
let outputSeq = 0;

interface OutputFiles {
  out: number;
  err: number;
  close(): void;
}

/**
 * Two temporary files (mode 0600, created exclusively, unlinked at once where the system allows)
 * for a child's stdout and stderr, read once it has ended. Pipes cost a Node program its stream
 * machinery (two sockets, readable streams): for the gate's one git run about 10M instructions,
 * more than writing and reading a file.
 */
function outputFiles(): OutputFiles {
  const made: { fd: number; path: string }[] = [];
  const close = () => {
    for (const f of made.splice(0)) {
      try {
        closeSync(f.fd);
      } catch {
        // already closed
      }
      if (process.platform === 'win32') unlinkQuietly(f.path);
    }
  };
  const open = (): number => {
    const path = join(
      tmpdir(),
      `quality-git-${process.pid}-${(outputSeq++).toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    );
    const fd = openSync(path, 'wx+', 0o600);
    made.push({ fd, path });
    // An open file outlives its name on POSIX: nothing is left behind, whatever happens next.
    if (process.platform !== 'win32') unlinkQuietly(path);
    return fd;
  };
  try {
    const out = open();
    const err = open();
    return { out, err, close };
  } catch (e) {
    close();
    throw e;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already, or (Windows) still open: the temporary folder's cleaning takes it
  }
}

async function gitText(cwd: string, args: readonly string[]): Promise<string> {
  return (await runGit(cwd, args)).stdout.toString('utf8');
}

/** True for git's all-zero object name (a push event's `before` on a new branch), 40 or 64 hex digits. */
export function isNullSha(sha: string | null | undefined): boolean {
  return typeof sha === 'string' && /^(?:0{40}|0{64})$/.test(sha);
}

/** A full or abbreviated hex object name. */
export function isSha(s: string): boolean {
  return /^[0-9a-f]{7,64}$/i.test(s);
}

/** A full object name: 40 (SHA-1) or 64 (SHA-256) hex digits. */
export function isFullSha(s: string | undefined): s is string {
  return typeof s === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(s);
}

/** The 12-digit form used in messages. */
export function shortSha(sha: string): string {
  return sha.slice(0, 12);
}

/**
 * Refuse a ref that could be read as an option or is not a valid ref/revision name:
 * git check-ref-format's rules (no control characters, space, `~ ^ : ? * [ \`, no
 * `..`, `@{`, `//`, no leading/trailing `/` or `.`, no `.lock` suffix, not `@`) and no
 * leading `-`. Full or short SHAs and names like `origin/main`, `HEAD` pass.
 */
export function assertRef(ref: string, what = 'ref'): void {
  const bad =
    ref.length === 0 ||
    ref.length > 1024 ||
    ref.startsWith('-') ||
    ref === '@' ||
    /[\x00-\x20\x7f~^:?*[\\]/.test(ref) ||
    ref.includes('..') ||
    ref.includes('@{') ||
    ref.includes('//') ||
    ref.startsWith('/') ||
    ref.endsWith('/') ||
    ref.endsWith('.') ||
    ref.endsWith('.lock') ||
    ref.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'));
  if (bad) {
    throw new ConfigurationError(`The ${what} ${JSON.stringify(ref)} is not a valid git ref name or commit SHA.`);
  }
}

/** Absolute path of the repository top level containing `cwd`. */
export async function repoRoot(cwd: string): Promise<string> {
  return (await gitText(cwd, ['rev-parse', '--show-toplevel'])).replace(/\n$/, '');
}

/**
 * The repository's top level and the merge bases of `base` and `head`, in one git run:
 * `git rev-parse --show-toplevel <base>...<head> --` prints the top level, both tips, then one
 * `^<sha>` line per merge base (none for unrelated histories). Rejects with a GitError when either
 * commit is missing or `cwd` is not in a repository: `mergeBase` and `ensureHistory` tell which.
 */
export async function topLevelAndMergeBases(
  cwd: string,
  base: string,
  head = 'HEAD',
): Promise<{ topLevel: string; mergeBases: string[] }> {
  // rev-parse takes no --end-of-options before git 2.43: assertRef refuses a leading '-' and
  // any '..', so `<base>...<head>` is one revision range, and the final `--` keeps it from a path.
  assertRef(base, 'base');
  assertRef(head, 'head');
  const args = ['rev-parse', '--show-toplevel', `${base}...${head}`, '--'];
  const lines = (await gitText(cwd, args)).split('\n');
  // Read from the end (a top-level path may hold a line break): '--', the ^merge bases, the two tips.
  if (lines.at(-1) === '') lines.pop();
  if (lines.at(-1) === '--') lines.pop();
  const mergeBases: string[] = [];
  while (lines.length > 3 && lines.at(-1)!.startsWith('^') && isFullSha(lines.at(-1)!.slice(1)))
    mergeBases.unshift(lines.pop()!.slice(1));
  const tips = lines.splice(-2, 2);
  if (lines.length === 0 || tips.length !== 2 || !tips.every((t) => isFullSha(t)))
    throw new GitError(args, 0, 'unexpected output (expected the top level, two commits and the merge bases)');
  return { topLevel: lines.join('\n'), mergeBases };
}

/** `git ls-files -z --full-name -- :/`: ALL tracked files (not only those under `cwd`), relative to the top level, '/'-separated. */
export async function lsFiles(cwd: string): Promise<string[]> {
  const out = await runGit(cwd, ['ls-files', '-z', '--full-name', '--', ':/']);
  const s = out.stdout.toString('utf8');
  return s.length ? s.split('\0').filter((x) => x !== '') : [];
}

/**
 * The tracked files, as `lsFiles` lists them, of the repository whose top level `repoRoot` (or
 * `topLevelAndMergeBases`) gave for `cwd`: read from the index when it is a plain one (no git run,
 * see git-index.ts), else from `git ls-files`.
 */
export async function trackedFiles(cwd: string, topLevel: string): Promise<string[]> {
  return indexFiles(topLevel) ?? lsFiles(cwd);
}

/** `git rev-parse --is-shallow-repository`. */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await gitText(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** The full SHA of a commit, or null when it is not present locally. */
export async function resolveCommit(cwd: string, rev: string): Promise<string | null> {
  assertRef(rev);
  const r = await runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
    ok: [0, 1, 128],
  });
  return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}

/** `git merge-base <base> <head>`: the best common ancestor, or null when none is reachable. */
export async function mergeBase(cwd: string, base: string, head: string): Promise<string | null> {
  assertRef(base, 'base');
  assertRef(head, 'head');
  const r = await runGit(cwd, ['merge-base', '--end-of-options', base, head], { ok: [0, 1] });
  return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}

const FETCH_DEPTH_HINT =
  'Check out the full history: actions/checkout with `fetch-depth: 0` (or allow the action to fetch the missing history).';

export function noMergeBase(base: string, head: string, shallow: boolean): ConfigurationError {
  return shallow
    ? new ConfigurationError(
        `No common ancestor of ${base} and ${head} in this shallow clone: the history between them was not fetched. ${FETCH_DEPTH_HINT}`,
      )
    : new ConfigurationError(
        `${base} and ${head} have no common ancestor (unrelated histories): there is no change to measure against ${base}.`,
      );
}

export interface EnsureHistoryOptions {
  /** May the repository be fetched into (deepened, missing base fetched)? */
  allowFetch: boolean;
  /** Remote to fetch from, default "origin". */
  remote?: string;
  /** Most commits to deepen by in total before giving up, default 1000. */
  maxDeepen?: number;
  /** Head revision, default HEAD. */
  head?: string;
  /** First deepening step (doubles each round), default 50. */
  step?: number;
}

/**
 * Make sure the merge base of `base` and `head` is in the repository, fetching what is
 * missing when allowed; resolves with the merge-base SHA. One `git merge-base` when nothing is
 * missing; otherwise:
 *
 * 1. `base` missing (a shallow clone has only the head): fetch it
 *    (`git fetch --depth=1 <remote> <sha>`, without `--depth` in a full clone, or `refs/heads/<name>` into
 *    `refs/remotes/<remote>/<name>` for a branch name; a `<remote>/` prefix is dropped);
 * 2. no merge base and the clone is shallow: `git fetch --deepen=N <remote> <base> <head>`
 *    with N doubling (50, 100, 200...) until the merge base appears, the clone stops being
 *    shallow, or `maxDeepen` commits were fetched; both tips are named so that BOTH sides
 *    of the fork deepen (a plain `--deepen` follows only the configured refspec);
 * 3. otherwise a ConfigurationError that says what to set: actions/checkout with
 *    `fetch-depth: 0`.
 *
 * The all-zero `before` of a new branch is not a base: check `isNullSha` first.
 */
export async function ensureHistory(cwd: string, base: string, options: EnsureHistoryOptions): Promise<string> {
  const remote = options.remote ?? 'origin';
  const head = options.head ?? 'HEAD';
  const maxDeepen = options.maxDeepen ?? 1000;
  assertRef(base, 'base');
  assertRef(head, 'head');
  assertRef(remote, 'remote');
  if (isNullSha(base)) {
    throw new ConfigurationError(
      `The base ${base} is the all-zero SHA (a new branch has no "before" commit); choose the default branch as the base.`,
    );
  }

  // The usual case in one git run: both commits present and a merge base between them. merge-base
  // exits 128 for a missing commit and 1 for none found; then the steps below tell which and fetch.
  const quick = await runGit(cwd, ['merge-base', '--end-of-options', base, head], { ok: 'any' });
  const quickSha = quick.stdout.toString('utf8').trim();
  if (quick.code === 0 && isFullSha(quickSha)) return quickSha;

  let baseRev = base;
  let baseSha = await resolveCommit(cwd, base);
  if (baseSha === null) {
    if (!options.allowFetch) {
      throw new ConfigurationError(`The base commit ${base} is not in this clone. ${FETCH_DEPTH_HINT}`);
    }
    // Depth 1 only in a shallow clone: in a full clone `--depth` would make it shallow.
    baseRev = await fetchBase(cwd, remote, base, await isShallow(cwd));
    baseSha = await resolveCommit(cwd, baseRev);
    if (baseSha === null) {
      throw new ConfigurationError(`The base ${base} could not be fetched from ${remote}. ${FETCH_DEPTH_HINT}`);
    }
  }
  const headSha = await resolveCommit(cwd, head);
  if (headSha === null) throw new ConfigurationError(`The head ${head} is not a commit in this repository.`);

  let deepened = 0;
  let step = Math.max(1, options.step ?? 50);
  for (;;) {
    const mb = await mergeBase(cwd, baseSha, headSha);
    if (mb !== null) return mb;
    const shallow = await isShallow(cwd);
    if (!shallow) throw noMergeBase(base, head, false);
    if (!options.allowFetch) throw noMergeBase(base, head, true);
    if (deepened >= maxDeepen) {
      throw new ConfigurationError(
        `No common ancestor of ${base} and ${head} within ${deepened} more commits of history fetched from ${remote}. ${FETCH_DEPTH_HINT}`,
      );
    }
    const n = Math.min(step, maxDeepen - deepened);
    await runGit(
      cwd,
      [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-recurse-submodules',
        `--deepen=${n}`,
        '--end-of-options',
        remote,
        baseSha,
        headSha,
      ],
      {
        timeoutMs: 10 * 60_000,
      },
    );
    deepened += n;
    step *= 2;
  }
}

/** Fetch a missing base (SHA or branch name) with depth 1; resolves with a local revision naming it. */
async function fetchBase(cwd: string, remote: string, base: string, shallow: boolean): Promise<string> {
  const fetch = [
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-recurse-submodules',
    ...(shallow ? ['--depth=1'] : []),
    '--end-of-options',
    remote,
  ];
  if (isSha(base) && base.length >= 40) {
    await runGit(cwd, [...fetch, base], { ok: [0, 1, 128] });
    return base;
  }
  const name = base.startsWith(`${remote}/`) ? base.slice(remote.length + 1) : base.replace(/^refs\/heads\//, '');
  assertRef(name, 'base');
  const local = `refs/remotes/${remote}/${name}`;
  await runGit(cwd, [...fetch, `+refs/heads/${name}:${local}`], { ok: [0, 1, 128] });
  return local;
}

export interface RemoteRef {
  /** Full ref name, `refs/tags/v1` or `refs/heads/main`; a peeled tag keeps its `^{}` suffix. */
  name: string;
  sha: string;
}

/**
 * `git ls-remote --heads --tags <url>`: the branches and tags of a remote repository, annotated
 * tags followed by their peeled `^{}` entry. Never prompts (GIT_TERMINAL_PROMPT=0), so a missing
 * or private repository fails instead of waiting for a password. The URL must not start with `-`.
 */
export async function lsRemote(
  url: string,
  options: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<RemoteRef[]> {
  if (url.startsWith('-')) throw new ConfigurationError(`The remote URL ${JSON.stringify(url)} starts with '-'.`);
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const chunks: Buffer[] = [];
  let size = 0;
  await runGit(tmpdir(), ['ls-remote', '--heads', '--tags', '--end-of-options', url], {
    timeoutMs: options.timeoutMs ?? 60_000,
    pipes: true,
    env: { GIT_TERMINAL_PROMPT: '0' },
    onStdout: (c) => {
      size += c.length;
      if (size > maxBytes)
        throw new ConfigurationError(`git ls-remote ${url} listed more than ${maxBytes} bytes of refs.`);
      chunks.push(c);
    },
  });
  const refs: RemoteRef[] = [];
  for (const line of Buffer.concat(chunks).toString('utf8').split('\n')) {
    const m = /^([0-9a-f]{40}|[0-9a-f]{64})\t(refs\/\S+)$/.exec(line);
    if (m) refs.push({ sha: m[1]!, name: m[2]! });
  }
  return refs;
}

/** git's C-style quoting of file names: `"a/na\\303\\257ve.txt"` holds the UTF-8 bytes in octal. */
const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undo git's C-style quoting (`"a/na\303\257ve.txt"`); a string not in quotes is returned as is. */
export function unquote(s: string): string {
  if (!s.startsWith('"')) return s;
  const { value } = readQuoted(s, 0);
  return value;
}

/** Read a quoted string starting at `s[i] === '"'`; return its value and the index after the closing quote. */
export function readQuoted(s: string, i: number): { value: string; next: number } {
  const bytes: number[] = [];
  i++;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '"') return { value: Buffer.from(bytes).toString('utf8'), next: i + 1 };
    if (ch === '\\' && i + 1 < s.length) {
      const e = s[i + 1]!;
      if (e >= '0' && e <= '7') {
        const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4))![0];
        bytes.push(parseInt(oct, 8) & 0xff);
        i += 1 + oct.length;
        continue;
      }
      const code = ESCAPES[e];
      bytes.push(code ?? e.charCodeAt(0));
      i += 2;
      continue;
    }
    for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
    i++;
  }
  // No closing quote: take what there is.
  return { value: Buffer.from(bytes).toString('utf8'), next: i };
}
